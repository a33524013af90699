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
class GlobalSearchBox;
class IntakePage;
class ClipboardGuard;
class LanguageManager;
class LanguageSwitch;
class ProfileScreen;
class ProfileService;
class Session;
class SyncChip;
class SyncController;
class Workbench;

// The one window of the app. Locked, it shows the profile screen; unlocked, the workbench (the
// section bar and its pages) of the open profile. Locking deletes the workbench before the
// profile closes, so nothing of the data stays on screen or in memory.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(ProfileService &profiles, LanguageManager &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool isUnlocked() const { return m_session != nullptr; }
    QAction *lockAction() const { return m_lockAction; }
    AutoLock &autoLock() { return *m_autoLock; }
    Session *session() const { return m_session.get(); } // nullptr while locked
    Workbench *workbench() const { return m_workbench; } // nullptr while locked
    SyncController *sync() const { return m_sync; } // nullptr while locked
    SyncChip *syncChip() const { return m_syncChip; }
    GlobalSearchBox *globalSearch() const { return m_search; }
    CaseListPage *caseList() const;
    CaseWorkspace *caseWorkspace() const;
    IntakePage *intake() const;

public slots:
    void lock();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void profileUnlocked();
    void keepWork();
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
    GlobalSearchBox *m_search = nullptr;
    QAction *m_searchAction = nullptr; // the toolbar's handle on m_search
    QStackedWidget *m_pages = nullptr;
    ProfileScreen *m_profileScreen = nullptr;
    Workbench *m_workbench = nullptr; // exists only while unlocked
    SyncController *m_sync = nullptr; // exists only while unlocked
    SyncChip *m_syncChip = nullptr;
    QAction *m_syncChipAction = nullptr; // the toolbar's handle on m_syncChip
    QLabel *m_summary = nullptr;
};

} // namespace lintas::ui
