#include "shell/MainWindow.h"

#include "common/KeptDialogInput.h"
#include "i18n/LanguageSwitch.h"
#include "profile/OpenProfile.h"
#include "search/GlobalSearchBox.h"
#include "shell/ClipboardGuard.h"
#include "shell/Workbench.h"
#include "sync/SyncChip.h"
#include "sync/SyncController.h"
#include "unlock/ProfileScreen.h"
#include "unlock/ProfileService.h"
#include "unlock/Session.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSizePolicy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace lintas::ui {

namespace {

constexpr int kNoticeMs = 15000;

} // namespace

MainWindow::MainWindow(ProfileService &profiles, LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent),
      m_toolBar(new QToolBar(this)),
      m_lockAction(new QAction(this)),
      m_profileButton(new QToolButton(this)),
      m_profileMenu(new QMenu(this)),
      m_autoLockMenu(new QMenu(this)),
      m_autoLockChoices(new QActionGroup(this)),
      m_autoLock(new AutoLock(this)),
      m_clipboardGuard(new ClipboardGuard(QApplication::clipboard(), this)),
      m_languageSwitch(new LanguageSwitch(languages, this)),
      m_search(new GlobalSearchBox(this)),
      m_pages(new QStackedWidget(this)),
      m_profileScreen(new ProfileScreen(profiles, this)),
      m_syncChip(new SyncChip(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setContextMenuPolicy(Qt::PreventContextMenu);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::WindowShortcut);
    m_lockAction->setVisible(false);
    m_toolBar->addAction(m_lockAction);
    // The profile menu: the open profile's name, with the auto-lock time and Lock.
    m_profileButton->setObjectName(QStringLiteral("profileMenuButton"));
    m_profileButton->setPopupMode(QToolButton::InstantPopup);
    m_profileButton->setMenu(m_profileMenu);
    m_autoLockMenu->setObjectName(QStringLiteral("autoLockMenu"));
    for (int minutes : AutoLock::minuteChoices()) {
        QAction *choice = m_autoLockChoices->addAction(QString());
        choice->setCheckable(true);
        choice->setData(minutes);
        m_autoLockMenu->addAction(choice);
    }
    m_profileMenu->addMenu(m_autoLockMenu);
    m_profileMenu->addSeparator();
    m_profileMenu->addAction(m_lockAction);
    // A toolbar shows or hides its widgets through their actions, not QWidget::setVisible().
    m_profileMenuAction = m_toolBar->addWidget(m_profileButton);
    m_profileMenuAction->setVisible(false);
    m_syncChipAction = m_toolBar->addWidget(m_syncChip);
    m_syncChipAction->setVisible(false);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_searchAction = m_toolBar->addWidget(m_search);
    m_searchAction->setVisible(false);
    m_toolBar->addWidget(m_languageSwitch);
    addToolBar(Qt::TopToolBarArea, m_toolBar);

    m_pages->addWidget(m_profileScreen);
    setCentralWidget(m_pages);
    statusBar()->addPermanentWidget(m_summary);
    resize(1100, 720);

    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    connect(m_autoLock, &AutoLock::lockRequested, this, &MainWindow::lockedAutomatically);
    connect(m_autoLockChoices, &QActionGroup::triggered, this, &MainWindow::autoLockChosen);
    connect(m_profileScreen, &ProfileScreen::unlocked, this, &MainWindow::profileUnlocked);
    connect(m_syncChip, &QToolButton::clicked, this, [this] {
        if (m_workbench)
            m_workbench->showSync();
    });
    connect(m_search, &GlobalSearchBox::hitChosen, this, [this](const search::SearchHit &hit) {
        if (m_workbench)
            m_workbench->openSearchHit(hit);
    });
    retranslateUi();
}

MainWindow::~MainWindow()
{
    // The pages read through the session's workspace: they must go first, and before the widget
    // tree is torn down after this destructor.
    m_search->setWorkspace(nullptr);
    delete m_workbench;
    m_workbench = nullptr;
    m_syncChip->setController(nullptr);
    delete m_sync; // stops the sync thread, which has its own connection to the session's profile
    m_sync = nullptr;
    m_session.reset();
}

void MainWindow::profileUnlocked()
{
    m_session = m_profileScreen->takeSession();
    if (!m_session)
        return;
    statusBar()->clearMessage(); // e.g. why it was locked last time
    m_sync = new SyncController(*m_session, this);
    m_syncChip->setController(m_sync);
    m_syncChipAction->setVisible(true);
    m_workbench = new Workbench(*m_session, m_sync, this);
    connect(m_workbench, &Workbench::summaryChanged, this, &MainWindow::showSummary);
    connect(m_workbench, &Workbench::notice, this,
        [this](const QString &text) { statusBar()->showMessage(text, kNoticeMs); });
    m_pages->addWidget(m_workbench);
    m_pages->setCurrentWidget(m_workbench);
    m_search->setWorkspace(&m_session->workspace());
    m_lockAction->setVisible(true);
    m_profileMenuAction->setVisible(true);
    m_searchAction->setVisible(true);
    const int minutes = QSettings().value(autoLockSettingsKey(), AutoLock::kDefaultMinutes).toInt();
    for (QAction *choice : m_autoLockChoices->actions())
        choice->setChecked(choice->data().toInt() == minutes);
    m_autoLock->setIdleTime(std::chrono::minutes(qBound(1, minutes, 24 * 60)));
    m_autoLock->setArmed(true);
    m_clipboardGuard->setWatching(true);
    showSummary();
    retranslateUi();
    m_workbench->currentPage()->setFocus();
    if (m_session->profile().checkAtOpen() != profile::OpenProfile::IntegrityCheck::None) {
        statusBar()->showMessage(
            tr("Lintas was not closed properly last time. Your data was checked and is in order."), kNoticeMs);
    }
}

void MainWindow::lock()
{
    if (!m_session)
        return;
    // A dialog open over a page runs its own event loop inside a function of that page (auto-lock
    // and the screen locker fire from there). Close the dialogs, let those functions return, and
    // lock right after: deleting the pages under them now would crash on their return.
    if (QWidget *modal = QApplication::activeModalWidget()) {
        KeptDialogInput::keepBeforeLock(modal, m_session->workspace()); // e.g. a new party half typed
        modal->close();
        QTimer::singleShot(0, this, &MainWindow::lock);
        return;
    }
    keepWork();
    m_autoLock->setArmed(false);
    m_clipboardGuard->clearIfOurs();
    m_clipboardGuard->setWatching(false);
    m_profileMenuAction->setVisible(false);
    m_searchAction->setVisible(false);
    m_search->setWorkspace(nullptr); // drops the results shown
    m_pages->setCurrentWidget(m_profileScreen);
    delete m_workbench;
    m_workbench = nullptr;
    m_syncChipAction->setVisible(false);
    m_syncChip->setController(nullptr);
    delete m_sync;
    m_sync = nullptr;
    m_session.reset();
    statusBar()->clearMessage();
    m_lockAction->setVisible(false);
    showSummary();
    retranslateUi();
    m_profileScreen->reload();
}

// What is typed survives a lock or closing the window: the intake as a draft, case details saved
// when they can be (both stay in the encrypted profile).
void MainWindow::keepWork()
{
    if (m_workbench)
        m_workbench->keepWork();
}

CaseListPage *MainWindow::caseList() const
{
    return m_workbench ? m_workbench->caseList() : nullptr;
}

CaseWorkspace *MainWindow::caseWorkspace() const
{
    return m_workbench ? m_workbench->caseWorkspace() : nullptr;
}

IntakePage *MainWindow::intake() const
{
    return m_workbench ? m_workbench->intake() : nullptr;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    keepWork();
    QMainWindow::closeEvent(event);
}

void MainWindow::lockedAutomatically(AutoLock::Reason reason)
{
    const int minutes = int(std::chrono::duration_cast<std::chrono::minutes>(m_autoLock->idleTime()).count());
    lock();
    statusBar()->showMessage(reason == AutoLock::Reason::ScreenLocked
            ? tr("Locked because the screen was locked.")
            : tr("Locked after %n minute(s) without use.", nullptr, minutes));
}

void MainWindow::autoLockChosen(QAction *choice)
{
    const int minutes = choice->data().toInt();
    QSettings().setValue(autoLockSettingsKey(), minutes);
    m_autoLock->setIdleTime(std::chrono::minutes(minutes));
}

// Per profile: on a shared laptop one person's choice must not loosen another's.
QString MainWindow::autoLockSettingsKey() const
{
    return QStringLiteral("profiles/%1/autoLockMinutes").arg(m_session ? m_session->profile().info().id : QString());
}

void MainWindow::showSummary()
{
    m_summary->setText(m_workbench ? m_workbench->summary() : QString());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    const QString app = QStringLiteral("Lintas");
    setWindowTitle(m_session ? QStringLiteral("%1 — %2").arg(m_session->profile().info().displayName, app) : app);
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_lockAction->setText(tr("Lock"));
    m_profileButton->setText(m_session ? m_session->profile().info().displayName : QString());
    m_profileButton->setToolTip(tr("Profile menu: auto-lock time and Lock"));
    m_profileMenu->setTitle(tr("Profile"));
    m_autoLockMenu->setTitle(tr("Lock automatically after"));
    for (QAction *choice : m_autoLockChoices->actions())
        choice->setText(tr("%n minute(s)", nullptr, choice->data().toInt()));
    m_lockAction->setToolTip(tr("Lock: hide everything and ask for the passphrase again (%1)")
                                 .arg(m_lockAction->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace lintas::ui
