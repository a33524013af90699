#include "shell/MainWindow.h"

#include "cases/CaseListPage.h"
#include "i18n/LanguageSwitch.h"
#include "profile/OpenProfile.h"
#include "unlock/ProfileScreen.h"
#include "unlock/ProfileService.h"
#include "unlock/Session.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QSizePolicy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace lintas::ui {

namespace {

constexpr int kNoticeMs = 15000;

} // namespace

MainWindow::MainWindow(ProfileService &profiles, LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent),
      m_toolBar(new QToolBar(this)),
      m_lockAction(new QAction(this)),
      m_languageSwitch(new LanguageSwitch(languages, this)),
      m_pages(new QStackedWidget(this)),
      m_profileScreen(new ProfileScreen(profiles, this)),
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
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_languageSwitch);
    addToolBar(Qt::TopToolBarArea, m_toolBar);

    m_pages->addWidget(m_profileScreen);
    setCentralWidget(m_pages);
    statusBar()->addPermanentWidget(m_summary);
    resize(1100, 720);

    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    connect(m_profileScreen, &ProfileScreen::unlocked, this, &MainWindow::profileUnlocked);
    retranslateUi();
}

MainWindow::~MainWindow()
{
    // The page's model reads through the session's workspace: it must go first, and before the
    // widget tree is torn down after this destructor.
    delete m_caseList;
    m_caseList = nullptr;
    m_session.reset();
}

void MainWindow::profileUnlocked()
{
    m_session = m_profileScreen->takeSession();
    if (!m_session)
        return;
    m_caseList = new CaseListPage(m_session->workspace(), this);
    connect(m_caseList, &CaseListPage::summaryChanged, this, &MainWindow::showSummary);
    m_pages->addWidget(m_caseList);
    m_pages->setCurrentWidget(m_caseList);
    m_lockAction->setVisible(true);
    showSummary();
    retranslateUi();
    m_caseList->setFocus();
    if (m_session->profile().checkAtOpen() != profile::OpenProfile::IntegrityCheck::None) {
        statusBar()->showMessage(
            tr("Lintas was not closed properly last time. Your data was checked and is in order."), kNoticeMs);
    }
}

void MainWindow::lock()
{
    if (!m_session)
        return;
    m_pages->setCurrentWidget(m_profileScreen);
    delete m_caseList;
    m_caseList = nullptr;
    m_session.reset();
    statusBar()->clearMessage();
    m_lockAction->setVisible(false);
    showSummary();
    retranslateUi();
    m_profileScreen->reload();
}

void MainWindow::showSummary()
{
    m_summary->setText(m_caseList ? m_caseList->summary() : QString());
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
    m_lockAction->setToolTip(tr("Lock: hide everything and ask for the passphrase again (%1)")
                                 .arg(m_lockAction->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace lintas::ui
