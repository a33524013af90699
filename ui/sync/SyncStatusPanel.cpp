#include "sync/SyncStatusPanel.h"

#include "base/Clock.h"
#include "common/Formats.h"
#include "common/LabelStyles.h"
#include "sync/BundleFilesBox.h"
#include "sync/HeldDeletionsBox.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusText.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

SyncStatusPanel::SyncStatusPanel(SyncController &sync, QWidget *parent)
    : QWidget(parent),
      m_sync(sync),
      m_summary(new QLabel(this)),
      m_syncNow(new QPushButton(this)),
      m_join(new QPushButton(this)),
      m_clock(new QLabel(this)),
      m_held(new HeldDeletionsBox(sync, this)),
      m_bundles(new BundleFilesBox(sync, this)),
      m_facts(new QFormLayout),
      m_organisationLabel(new QLabel(this)),
      m_organisation(new QLabel(this)),
      m_lastSyncLabel(new QLabel(this)),
      m_lastSync(new QLabel(this)),
      m_waitingLabel(new QLabel(this)),
      m_waiting(new QLabel(this)),
      m_conflictsLabel(new QLabel(this)),
      m_conflicts(new QPushButton(this)),
      m_setAsideLabel(new QLabel(this)),
      m_setAside(new QLabel(this)),
      m_incidentsLabel(new QLabel(this)),
      m_incidents(new QListWidget(this))
{
    setObjectName(QStringLiteral("syncStatusPanel"));
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_join->setObjectName(QStringLiteral("goToJoinButton"));
    m_clock->setObjectName(QStringLiteral("clockWarning"));
    m_waiting->setObjectName(QStringLiteral("waitingCount"));
    m_conflicts->setObjectName(QStringLiteral("showConflictsButton"));
    m_setAside->setObjectName(QStringLiteral("setAsideSummary"));
    m_incidents->setObjectName(QStringLiteral("syncIncidents"));
    m_summary->setWordWrap(true);
    styleAsTitle(m_summary, 1.15);
    styleAsWarningBanner(m_clock);
    m_organisation->setWordWrap(true);
    m_setAside->setWordWrap(true);
    m_conflicts->setFlat(true);
    m_conflicts->setCursor(Qt::PointingHandCursor);
    m_incidents->setWordWrap(true);
    m_incidents->setSelectionMode(QAbstractItemView::NoSelection);

    m_facts->addRow(m_organisationLabel, m_organisation);
    m_facts->addRow(m_lastSyncLabel, m_lastSync);
    m_facts->addRow(m_waitingLabel, m_waiting);
    // The button only as wide as its words, not the whole form's width.
    auto *conflictsRow = new QHBoxLayout;
    conflictsRow->addWidget(m_conflicts);
    conflictsRow->addStretch(1);
    m_facts->addRow(m_conflictsLabel, conflictsRow);
    m_facts->addRow(m_setAsideLabel, m_setAside);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_join);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_clock);
    layout->addWidget(m_held);
    layout->addLayout(m_facts);
    layout->addWidget(m_bundles);
    layout->addWidget(m_incidentsLabel);
    layout->addWidget(m_incidents, 1);

    connect(m_syncNow, &QPushButton::clicked, &sync, &SyncController::syncNow);
    connect(m_join, &QPushButton::clicked, this, &SyncStatusPanel::joinRequested);
    connect(m_conflicts, &QPushButton::clicked, this, &SyncStatusPanel::conflictsRequested);
    connect(m_held, &HeldDeletionsBox::decided, this, &SyncStatusPanel::heldDeletionsDecided);
    connect(m_bundles, &BundleFilesBox::imported, this, &SyncStatusPanel::bundleImported);
    retranslateUi();
}

void SyncStatusPanel::showOverview(const sync::SyncOverview &overview)
{
    m_overview = overview;
    m_bundles->showSpaces(overview.spaces);
    m_held->refresh();
    retranslateUi();
}

void SyncStatusPanel::showState()
{
    const sync::SyncState &state = m_sync.state();
    const qint64 now = m_sync.clock().nowMs();
    const bool joined = m_overview.space.has_value();
    m_summary->setText(joined || state.phase != sync::SyncState::Phase::Idle
            ? SyncStatusText::summary(state, now)
            : SyncStatusText::summary({.phase = sync::SyncState::Phase::NotJoined}, now));
    m_syncNow->setVisible(joined);
    m_bundles->setVisible(joined);
    m_syncNow->setEnabled(state.phase != sync::SyncState::Phase::Syncing);
    m_join->setVisible(!joined);
    const qint64 lastSync = qMax(state.lastSyncAt, joined ? m_overview.space->lastSyncAt : 0);
    m_lastSync->setText(SyncStatusText::when(lastSync, now));
    m_waiting->setText(tr("%n change(s) made on this laptop not yet on the server", nullptr,
        int(qMin<qint64>(qMax(state.waiting, m_overview.waiting), INT_MAX))));
    // The worker's offset is the freshest; the stored one covers the time before its first run.
    const qint64 offset = state.lastSyncAt > 0 ? state.clockOffsetMs : m_overview.clockOffsetMs;
    showOrHide(m_clock, joined ? SyncStatusText::clockWarning(offset) : QString());

    m_incidents->clear();
    for (const SyncIncident &incident : m_sync.incidents()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(
            SyncStatusText::when(incident.atMs, now), SyncStatusText::problem(incident.problem)));
        item->setToolTip(incident.detail);
        m_incidents->addItem(item);
    }
    if (m_incidents->count() == 0)
        m_incidents->addItem(tr("No problems since this profile was unlocked."));
}

void SyncStatusPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SyncStatusPanel::retranslateUi()
{
    m_syncNow->setText(tr("&Sync now"));
    m_join->setText(tr("&Join an organisation…"));
    m_organisationLabel->setText(tr("Organisation:"));
    m_lastSyncLabel->setText(tr("Last synced:"));
    m_waitingLabel->setText(tr("Waiting to be sent:"));
    m_conflictsLabel->setText(tr("Conflicts:"));
    m_setAsideLabel->setText(tr("Set aside:"));
    m_incidentsLabel->setText(tr("Last problems:"));
    m_organisation->setText(m_overview.space
            ? tr("%1 (%2)").arg(m_overview.space->name, m_overview.space->serverUrl)
            : (m_overview.joinPending ? tr("Waiting for an admin to approve this laptop") : tr("Not joined")));
    m_conflicts->setText(
        m_overview.openConflicts > 0 ? tr("%n to check — show", nullptr, m_overview.openConflicts) : tr("None"));
    m_conflicts->setEnabled(m_overview.openConflicts > 0);
    if (m_overview.quarantined == 0) {
        m_setAside->setText(tr("Nothing: every record received could be checked and applied."));
    } else {
        QStringList lines;
        lines << tr("%n record(s) received could not be applied and are kept aside, unchanged:", nullptr,
            m_overview.quarantined);
        for (const sync::QuarantineGroup &g : std::as_const(m_overview.quarantine))
            lines << QStringLiteral("• %1: %2").arg(SyncStatusText::quarantineReason(g.reason)).arg(g.count);
        m_setAside->setText(lines.join(QLatin1Char('\n')));
    }
    showState();
}

} // namespace lintas::ui
