#include "common/CodeChecklist.h"

#include "domain/CodeList.h"
#include "i18n/LanguageManager.h"

#include <QEvent>
#include <QSignalBlocker>

namespace lintas::ui {

namespace {
constexpr int kCodeRole = Qt::UserRole;
constexpr int kVisibleRows = 6;
} // namespace

CodeChecklist::CodeChecklist(const domain::CodeList &list, QWidget *parent) : QListWidget(parent), m_list(list)
{
    for (const domain::CodeItem &item : list.items()) {
        auto *row = new QListWidgetItem(this);
        row->setData(kCodeRole, item.code);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        row->setCheckState(Qt::Unchecked);
    }
    setUniformItemSizes(true);
    setMaximumHeight(sizeHintForRow(0) * kVisibleRows + 2 * frameWidth() + 4);
    relabel();
    connect(this, &QListWidget::itemChanged, this, &CodeChecklist::codesChanged);
}

QStringList CodeChecklist::codes() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            out << item(i)->data(kCodeRole).toString();
    }
    return out;
}

void CodeChecklist::setCodes(const QStringList &codes)
{
    {
        const QSignalBlocker quiet(this);
        for (const QString &c : codes) {
            bool known = false;
            for (int i = 0; i < count() && !known; ++i)
                known = item(i)->data(kCodeRole).toString() == c;
            if (!known) {
                auto *row = new QListWidgetItem(this);
                row->setData(kCodeRole, c);
                row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            }
        }
        for (int i = 0; i < count(); ++i)
            item(i)->setCheckState(codes.contains(item(i)->data(kCodeRole).toString()) ? Qt::Checked : Qt::Unchecked);
        relabel();
        showGroups(m_groups);
    }
    emit codesChanged();
}

void CodeChecklist::showGroups(const QStringList &groups)
{
    m_groups = groups;
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *row = item(i);
        const domain::CodeItem *known = m_list.find(row->data(kCodeRole).toString());
        const bool inGroup = groups.isEmpty() || !known || groups.contains(known->group);
        row->setHidden(!inGroup && row->checkState() != Qt::Checked);
    }
}

void CodeChecklist::relabel()
{
    const domain::Language language = LanguageManager::codeListLanguage();
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *row = item(i);
        const QString label = m_list.label(row->data(kCodeRole).toString(), language);
        row->setText(label);
        row->setToolTip(label);
    }
}

void CodeChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QSignalBlocker quiet(this);
        relabel();
    }
    QListWidget::changeEvent(event);
}

} // namespace lintas::ui
