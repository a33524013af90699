#include "cases/CaseListPage.h"
#include "casework/CaseWorkspace.h"
#include "casework/DeadlineModel.h"
#include "casework/DeadlinesTab.h"
#include "casework/TimelineModel.h"
#include "casework/TimelineTab.h"
#include "common/CodeChecklist.h"
#include "common/CodeCombo.h"
#include "i18n/LanguageManager.h"
#include "intake/IntakePage.h"
#include "repo/Workspace.h"
#include "search/GlobalSearchBox.h"
#include "search/GlobalSearchModel.h"
#include "shell/MainWindow.h"
#include "shell/Workbench.h"
#include "support/QtPrinters.h"
#include "support/TempDir.h"
#include "today/AgendaModel.h"
#include "today/TodayPage.h"
#include "ui/FindChild.h"
#include "ui/ProfileWindow.h"
#include "ui/UiWait.h"
#include "unlock/CreateProfileDialog.h"
#include "unlock/ProfileService.h"
#include "unlock/Session.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace lintas;
using test::child;
using test::waitUntil;

namespace {

const QString kPassphrase = QStringLiteral("sambal terasi pedas sekali");

} // namespace

// The journey the issue asks for, as one person on an empty laptop would make it, mostly by
// keyboard: create a profile → take in a case → edit it → add a note and a deadline → lock →
// unlock → find the case again from the search field → switch language.
TEST_CASE("a new user's first case, end to end", "[ui][shell][e2e]")
{
    test::ProfilesFolder profiles(QStringLiteral("en"));
    ui::MainWindow window(profiles.service, profiles.languages);
    test::showActive(window);

    // 1. Create the profile and pass the recovery code.
    test::createProfileInWindow(window, kPassphrase);
    REQUIRE(waitUntil([&] { return window.workbench()->today()->isVisible(); }));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // 2. Take in a case: Alt+3 to the cases, Ctrl+N, six steps.
    QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
    REQUIRE(waitUntil([&] { return window.caseList()->isVisible(); }));
    QTest::keyClick(window.focusWidget(), Qt::Key_N, Qt::ControlModifier);
    ui::IntakePage *intake = window.intake();
    REQUIRE(intake);
    REQUIRE(waitUntil([&] { return intake->isVisible(); }));
    auto *name = child<QLineEdit>(*intake, QStringLiteral("client_full_name"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Sumiyati binti Karto"));
    child<QLineEdit>(*intake, QStringLiteral("phones_number"))->setText(QStringLiteral("+852 6123 4567"));
    QTest::keyClick(name, Qt::Key_PageDown, Qt::ControlModifier);
    REQUIRE(intake->currentStep() == 1);
    child<ui::CodeChecklist>(*intake, QStringLiteral("case_case_types"))->setCodes({QStringLiteral("unpaid_wages")});
    child<ui::CodeChecklist>(*intake, QStringLiteral("case_jurisdictions"))->setCodes({QStringLiteral("hk")});
    child<QLineEdit>(*intake, QStringLiteral("case_title"))->setText(QStringLiteral("Wages unpaid since August"));
    intake->goToStep(2);
    child<QPlainTextEdit>(*intake, QStringLiteral("case_chronology"))
        ->setPlainText(QStringLiteral("Dismissed on 20 October; wages for August to October never paid."));
    intake->goToStep(3);
    QTest::mouseClick(child<QPushButton>(*intake, QStringLiteral("intakeAddClaim")), Qt::LeftButton);
    child<ui::CodeCombo>(*intake, QStringLiteral("claims_0_claim_type"))->setCode(QStringLiteral("wages_arrears"));
    child<QLineEdit>(*intake, QStringLiteral("claims_0_amount_claimed"))->setText(QStringLiteral("14,190"));
    intake->goToStep(5);
    QTest::mouseClick(child<QPushButton>(*intake, QStringLiteral("intakeCreate")), Qt::LeftButton);
    ui::CaseWorkspace *workspace = window.caseWorkspace();
    REQUIRE(waitUntil([&] { return workspace->isVisible(); }));
    const QString caseId = workspace->currentCase().id;
    const QString reference = workspace->currentCase().reference;
    CHECK(workspace->currentCase().title == QStringLiteral("Wages unpaid since August"));

    // 3. Edit a detail and save with Ctrl+S.
    auto *title = child<QLineEdit>(*workspace, QStringLiteral("case_title"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Wages unpaid Aug to Oct, dismissed without notice"));
    QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(waitUntil([&] {
        return window.session()->workspace().cases().get(caseId)->title
            == QStringLiteral("Wages unpaid Aug to Oct, dismissed without notice");
    }));

    // 4. A note (Ctrl+2, Ctrl+Enter) and a deadline (Ctrl+3).
    QTest::keyClick(workspace, Qt::Key_2, Qt::ControlModifier);
    auto *body = child<QPlainTextEdit>(*workspace, QStringLiteral("noteBody"));
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("Employer's agency in Mong Kok refuses to give her the payslips."));
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(workspace->timeline()->model()->rowCount() >= 1);
    QTest::keyClick(workspace, Qt::Key_3, Qt::ControlModifier);
    child<QLineEdit>(*workspace, QStringLiteral("deadlineTitle"))
        ->setText(QStringLiteral("Ask the agency for payslips"));
    const QDate due = QDate::currentDate().addDays(3);
    child<QDateEdit>(*workspace, QStringLiteral("deadlineDue"))->setDate(due);
    QTest::mouseClick(child<QPushButton>(*workspace, QStringLiteral("addDeadlineButton")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return workspace->deadlines()->model()->rowCount() >= 1; }));

    // 5. Lock with Ctrl+L and unlock.
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return !window.isUnlocked(); }));
    CHECK(window.caseWorkspace() == nullptr);
    auto *passphrase = child<QLineEdit>(window, QStringLiteral("passphraseEdit"));
    REQUIRE(waitUntil([&] { return passphrase->isVisible(); }));
    passphrase->setFocus();
    QTest::keyClicks(passphrase, kPassphrase);
    QTest::keyClick(passphrase, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return window.isUnlocked(); }));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // The deadline is on Today.
    ui::TodayPage *today = window.workbench()->today();
    REQUIRE(waitUntil([&] { return today->isVisible(); }));
    REQUIRE(today->tasks()->rowCount() == 1);
    CHECK(today->tasks()->index(0, ui::AgendaModel::Case).data().toString() == reference);
    CHECK(today->tasks()->index(0, ui::AgendaModel::When).data().toString() == QStringLiteral("in 3 days"));

    // Enter on it opens the case on its Deadlines tab with that deadline chosen; Back returns to Today.
    auto *taskTable = child<QTableView>(*today, QStringLiteral("taskTable"));
    taskTable->setFocus();
    taskTable->setCurrentIndex(today->tasks()->index(0, 0));
    QTest::keyClick(taskTable, Qt::Key_Return);
    workspace = window.caseWorkspace();
    REQUIRE(waitUntil([&] { return workspace->isVisible(); }));
    CHECK(workspace->tabs()->currentWidget() == workspace->deadlines());
    auto *deadlineTable = child<QTableView>(*workspace->deadlines(), QStringLiteral("deadlineTable"));
    REQUIRE(deadlineTable->currentIndex().isValid());
    CHECK(workspace->deadlines()->model()->deadlineAt(deadlineTable->currentIndex().row())->title
        == QStringLiteral("Ask the agency for payslips"));
    QTest::keyClick(workspace, Qt::Key_Left, Qt::AltModifier);
    REQUIRE(waitUntil([&] { return today->isVisible(); }));

    // 6. Find the case again: Ctrl+K, part of her name, Enter.
    ui::GlobalSearchBox *search = window.globalSearch();
    REQUIRE(waitUntil([&] { return search->isVisible(); })); // the toolbar lays out after a pass of the loop
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    REQUIRE(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("sumiy"));
    REQUIRE(waitUntil([&] { return search->resultsShown(); }));
    int caseRow = -1;
    for (int row = 0; row < search->model()->rowCount(); ++row) {
        if (search->model()->hitAt(row)->kind == QLatin1String("case"))
            caseRow = row;
    }
    REQUIRE(caseRow >= 0);
    for (int i = 0; i < caseRow; ++i)
        QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search, Qt::Key_Return);
    workspace = window.caseWorkspace();
    REQUIRE(waitUntil([&] { return workspace->isVisible(); }));
    CHECK(workspace->currentCase().id == caseId);
    CHECK(workspace->currentCase().title == QStringLiteral("Wages unpaid Aug to Oct, dismissed without notice"));
    bool noteKept = false;
    for (int row = 0; row < workspace->timeline()->model()->rowCount(); ++row)
        noteKept |= workspace->timeline()->model()->noteAt(row)->body.contains(QStringLiteral("Mong Kok"));
    CHECK(noteKept);

    // 7. Switch to Bahasa Indonesia: the open case follows.
    QTest::mouseClick(child<QToolButton>(window, QStringLiteral("language_id")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return window.lockAction()->text() == QStringLiteral("Kunci"); }));
    CHECK(workspace->tabs()->tabText(0) != QStringLiteral("Details"));
    profiles.languages.setLanguage(QStringLiteral("en"));
}
