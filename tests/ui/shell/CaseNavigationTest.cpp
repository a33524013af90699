#include "activities/ActivitiesPage.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "casework/CaseDetailsForm.h"
#include "casework/CaseWorkspace.h"
#include "casework/TimelineModel.h"
#include "casework/TimelineTab.h"
#include "clients/ClientWorkspace.h"
#include "clients/ClientsPage.h"
#include "common/CodeChecklist.h"
#include "i18n/LanguageManager.h"
#include "intake/IntakePage.h"
#include "repo/Workspace.h"
#include "shell/MainWindow.h"
#include "shell/NavigationBar.h"
#include "shell/Workbench.h"
#include "support/QtPrinters.h"
#include "support/TempDir.h"
#include "today/TodayPage.h"
#include "ui/Mnemonics.h"
#include "ui/UiWait.h"
#include "ui/shell/UnlockedWindow.h"
#include "unlock/ProfileService.h"
#include "unlock/Session.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace lintas;
using test::UnlockedWindow;
using test::waitUntil;

TEST_CASE("a case opens from the list with Enter, takes a note and returns with Alt+Left", "[ui][casework][shell]")
{
    UnlockedWindow u(QStringLiteral("en"));
    const QString firstId = u.window->caseList()->model()->caseAt(0)->id;
    u.openFirstCase();
    ui::CaseWorkspace *workspace = u.window->caseWorkspace();
    CHECK(workspace->currentCase().id == firstId);

    // Down from the search box reaches the list; the list is where Enter opens a case.
    ui::TimelineTab *timeline = workspace->timeline();
    const int before = timeline->model()->rowCount();
    QTest::keyClick(workspace, Qt::Key_2, Qt::ControlModifier);
    CHECK(workspace->tabs()->currentWidget() == timeline);
    auto *body = timeline->findChild<QPlainTextEdit *>(QStringLiteral("noteBody"));
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("Met her at the shelter; she has her payslips."));
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(timeline->model()->rowCount() == before + 1);
    CHECK(timeline->model()->noteAt(before)->author == QStringLiteral("Dewi Lestari"));

    QTest::keyClick(workspace, Qt::Key_Left, Qt::AltModifier);
    REQUIRE(waitUntil([&] { return u.window->caseList()->isVisible(); }));
    // The edited case moved to the top of "recently updated" and is selected.
    CHECK(u.window->caseList()->model()->caseAt(0)->id == firstId);
    CHECK(u.caseTable()->currentIndex().row() == 0);

    // Locking drops the open case with everything else.
    u.window->lock();
    CHECK(u.window->caseWorkspace() == nullptr);
}

TEST_CASE("a new case is taken in with Ctrl+N, survives a lock half-way and opens when made", "[ui][intake][shell]")
{
    UnlockedWindow u(QStringLiteral("en"));
    QTest::keyClick(u.caseTable(), Qt::Key_N, Qt::ControlModifier);
    ui::IntakePage *intake = u.window->intake();
    REQUIRE(intake);
    REQUIRE(waitUntil([&] { return intake->isVisible(); }));
    auto *name = intake->findChild<QLineEdit *>(QStringLiteral("client_full_name"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Wartini binti Sukardi"));
    QTest::keyClick(name, Qt::Key_PageDown, Qt::ControlModifier);
    REQUIRE(intake->currentStep() == 1);
    intake->findChild<ui::CodeChecklist *>(QStringLiteral("case_case_types"))
        ->setCodes({QStringLiteral("physical_abuse")});

    // Ctrl+L in the middle of it: nothing typed is lost.
    QTest::keyClick(u.window.get(), Qt::Key_L, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return !u.window->isUnlocked(); }));
    CHECK(u.window->intake() == nullptr);
    u.unlock();
    auto *drafts = u.window->findChild<QToolButton *>(QStringLiteral("draftsButton"));
    REQUIRE(drafts);
    CHECK(drafts->text() == QStringLiteral("Drafts (1)"));
    QMenu *menu = drafts->menu();
    REQUIRE(menu->actions().size() == 1);
    CHECK(menu->actions().first()->text().startsWith(QStringLiteral("Wartini binti Sukardi")));
    menu->actions().first()->trigger();
    intake = u.window->intake();
    REQUIRE(waitUntil([&] { return intake && intake->isVisible(); }));
    CHECK(intake->currentStep() == 1);

    intake->goToStep(5);
    REQUIRE(intake->createCase());
    REQUIRE(waitUntil([&] { return u.window->caseWorkspace()->isVisible(); }));
    CHECK(u.window->caseWorkspace()->currentCase().caseTypes == QStringList {QStringLiteral("physical_abuse")});
    CHECK_FALSE(drafts->isVisible()); // no drafts left
}

TEST_CASE("locking while a question is open keeps the edits and does not crash", "[ui][casework][shell]")
{
    UnlockedWindow u(QStringLiteral("en"));
    u.openFirstCase();
    ui::CaseWorkspace *workspace = u.window->caseWorkspace();
    const QString id = workspace->currentCase().id;
    auto *title = workspace->findChild<QLineEdit *>(QStringLiteral("case_title"));
    title->setText(QStringLiteral("Edited just before the lock"));
    // "Save the changes?" is up when the auto-lock (or the screen locker) fires.
    QTimer::singleShot(50, u.window.get(), [&] { u.window->lock(); });
    QTest::keyClick(workspace, Qt::Key_Left, Qt::AltModifier);
    REQUIRE(waitUntil([&] { return !u.window->isUnlocked(); }));
    u.unlock();
    const QString stored = u.window->session()->workspace().cases().get(id)->title;
    CHECK(stored == QStringLiteral("Edited just before the lock"));
}

TEST_CASE("no two controls on a screen share an Alt+letter, in either language", "[ui][shell][keyboard]")
{
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        UnlockedWindow u(language);
        auto check = [&](const QString &screen) {
            QCoreApplication::processEvents();
            INFO(language.toStdString() << " " << screen.toStdString());
            CHECK(test::mnemonicClashes(u.window.get()).join(QStringLiteral("\n")).toStdString() == "");
        };
        check(QStringLiteral("case list"));
        u.openFirstCase();
        ui::CaseWorkspace *workspace = u.window->caseWorkspace();
        for (int tab = 0; tab < workspace->tabs()->count(); ++tab) {
            workspace->tabs()->setCurrentIndex(tab);
            check(QStringLiteral("case tab %1").arg(tab));
        }
        QTest::keyClick(workspace, Qt::Key_Left, Qt::AltModifier);
        QTest::keyClick(u.window.get(), Qt::Key_N, Qt::ControlModifier);
        ui::IntakePage *intake = u.window->intake();
        REQUIRE(intake);
        for (int step = 0; step < 6; ++step) {
            intake->goToStep(step);
            check(QStringLiteral("intake step %1").arg(step));
        }
        intake->discard();
        QTest::keyClick(u.window.get(), Qt::Key_1, Qt::AltModifier);
        check(QStringLiteral("today"));
        ui::Workbench *bench = u.window->workbench();
        QTest::keyClick(u.window.get(), Qt::Key_2, Qt::AltModifier);
        REQUIRE(waitUntil([&] { return bench->clients()->isVisible(); }));
        check(QStringLiteral("clients"));
        bench->openSearchHit(search::SearchHit {QStringLiteral("client"), QString(), QString(),
            u.window->session()->workspace().clients().list(1)->first().id, QString(), QString(), 0});
        ui::ClientWorkspace *client = bench->clientWorkspace();
        REQUIRE(waitUntil([&] { return client->isVisible(); }));
        for (int tab = 0; tab < client->tabs()->count(); ++tab) {
            client->tabs()->setCurrentIndex(tab);
            check(QStringLiteral("client tab %1").arg(tab));
        }
        QTest::keyClick(u.window.get(), Qt::Key_4, Qt::AltModifier);
        REQUIRE(waitUntil([&] { return bench->activities()->isVisible(); }));
        check(QStringLiteral("activities"));
        bench->activities()->newActivity();
        check(QStringLiteral("activity editor"));
        bench->activities()->showList();
        QTest::keyClick(u.window.get(), Qt::Key_5, Qt::AltModifier);
        check(QStringLiteral("parties"));
        QTest::keyClick(u.window.get(), Qt::Key_6, Qt::AltModifier);
        check(QStringLiteral("directory"));
        u.window->lock();
        check(QStringLiteral("profile screen"));
    }
}

TEST_CASE("the section bar stays with unsaved edits, and Back returns where the case was opened from",
    "[ui][shell][navigation]")
{
    UnlockedWindow u(QStringLiteral("en"));
    ui::Workbench *bench = u.window->workbench();
    ui::NavigationBar *bar = bench->navigation();
    u.openFirstCase();
    ui::CaseWorkspace *workspace = u.window->caseWorkspace();
    workspace->findChild<QLineEdit *>(QStringLiteral("case_title"))->setText(QStringLiteral("Not saved yet"));

    // Alt+1 with unsaved details: "Cancel" keeps the case on screen, and the bar says Cases.
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(u.window.get(), Qt::Key_1, Qt::AltModifier);
    REQUIRE(waitUntil([&] { return bar->currentSection() == ui::Section::Cases; }));
    CHECK(workspace->isVisible());
    workspace->details()->revert();

    // Clicking Cases, already chosen, goes back to the list.
    const QRect casesRow = bar->visualItemRect(bar->item(2));
    QTest::mouseClick(bar->viewport(), Qt::LeftButton, {}, casesRow.center());
    REQUIRE(waitUntil([&] { return u.window->caseList()->isVisible(); }));

    // Opened from Today, Back goes to Today.
    u.window->activateWindow(); // the message box took the activation with it
    REQUIRE(QTest::qWaitForWindowActive(u.window.get()));
    QTest::keyClick(u.window.get(), Qt::Key_1, Qt::AltModifier);
    REQUIRE(waitUntil([&] { return bench->today()->isVisible(); }));
    QListWidget *recent = bench->today()->recentCases();
    REQUIRE(recent->count() > 0);
    recent->setFocus();
    recent->setCurrentRow(0);
    QTest::keyClick(recent, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return workspace->isVisible(); }));
    QTest::keyClick(workspace, Qt::Key_Left, Qt::AltModifier);
    REQUIRE(waitUntil([&] { return bench->today()->isVisible(); }));
    CHECK(bar->currentSection() == ui::Section::Today);

    // Opened from a client's record, Back goes to her record.
    const QString clientId = workspace->currentCase().clientId;
    bench->openSearchHit(
        search::SearchHit {QStringLiteral("client"), clientId, QString(), clientId, QString(), QString(), 0});
    ui::ClientWorkspace *client = bench->clientWorkspace();
    REQUIRE(waitUntil([&] { return client->isVisible(); }));
    CHECK(bar->currentSection() == ui::Section::Clients);
    emit client->caseActivated(workspace->currentCase().id);
    REQUIRE(waitUntil([&] { return workspace->isVisible(); }));
    CHECK(bar->currentSection() == ui::Section::Cases);
    QTest::keyClick(workspace, Qt::Key_Left, Qt::AltModifier);
    REQUIRE(waitUntil([&] { return client->isVisible(); }));
    CHECK(bar->currentSection() == ui::Section::Clients);
}
