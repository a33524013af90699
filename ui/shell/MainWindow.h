#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QToolBar;

namespace lintas::ui {

class CaseListPage;
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

public slots:
    void lock();

protected:
    void changeEvent(QEvent *event) override;

private:
    void profileUnlocked();
    void showSummary();
    void retranslateUi();

    std::unique_ptr<Session> m_session;
    QToolBar *m_toolBar = nullptr;
    QAction *m_lockAction = nullptr;
    LanguageSwitch *m_languageSwitch = nullptr;
    QStackedWidget *m_pages = nullptr;
    ProfileScreen *m_profileScreen = nullptr;
    CaseListPage *m_caseList = nullptr; // exists only while unlocked
    QLabel *m_summary = nullptr;
};

} // namespace lintas::ui
