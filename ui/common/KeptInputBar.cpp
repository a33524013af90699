#include "common/KeptInputBar.h"

#include "common/FormState.h"
#include "common/Formats.h"
#include "repo/UnsavedInputs.h"
#include "repo/Workspace.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QtDebug>

namespace lintas::ui {

namespace {

// The stored form: {"format": 1, "item": id, "values": {objectName: value}}. It only gains keys.
constexpr int kFormat = 1;
const QString kItem = QStringLiteral("item");
const QString kValues = QStringLiteral("values");

} // namespace

KeptInputBar::KeptInputBar(repo::Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_text(new QLabel(this)), m_discard(new QPushButton(this))
{
    setObjectName(QStringLiteral("keptInputBar"));
    m_text->setObjectName(QStringLiteral("keptInputNotice"));
    m_discard->setObjectName(QStringLiteral("discardKeptInputButton"));
    m_text->setWordWrap(true);
    m_text->setStyleSheet(QStringLiteral("QLabel { color: #3d3000; }"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("lintas--ui--KeptInputBar { background: #fff4ce; border: 1px solid #e2c65a; "
                                 "border-radius: 4px; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_discard);
    connect(m_discard, &QPushButton::clicked, this, &KeptInputBar::discard);
    hide();
    retranslateUi();
}

QStringList KeptInputBar::open(const QVector<Area> &areas)
{
    repo::UnsavedInputs store(m_workspace);
    // Another record replaces the one with input put back: the page asked before, so that input
    // was saved or let go.
    for (auto it = m_restored.cbegin(); it != m_restored.cend(); ++it) {
        if (Status removed = store.remove(it.key()); !removed.ok())
            qWarning() << "unsaved input" << it.key() << "could not be removed:" << removed.error().detail;
    }
    m_areas = areas;
    m_baseline.clear();
    m_restored.clear();
    m_keptAt = 0;
    for (const Area &area : areas) {
        m_baseline.insert(area.key, formstate::capture(area.form));
        auto kept = store.load(area.key);
        if (!kept.ok()) {
            qWarning() << "unsaved input" << area.key << "could not be read:" << kept.error().detail;
            continue;
        }
        if (!kept->has_value())
            continue;
        const QJsonObject payload = QJsonDocument::fromJson((*kept)->payload).object();
        const QString item = payload.value(kItem).toString();
        if (!item.isEmpty() && area.showItem)
            area.showItem(item); // gone meanwhile: the input goes into the form as it is
        m_restored.insert(area.key, formstate::capture(area.form));
        formstate::apply(area.form, payload.value(kValues).toObject());
        m_keptAt = std::max(m_keptAt, (*kept)->savedAt);
    }
    showNotice();
    QStringList keys;
    for (const Area &area : areas) {
        if (m_restored.contains(area.key))
            keys << area.key;
    }
    return keys;
}

void KeptInputBar::settle()
{
    repo::UnsavedInputs store(m_workspace);
    for (const Area &area : std::as_const(m_areas)) {
        if (area.unsaved())
            continue;
        m_baseline.insert(area.key, formstate::capture(area.form));
        if (m_restored.remove(area.key) > 0) {
            if (Status removed = store.remove(area.key); !removed.ok())
                qWarning() << "unsaved input" << area.key << "could not be removed:" << removed.error().detail;
        }
    }
    showNotice();
}

void KeptInputBar::keep()
{
    repo::UnsavedInputs store(m_workspace);
    for (const Area &area : std::as_const(m_areas)) {
        Status status;
        if (area.unsaved()) {
            const QString item = area.item ? area.item() : QString();
            const QJsonObject now = formstate::capture(area.form);
            // A stored item's form is kept whole: it goes back after the item is shown again.
            const QJsonObject values = item.isEmpty() ? formstate::changed(now, m_baseline.value(area.key)) : now;
            const QJsonObject payload {{QStringLiteral("format"), kFormat}, {kItem, item}, {kValues, values}};
            status = store.save(area.key, QJsonDocument(payload).toJson(QJsonDocument::Compact));
        } else {
            status = store.remove(area.key);
        }
        if (!status.ok())
            qWarning() << "unsaved input" << area.key << "could not be kept:" << status.error().detail;
    }
}

void KeptInputBar::leave()
{
    repo::UnsavedInputs store(m_workspace);
    for (const Area &area : std::as_const(m_areas)) {
        if (Status removed = store.remove(area.key); !removed.ok())
            qWarning() << "unsaved input" << area.key << "could not be removed:" << removed.error().detail;
    }
    m_areas.clear();
    m_baseline.clear();
    m_restored.clear();
    showNotice();
}

void KeptInputBar::discard()
{
    repo::UnsavedInputs store(m_workspace);
    const QHash<QString, QJsonObject> restored = std::exchange(m_restored, {});
    for (auto it = restored.cbegin(); it != restored.cend(); ++it) {
        if (const Area *area = areaOf(it.key()))
            formstate::apply(area->form, it.value());
        if (Status removed = store.remove(it.key()); !removed.ok())
            qWarning() << "unsaved input" << it.key() << "could not be removed:" << removed.error().detail;
    }
    showNotice();
    emit discarded();
}

QStringList KeptInputBar::keptKeys(const QString &prefix) const
{
    QStringList keys;
    auto kept = repo::UnsavedInputs(m_workspace).withPrefix(prefix);
    if (kept.ok()) {
        for (const repo::UnsavedInputs::Entry &entry : *kept)
            keys << entry.key;
    }
    return keys;
}

QString KeptInputBar::keptRecord(const QString &prefix) const
{
    const QStringList keys = keptKeys(prefix);
    return keys.isEmpty() ? QString() : keys.first().mid(prefix.size());
}

const KeptInputBar::Area *KeptInputBar::areaOf(const QString &key) const
{
    for (const Area &area : m_areas) {
        if (area.key == key)
            return &area;
    }
    return nullptr;
}

void KeptInputBar::showNotice()
{
    if (m_restored.isEmpty()) {
        hide();
        return;
    }
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_keptAt);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).date();
    // The time alone on the same day, as people say it; the date too on a later day.
    const QString when
        = at.date() == today ? QLocale().toString(at.time(), QLocale::ShortFormat) : formats::dateTime(m_keptAt);
    m_text->setText(
        tr("What you typed here before Lintas locked or closed at %1 is back. It is not saved yet: save it or "
           "discard it.")
            .arg(when));
    show();
}

void KeptInputBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void KeptInputBar::retranslateUi()
{
    m_discard->setText(tr("Discard what was typed"));
    m_discard->setToolTip(tr("Put the form back as it was saved and forget the text typed before the lock"));
    m_discard->setAccessibleName(m_discard->text());
    if (!m_restored.isEmpty())
        showNotice();
}

} // namespace lintas::ui
