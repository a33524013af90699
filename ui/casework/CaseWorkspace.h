#pragma once

#include "domain/Case.h"
#include "domain/Client.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class CaseDetailsForm;
class CasePartiesPanel;
class CaseReferralsPanel;
class ClaimsTab;
class DeadlinesTab;
class KeptInputBar;
class TimelineTab;

// One case, open for work: who and what at the top, then its details, timeline, deadlines and
// claims.
class CaseWorkspace : public QWidget {
    Q_OBJECT

public:
    // `author` is written on the timeline entries made here (the profile's name).
    CaseWorkspace(repo::Workspace &workspace, QString author, QWidget *parent = nullptr);

public slots:
    void printSummary();
    void printHandOff();

public:
    // Loads the case; false (and a message) when it cannot be read.
    bool openCase(const QString &caseId);
    const domain::Case &currentCase() const;
    // Asks about unsaved edits before the case is left: true when it may be left.
    bool confirmLeave();
    // Lintas is locking or closing: keeps edited details that can be saved (no questions asked).
    bool saveBeforeClosing();

    CaseDetailsForm *details() const { return m_details; }
    TimelineTab *timeline() const { return m_timeline; }
    DeadlinesTab *deadlines() const { return m_deadlines; }
    ClaimsTab *claims() const { return m_claims; }
    CasePartiesPanel *parties() const { return m_parties; }
    CaseReferralsPanel *referrals() const { return m_referrals; }
    QTabWidget *tabs() const { return m_tabs; }
    // Input typed before Lintas locked, put back into the forms (decision D20).
    KeptInputBar *keptInput() const { return m_kept; }

signals:
    void backRequested();
    // Something of the case was written: lists showing it should refresh.
    void caseChanged(const QString &caseId);
    // "Open party" on the Parties tab.
    void partyActivated(const QString &partyId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void detailsSaved(const domain::Case &kase);
    void putBackKeptInput();
    void showHeader();
    void retranslateUi();

    repo::Workspace &m_workspace;
    domain::Client m_client;
    QString m_author;
    QPushButton *m_back = nullptr;
    QPushButton *m_summary = nullptr;
    QPushButton *m_handOff = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_safety = nullptr;
    QLabel *m_space = nullptr; // where the case lives, when shared with another organisation
    KeptInputBar *m_kept = nullptr;
    QTabWidget *m_tabs = nullptr;
    CaseDetailsForm *m_details = nullptr;
    TimelineTab *m_timeline = nullptr;
    DeadlinesTab *m_deadlines = nullptr;
    ClaimsTab *m_claims = nullptr;
    CasePartiesPanel *m_parties = nullptr;
    CaseReferralsPanel *m_referrals = nullptr;
};

} // namespace lintas::ui
