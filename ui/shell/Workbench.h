#pragma once

#include "shell/NavigationBar.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QStackedWidget;

namespace lintas::search {
struct SearchHit;
}

namespace lintas::ui {

class ActivitiesPage;
class CaseListPage;
class ClientsPage;
class ClientWorkspace;
class CaseWorkspace;
class IntakePage;
class Session;
class SyncController;
class SyncPage;
class TodayPage;

// Everything shown while a profile is unlocked: the section bar on the left and the pages of the
// sections. Made at unlock and deleted at lock, so no page and no model outlives the session.
class Workbench : public QWidget {
    Q_OBJECT

public:
    // Without `sync` (tests of other pages) there is no Sync section.
    Workbench(Session &session, SyncController *sync, QWidget *parent = nullptr);
    ~Workbench() override;

    NavigationBar *navigation() const { return m_navigation; }
    TodayPage *today() const { return m_today; }
    CaseListPage *caseList() const { return m_caseList; }
    CaseWorkspace *caseWorkspace() const { return m_caseWorkspace; }
    IntakePage *intake() const { return m_intake; } // made when first needed
    ActivitiesPage *activities(); // made when first needed, like the other section pages
    ClientsPage *clients();
    ClientWorkspace *clientWorkspace(); // made with clients()
    SyncPage *syncPage(); // nullptr without sync
    QWidget *currentPage() const;

    // Shows the section's main page; false when the user chose to stay (unsaved edits).
    bool showSection(Section section);
    void openCase(const QString &caseId);
    void openClient(const QString &clientId);
    void openIntake(const QString &draftId); // empty: a new intake
    void openSearchHit(const search::SearchHit &hit);
    // The chip in the toolbar opens this; "needs attention" opens it on the status tab.
    void showSync();
    // What is typed survives a lock or closing the window (intake as a draft, edits saved).
    void keepWork();
    // One line for the status bar about the page shown.
    QString summary() const;

signals:
    void summaryChanged();
    // A short message for the status bar ("Case KS-2026-0001 created.").
    void notice(const QString &text);

private:
    // A section's page made on first use (unlocking stays quick), with what the workbench must
    // ask of it when the user leaves it, the app locks, or the status bar wants a line.
    struct SectionPage {
        QWidget *widget = nullptr;
        std::function<bool()> confirmLeave;
        std::function<void()> keepWork;
        std::function<QString()> summary;
        std::function<void()> refresh; // when shown again
    };
    SectionPage &sectionPage(Section section);
    SectionPage makeSectionPage(Section section);
    const SectionPage *sectionPageOf(const QWidget *widget) const;
    const SectionPage *currentSectionPage() const;
    bool leaveCurrentPage();
    void showPage(QWidget *page, Section section);
    void intakeClosed();
    void intakeCreatedCase(const QString &caseId);
    void backToCases();
    void backToClients();
    void openDeadline(const QString &caseId, const QString &deadlineId);
    void openParty(const QString &partyId);
    void seedDirectory();
    void sectionChosen(Section section);
    // Records from other laptops arrived: lists on screen read again (forms being edited do not).
    void remoteChangesApplied();

    Session &m_session;
    SyncController *m_sync = nullptr;
    NavigationBar *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    TodayPage *m_today = nullptr;
    CaseListPage *m_caseList = nullptr;
    CaseWorkspace *m_caseWorkspace = nullptr;
    IntakePage *m_intake = nullptr;
    QHash<int, SectionPage> m_sectionPages; // by Section
    ClientWorkspace *m_clientWorkspace = nullptr; // made with the Clients page
    QWidget *m_returnTo = nullptr; // the page Back goes to from a case
    Section m_returnSection = Section::Cases;
    Section m_shownSection = Section::Today;
    QString m_changedCaseId; // edited in the workspace since the lists last loaded
};

} // namespace lintas::ui
