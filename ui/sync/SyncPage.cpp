#include "sync/SyncPage.h"

#include "common/ErrorText.h"
#include "common/LabelStyles.h"
#include "profile/OpenProfile.h"
#include "sync/ConflictListModel.h"
#include "sync/ConflictsPanel.h"
#include "sync/JoinPanel.h"
#include "sync/MembersPanel.h"
#include "sync/SyncController.h"
#include "sync/SyncOverview.h"
#include "sync/SyncStatusPanel.h"
#include "unlock/Session.h"

#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lintas::ui {

SyncPage::SyncPage(SyncController &sync, QWidget *parent)
    : QWidget(parent),
      m_sync(sync),
      m_error(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_status(new SyncStatusPanel(sync, m_tabs)),
      m_conflicts(new ConflictsPanel(sync, m_tabs)),
      m_organisation(new QStackedWidget(m_tabs)),
      m_join(new JoinPanel(sync, m_organisation)),
      m_members(new MembersPanel(sync, m_organisation))
{
    setObjectName(QStringLiteral("syncPage"));
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    styleAsFieldError(m_error);
    m_organisation->addWidget(m_join);
    m_organisation->addWidget(m_members);
    m_tabs->addTab(m_status, QString());
    m_tabs->addTab(m_conflicts, QString());
    m_tabs->addTab(m_organisation, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    connect(&sync, &SyncController::stateChanged, m_status, &SyncStatusPanel::showState);
    connect(&sync, &SyncController::remoteChangesApplied, this, &SyncPage::refresh);
    connect(&sync, &SyncController::membershipChanged, this, &SyncPage::refresh);
    connect(m_status, &SyncStatusPanel::conflictsRequested, this, [this] { showTab(Tab::Conflicts); });
    connect(m_status, &SyncStatusPanel::joinRequested, this, [this] { showTab(Tab::Organisation); });
    connect(m_status, &SyncStatusPanel::heldDeletionsDecided, this, &SyncPage::refresh);
    connect(m_status, &SyncStatusPanel::bundleImported, this, &SyncPage::refresh);
    connect(m_conflicts, &ConflictsPanel::caseRequested, this, &SyncPage::caseRequested);
    connect(m_conflicts, &ConflictsPanel::clientRequested, this, &SyncPage::clientRequested);
    connect(m_conflicts, &ConflictsPanel::countChanged, this, &SyncPage::refresh);
    connect(m_join, &JoinPanel::joined, this, &SyncPage::membershipChanged);
    connect(m_members, &MembersPanel::membershipChanged, this, &SyncPage::membershipChanged);
    refresh();
}

void SyncPage::membershipChanged()
{
    emit m_sync.membershipChanged();
    m_sync.syncNow();
}

void SyncPage::refresh()
{
    auto overview = sync::SyncOverviewReader::read(m_sync.session().profile().database(), m_sync.random());
    if (!overview) {
        showOrHide(m_error, ErrorText::message(overview.error()));
        return;
    }
    showOrHide(m_error, QString());
    m_status->showOverview(*overview);
    m_join->showOverview(*overview);
    m_members->showOverview(*overview);
    m_organisation->setCurrentWidget(overview->space ? static_cast<QWidget *>(m_members) : m_join);
    QHash<QString, QString> names;
    for (const sync::SpaceMember &m : std::as_const(overview->members))
        names.insert(m.deviceId, m.label);
    m_conflicts->model()->setDeviceNames(names, overview->deviceId);
    m_conflicts->refresh();
    if (m_openConflicts != overview->openConflicts) {
        m_openConflicts = overview->openConflicts;
        emit summaryChanged();
    }
    retranslateUi();
}

void SyncPage::showTab(Tab tab)
{
    switch (tab) {
    case Tab::Status:
        m_tabs->setCurrentWidget(m_status);
        break;
    case Tab::Conflicts:
        m_tabs->setCurrentWidget(m_conflicts);
        break;
    case Tab::Organisation:
        m_tabs->setCurrentWidget(m_organisation);
        break;
    }
}

QString SyncPage::summary() const
{
    return m_openConflicts > 0 ? tr("%n conflict(s) to check", nullptr, m_openConflicts) : QString();
}

void SyncPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SyncPage::retranslateUi()
{
    m_tabs->setTabText(m_tabs->indexOf(m_status), tr("Status"));
    m_tabs->setTabText(m_tabs->indexOf(m_conflicts),
        m_openConflicts > 0 ? tr("Conflicts (%1)").arg(m_openConflicts) : tr("Conflicts"));
    m_tabs->setTabText(m_tabs->indexOf(m_organisation), tr("Organisation"));
}

} // namespace lintas::ui
