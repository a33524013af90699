#include "referrals/OrganisationPicker.h"

#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "referrals/DirectoryCache.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace lintas::ui {

OrganisationPicker::OrganisationPicker(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("organisationPicker"));
    setFocusProxy(m_search);
    m_search->setObjectName(QStringLiteral("organisationSearch"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("organisationList"));
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 5);
    m_list->setMinimumWidth(m_list->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight); // the whole name and services show on hover
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    connect(m_search, &QLineEdit::textChanged, this, &OrganisationPicker::refill);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        const QString id = item ? item->data(Qt::UserRole).toString() : QString();
        if (id == m_picked || !item)
            return;
        m_picked = id;
        emit organisationChanged();
    });
    m_search->installEventFilter(this);
    retranslateUi();
}

void OrganisationPicker::setOrganisations(const QVector<domain::Organisation> &organisations)
{
    m_organisations = organisations;
    refill();
}

void OrganisationPicker::setDirectory(std::shared_ptr<DirectoryCache> directory)
{
    m_directory = std::move(directory);
    m_directoryReads = 0;
    if (isVisible())
        takeDirectory();
}

void OrganisationPicker::showEvent(QShowEvent *event)
{
    takeDirectory();
    QWidget::showEvent(event);
}

void OrganisationPicker::takeDirectory()
{
    if (!m_directory)
        return;
    m_directory->refreshIfChanged();
    if (m_directory->reads() == m_directoryReads)
        return;
    m_directoryReads = m_directory->reads();
    setOrganisations(m_directory->organisations());
}

QString OrganisationPicker::organisationId() const
{
    return m_picked;
}

void OrganisationPicker::setOrganisationId(const QString &id)
{
    m_picked = id;
    {
        const QSignalBlocker quiet(m_search);
        m_search->clear();
    }
    refill();
}

void OrganisationPicker::refill()
{
    const domain::Language language = LanguageManager::codeListLanguage();
    const QStringList words = m_search->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const domain::Organisation &o : std::as_const(m_organisations)) {
        const QString kind = domain::organisationKinds().label(o.kind, language);
        const QString country = o.country.isEmpty() ? QString() : domain::jurisdictions().label(o.country, language);
        const QString haystack = QStringList {o.name, kind, o.city, o.province, country, o.services}.join(u' ');
        bool matches = true;
        for (const QString &word : words)
            matches = matches && haystack.contains(word, Qt::CaseInsensitive);
        // The one picked stays listed, so the list always shows what is chosen.
        if (!matches && o.id != m_picked)
            continue;
        QStringList where;
        for (const QString &part : {o.city, country}) {
            if (!part.isEmpty())
                where << part;
        }
        auto *item = new QListWidgetItem(
            where.isEmpty() ? o.name : QStringLiteral("%1 — %2").arg(o.name, where.join(QStringLiteral(", "))), m_list);
        item->setData(Qt::UserRole, o.id);
        const QString details = o.services.isEmpty() ? kind : kind + QLatin1Char('\n') + o.services;
        item->setToolTip(item->text() + QLatin1Char('\n') + details);
        if (o.id == m_picked)
            m_list->setCurrentItem(item);
    }
}

bool OrganisationPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down && m_list->count() > 0) {
            m_list->setFocus(Qt::TabFocusReason);
            if (!m_list->currentItem())
                m_list->setCurrentRow(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OrganisationPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OrganisationPicker::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search the directory: name, city, service…"));
    m_search->setAccessibleName(tr("Search organisations"));
    m_list->setAccessibleName(tr("Organisations"));
    refill();
}

} // namespace lintas::ui
