#include "casework/SuggestDeadlinesDialog.h"
#include "common/CodeChecklist.h"
#include "intake/IntakePage.h"
#include "repo/Workspace.h"
#include "rules/DeadlineRuleSet.h"
#include "search/GlobalSearchBox.h"
#include "ui/Screenshots.h"
#include "ui/shell/UnlockedWindow.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lintas;
using test::UnlockedWindow;
using test::waitUntil;

// Not a check: renders the case screens for docs/screenshots/ (see ScreenshotTest.cpp).
TEST_CASE("screenshots of the case workspace", "[.screenshots]")
{
    const QString out = test::screenshotDir();
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        UnlockedWindow u(language);
        u.openFirstCase();
        ui::CaseWorkspace *workspace = u.window->caseWorkspace();
        test::saveScreenshot(*u.window, out, QStringLiteral("case-details-%1.png").arg(language));
        workspace->tabs()->setCurrentIndex(1);
        test::saveScreenshot(*u.window, out, QStringLiteral("case-timeline-%1.png").arg(language));
        workspace->tabs()->setCurrentIndex(2);
        test::saveScreenshot(*u.window, out, QStringLiteral("case-deadlines-%1.png").arg(language));
        workspace->tabs()->setCurrentIndex(3);
        test::saveScreenshot(*u.window, out, QStringLiteral("case-claims-%1.png").arg(language));
        // The rules dialog for an unpaid-wages case in Hong Kong whose employment ended in October.
        domain::Case hk = workspace->currentCase();
        hk.caseTypes = {QStringLiteral("unpaid_wages")};
        hk.jurisdictions = {QStringLiteral("hk")};
        auto ruleSet = rules::DeadlineRuleSet::bundled();
        REQUIRE(ruleSet.ok());
        ui::SuggestDeadlinesDialog dialog(u.window->session()->workspace(), hk, *ruleSet, u.window.get());
        dialog.setTriggerDate(QStringLiteral("termination"), QDate(2026, 10, 20));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        test::saveScreenshot(dialog, out, QStringLiteral("deadline-rules-%1.png").arg(language));
        dialog.close();

        // The intake, part-way through.
        QTest::keyClick(workspace, Qt::Key_Left, Qt::AltModifier);
        QTest::mouseClick(u.window->findChild<QPushButton *>(QStringLiteral("newCaseButton")), Qt::LeftButton);
        ui::IntakePage *intake = u.window->intake();
        REQUIRE(intake);
        intake->findChild<QLineEdit *>(QStringLiteral("client_full_name"))->setText(QStringLiteral("Wartini"));
        intake->findChild<QLineEdit *>(QStringLiteral("phones_number"))->setText(QStringLiteral("+852 6123 4567"));
        test::saveScreenshot(*u.window, out, QStringLiteral("intake-client-%1.png").arg(language));
        intake->goToStep(1);
        intake->findChild<ui::CodeChecklist *>(QStringLiteral("case_case_types"))
            ->setCodes({QStringLiteral("unpaid_wages"), QStringLiteral("agency_overcharging")});
        intake->findChild<ui::CodeChecklist *>(QStringLiteral("case_jurisdictions"))->setCodes({QStringLiteral("hk")});
        intake->goToStep(2);
        intake->findChild<QPlainTextEdit *>(QStringLiteral("case_chronology"))
            ->setPlainText(
                QStringLiteral("Dismissed on 20 October without notice; wages for September and October unpaid."));
        intake->findChild<QCheckBox *>(QStringLiteral("trigger_termination"))->setChecked(true);
        intake->findChild<QDateEdit *>(QStringLiteral("triggerDate_termination"))->setDate(QDate(2026, 10, 20));
        test::saveScreenshot(*u.window, out, QStringLiteral("intake-chronology-%1.png").arg(language));
        intake->goToStep(5);
        test::saveScreenshot(*u.window, out, QStringLiteral("intake-review-%1.png").arg(language));
        intake->close(); // kept as a draft of this throwaway profile
    }
}

// Not a check: renders the Today page and the global search for docs/screenshots/.
TEST_CASE("screenshots of Today and the global search", "[.screenshots]")
{
    const QString out = test::screenshotDir();
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        UnlockedWindow u(language);
        repo::Workspace &ws = u.window->session()->workspace();
        const QDate today = QDate::currentDate();
        struct Due {
            int row;
            int days;
            const char *kind;
            const char *title;
        };
        const Due dues[] = {{0, -2, "notice_of_claim", "Notice of claim to employer (Labour Department)"},
            {1, 0, "task", "Call BP3MI Lampung about the placement contract"},
            {2, 3, "hearing", "Labour Tribunal call-over"},
            {3, 9, "hearing", "Minor Employment Claims Adjudication Board hearing"},
            {0, 2, "task", "Collect payslips from the shelter"}};
        for (const Due &due : dues) {
            domain::Deadline d;
            d.caseId = u.window->caseList()->model()->caseAt(due.row)->id;
            d.kind = QString::fromLatin1(due.kind);
            d.title = QString::fromUtf8(due.title);
            d.dueOn = today.addDays(due.days);
            REQUIRE(ws.deadlines().create(d).ok());
        }
        QTest::keyClick(u.window.get(), Qt::Key_1, Qt::AltModifier);
        REQUIRE(waitUntil([&] { return u.window->workbench()->today()->isVisible(); }));
        test::saveScreenshot(*u.window, out, QStringLiteral("today-%1.png").arg(language));

        ui::GlobalSearchBox *search = u.window->globalSearch();
        QTest::keyClick(u.window.get(), Qt::Key_K, Qt::ControlModifier);
        QTest::keyClicks(search, QStringLiteral("sit"));
        search->searchNow();
        REQUIRE(search->resultsShown());
        test::saveScreenshot(*u.window, out, QStringLiteral("search-%1.png").arg(language));
    }
}
