#include "shell/Workbench.h"

#include "cases/CaseListPage.h"
#include "casework/CaseWorkspace.h"
#include "casework/DeadlinesTab.h"
#include "casework/TimelineTab.h"
#include "clients/ClientWorkspace.h"
#include "clients/ClientsPage.h"
#include "common/ErrorText.h"
#include "i18n/LanguageManager.h"
#include "intake/IntakePage.h"
#include "parties/PartiesPage.h"
#include "profile/OpenProfile.h"
#include "rules/DeadlineRuleSet.h"
#include "search/SearchHit.h"
#include "shell/KeptInputNotice.h"
#include "sync/SyncController.h"
#include "sync/SyncPage.h"
#include "today/TodayPage.h"
#include "transfer/DirectorySeeder.h"
#include "unlock/Session.h"

#include <QHBoxLayout>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>

namespace lintas::ui {

Workbench::Workbench(Session &session, SyncController *sync, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_sync(sync),
      m_navigation(new NavigationBar(this)),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("workbench"));
    repo::Workspace &ws = session.workspace();
    const QString author = session.profile().info().displayName;
    m_today = new TodayPage(ws, m_stack);
    m_today->setProfileName(author);
    m_caseList = new CaseListPage(ws, m_stack);
    m_caseWorkspace = new CaseWorkspace(ws, author, m_stack);
    for (QWidget *page :
        {static_cast<QWidget *>(m_today), static_cast<QWidget *>(m_caseList), static_cast<QWidget *>(m_caseWorkspace)})
        m_stack->addWidget(page);
    for (Section section :
        {Section::Today, Section::Clients, Section::Cases, Section::Activities, Section::Parties, Section::Directory})
        m_navigation->addSection(section);
    if (m_sync) {
        m_navigation->addSection(Section::Sync);
        connect(m_sync, &SyncController::remoteChangesApplied, this, &Workbench::remoteChangesApplied);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);

    connect(m_navigation, &NavigationBar::sectionChosen, this, &Workbench::sectionChosen);
    connect(m_today, &TodayPage::caseActivated, this, &Workbench::openCase);
    connect(m_today, &TodayPage::deadlineActivated, this, &Workbench::openDeadline);
    connect(m_caseList, &CaseListPage::summaryChanged, this, &Workbench::summaryChanged);
    connect(m_caseList, &CaseListPage::caseActivated, this, &Workbench::openCase);
    connect(m_caseList, &CaseListPage::newIntakeRequested, this, [this] { openIntake({}); });
    connect(m_caseList, &CaseListPage::draftChosen, this, &Workbench::openIntake);
    connect(m_caseWorkspace, &CaseWorkspace::backRequested, this, &Workbench::backToCases);
    connect(m_caseWorkspace, &CaseWorkspace::caseChanged, this, [this](const QString &id) { m_changedCaseId = id; });
    connect(m_caseWorkspace, &CaseWorkspace::partyActivated, this, &Workbench::openParty);
    showPage(m_today, Section::Today);
    // After the window shows, and once the status bar listens for a failure.
    QTimer::singleShot(0, this, &Workbench::seedDirectory);
    QTimer::singleShot(0, this, [this] {
        if (const QString kept = KeptInputNotice::text(m_session.workspace()); !kept.isEmpty())
            emit notice(kept);
    });
}

// The pages read through the session's workspace: they go before the session does.
Workbench::~Workbench()
{
    for (const SectionPage &page : std::as_const(m_sectionPages))
        delete page.widget;
    delete m_intake;
    delete m_caseWorkspace;
    delete m_caseList;
    delete m_today;
}

QWidget *Workbench::currentPage() const
{
    return m_stack->currentWidget();
}

void Workbench::showPage(QWidget *page, Section section)
{
    m_stack->setCurrentWidget(page);
    m_shownSection = section;
    m_navigation->showCurrent(section);
    emit summaryChanged();
}

// Leaving a page must not lose what was typed there: the case workspace asks, the intake keeps
// a draft.
bool Workbench::leaveCurrentPage()
{
    QWidget *page = m_stack->currentWidget();
    if (page == m_caseWorkspace && !m_caseWorkspace->confirmLeave())
        return false;
    if (page == m_clientWorkspace && !m_clientWorkspace->confirmLeave())
        return false;
    if (const SectionPage *section = currentSectionPage(); section && section->confirmLeave && !section->confirmLeave())
        return false;
    if (page == m_intake && m_intake->hasContent()) {
        m_intake->saveDraft();
        m_caseList->refreshDrafts();
    }
    if (page == m_caseWorkspace && !m_changedCaseId.isEmpty()) {
        m_caseList->refresh(m_changedCaseId);
        m_changedCaseId.clear();
    }
    return true;
}

bool Workbench::showSection(Section section)
{
    if (m_stack->currentWidget() == m_caseList && section == Section::Cases)
        return true;
    const bool fromCases = m_shownSection == Section::Cases;
    if (!leaveCurrentPage()) {
        // Stay where the unsaved edits are, and say so in the bar. After the click is handled:
        // the list selects the clicked row when the mouse button is released.
        QTimer::singleShot(0, this, [this] { m_navigation->showCurrent(m_shownSection); });
        return false;
    }
    switch (section) {
    case Section::Today:
        m_today->refresh();
        showPage(m_today, section);
        break;
    case Section::Cases:
        // Deadlines ticked off on Today, a client renamed, a party unlinked: the rows may be stale.
        if (!fromCases)
            m_caseList->refresh(m_caseWorkspace->currentCase().id);
        showPage(m_caseList, Section::Cases);
        break;
    default: {
        // Shown again: cases edited meanwhile may have changed what the page lists.
        const bool made = m_sectionPages.contains(int(section));
        SectionPage &page = sectionPage(section);
        if (!page.widget)
            break;
        if (made && page.refresh)
            page.refresh();
        showPage(page.widget, section);
        break;
    }
    }
    m_stack->currentWidget()->setFocus();
    return true;
}

void Workbench::sectionChosen(Section section)
{
    showSection(section);
}

void Workbench::showSync()
{
    if (!m_sync || !showSection(Section::Sync))
        return;
    m_navigation->showCurrent(Section::Sync);
}

void Workbench::remoteChangesApplied()
{
    QWidget *shown = m_stack->currentWidget();
    if (shown == m_today)
        m_today->refresh();
    else if (shown == m_caseList)
        m_caseList->refresh(m_caseWorkspace->currentCase().id);
    // Pages not on screen read again when shown; a case open for editing keeps what is typed.
}

void Workbench::openCase(const QString &caseId)
{
    if (m_stack->currentWidget() == m_caseWorkspace && m_caseWorkspace->currentCase().id == caseId)
        return;
    if (!leaveCurrentPage())
        return;
    QWidget *from = m_stack->currentWidget();
    const Section fromSection = m_shownSection;
    if (m_caseWorkspace->openCase(caseId)) {
        if (from != m_caseWorkspace && from != m_intake) {
            m_returnTo = from;
            m_returnSection = fromSection;
        }
        showPage(m_caseWorkspace, Section::Cases);
        m_caseWorkspace->tabs()->currentWidget()->setFocus();
    }
}

// A party chosen on a case's Parties tab: its page, with its other cases.
void Workbench::openParty(const QString &partyId)
{
    if (!showSection(Section::Parties))
        return;
    static_cast<PartiesPage *>(sectionPage(Section::Parties).widget)->showParty(partyId);
}

// A new profile (or one made before the directory was bundled) gets the bundled directory of
// services once; a user who deleted entries does not get them back.
void Workbench::seedDirectory()
{
    auto seeded
        = transfer::DirectorySeeder(m_session.workspace(), LanguageManager::codeListLanguage()).seedIfNeverSeeded();
    if (!seeded.ok())
        emit notice(tr("The directory of services could not be filled in: %1").arg(ErrorText::message(seeded.error())));
}

void Workbench::openClient(const QString &clientId)
{
    ClientWorkspace *workspace = clientWorkspace();
    if (m_stack->currentWidget() == workspace && workspace->currentClient().id == clientId)
        return;
    if (!leaveCurrentPage())
        return;
    if (workspace->openClient(clientId)) {
        showPage(workspace, Section::Clients);
        workspace->setFocus();
    }
}

void Workbench::backToClients()
{
    // The workspace asked about unsaved edits before it asked to go back. The list is where she
    // was opened from, scrolled and selected as it was: only her row is read again (her cases may
    // have changed meanwhile), not the whole list from the top.
    const QString shown = m_clientWorkspace->currentClient().id;
    clients()->clientChanged(shown);
    clients()->selectClient(shown);
    showPage(clients(), Section::Clients);
    clients()->setFocus();
}

void Workbench::openDeadline(const QString &caseId, const QString &deadlineId)
{
    openCase(caseId);
    if (m_stack->currentWidget() == m_caseWorkspace && m_caseWorkspace->currentCase().id == caseId) {
        m_caseWorkspace->tabs()->setCurrentWidget(m_caseWorkspace->deadlines());
        m_caseWorkspace->deadlines()->selectDeadline(deadlineId);
    }
}

void Workbench::openSearchHit(const search::SearchHit &hit)
{
    if (!hit.caseId.isEmpty()) {
        openCase(hit.caseId);
        if (hit.kind == QLatin1String("note") && m_stack->currentWidget() == m_caseWorkspace)
            m_caseWorkspace->tabs()->setCurrentWidget(m_caseWorkspace->timeline());
        return;
    }
    openClient(hit.clientId);
}

void Workbench::openIntake(const QString &draftId)
{
    if (!m_intake) {
        auto ruleSet = rules::DeadlineRuleSet::bundled();
        if (!ruleSet.ok()) {
            emit notice(ErrorText::message(ruleSet.error()));
            return;
        }
        m_intake = new IntakePage(m_session.workspace(), m_session.profile().info().displayName, *ruleSet, m_stack);
        connect(m_intake, &IntakePage::closed, this, &Workbench::intakeClosed);
        connect(m_intake, &IntakePage::caseCreated, this, &Workbench::intakeCreatedCase);
        connect(m_intake, &IntakePage::draftsChanged, m_caseList, &CaseListPage::refreshDrafts);
        m_stack->addWidget(m_intake);
    } else if (m_intake->hasContent() && m_intake->draft().id != draftId) {
        m_intake->saveDraft(); // whatever was open stays as a draft
    }
    if (m_stack->currentWidget() != m_intake && !leaveCurrentPage())
        return;
    if (draftId.isEmpty()) {
        m_intake->start();
    } else if (!m_intake->resume(draftId)) {
        // The page is not shown: say why where the user is.
        emit notice(m_intake->message());
        return;
    }
    showPage(m_intake, Section::Cases);
}

void Workbench::intakeClosed()
{
    m_caseList->refreshDrafts();
    showPage(m_caseList, Section::Cases);
    m_caseList->setFocus();
}

void Workbench::intakeCreatedCase(const QString &caseId)
{
    m_caseList->refreshDrafts();
    m_caseList->refresh(caseId);
    // The intake is done and saved: nothing to ask when leaving it. Back goes to the list.
    m_returnTo = m_caseList;
    m_returnSection = Section::Cases;
    if (m_caseWorkspace->openCase(caseId)) {
        showPage(m_caseWorkspace, Section::Cases);
        m_caseWorkspace->tabs()->currentWidget()->setFocus();
        emit notice(tr("Case %1 created.").arg(m_caseWorkspace->currentCase().reference));
    }
}

void Workbench::backToCases()
{
    if (!m_caseWorkspace->confirmLeave())
        return;
    const QString shown = m_caseWorkspace->currentCase().id;
    if (!m_changedCaseId.isEmpty())
        m_caseList->refresh(shown);
    m_changedCaseId.clear();
    // Back where the case was opened from: Today, the list, a client's or a party's page.
    if (m_returnTo == m_today)
        m_today->refresh();
    else if (m_returnTo && m_returnTo == m_clientWorkspace)
        m_clientWorkspace->refreshCases(); // her Cases tab shows the status and types just edited
    else if (const SectionPage *section = sectionPageOf(m_returnTo); section && section->refresh)
        section->refresh();
    if (m_returnTo && m_returnTo != m_caseList)
        showPage(m_returnTo, m_returnSection);
    else
        showPage(m_caseList, Section::Cases);
    m_stack->currentWidget()->setFocus();
}

void Workbench::keepWork()
{
    if (m_intake)
        m_intake->saveDraft();
    m_caseWorkspace->saveBeforeClosing();
    if (m_clientWorkspace)
        m_clientWorkspace->saveBeforeClosing();
    for (const SectionPage &page : std::as_const(m_sectionPages)) {
        if (page.keepWork)
            page.keepWork();
    }
}

QString Workbench::summary() const
{
    if (const SectionPage *section = currentSectionPage(); section && section->summary)
        return section->summary();
    return m_stack->currentWidget() == m_caseList ? m_caseList->summary() : QString();
}

} // namespace lintas::ui
