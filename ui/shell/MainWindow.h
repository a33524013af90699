#pragma once

#include "shell/AutoLock.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QToolButton;

namespace lintas::ui {

class CaseListPage;
class CaseWorkspace;
class IntakePage;
class ClipboardGuard;
class LanguageManager;
class LanguageSwitch;
class ProfileScreen;
class ProfileService;
class Session;

// The one window of the app. Locked, it shows the profile screen; unlocked, the case list of the
// open profile. Locking drops every view of the data before the profile closes, so nothing of
// it stays on screen or in memory.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(ProfileService &profiles, LanguageManager &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool isUnlocked() const { return m_session != nullptr; }
    QAction *lockAction() const { return m_lockAction; }
    AutoLock &autoLock() { return *m_autoLock; }
    Session *session() const { return m_session.get(); } // nullptr while locked
    CaseListPage *caseList() const { return m_caseList; }
    CaseWorkspace *caseWorkspace() const { return m_caseWorkspace; }
    IntakePage *intake() const { return m_intake; }

public slots:
    void lock();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void profileUnlocked();
    void openCase(const QString &caseId);
    void keepWork();
    void openIntake(const QString &draftId); // empty: a new intake
    void intakeClosed();
    void intakeCreatedCase(const QString &caseId);
    void backToCases();
    void lockedAutomatically(AutoLock::Reason reason);
    void autoLockChosen(QAction *choice);
    QString autoLockSettingsKey() const;
    void showSummary();
    void retranslateUi();

    std::unique_ptr<Session> m_session;
    QToolBar *m_toolBar = nullptr;
    QAction *m_lockAction = nullptr;
    QToolButton *m_profileButton = nullptr;
    QAction *m_profileMenuAction = nullptr; // the toolbar's handle on m_profileButton
    QMenu *m_profileMenu = nullptr;
    QMenu *m_autoLockMenu = nullptr;
    QActionGroup *m_autoLockChoices = nullptr;
    AutoLock *m_autoLock = nullptr;
    ClipboardGuard *m_clipboardGuard = nullptr;
    LanguageSwitch *m_languageSwitch = nullptr;
    QStackedWidget *m_pages = nullptr;
    ProfileScreen *m_profileScreen = nullptr;
    CaseListPage *m_caseList = nullptr; // exists only while unlocked
    CaseWorkspace *m_caseWorkspace = nullptr; // likewise
    IntakePage *m_intake = nullptr; // likewise, made when first needed
    QString m_changedCaseId; // edited in the workspace since the list last loaded
    QLabel *m_summary = nullptr;
};

} // namespace lintas::ui
