#include "casework/CaseWorkspace.h"
#include "casework/CaseDetailsForm.h"
#include "casework/ClaimModel.h"
#include "casework/ClaimsTab.h"
#include "casework/DeadlineModel.h"
#include "casework/DeadlinesTab.h"
#include "casework/SuggestDeadlinesDialog.h"
#include "casework/TimelineModel.h"
#include "casework/TimelineTab.h"
#include "common/CodeChecklist.h"
#include "common/CodeCombo.h"
#include "i18n/LanguageManager.h"
#include "rules/DeadlineRuleSet.h"
#include "support/QtPrinters.h"
#include "support/WorkspaceFixture.h"
#include "ui/FindChild.h"
#include "ui/UiWait.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace lintas;
using test::child;

namespace {

// Answers the next message box with `button` once it is up (message boxes run their own loop).
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        box->button(button)->click();
    });
}

struct OpenCase {
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    domain::Case kase;
    std::unique_ptr<ui::CaseWorkspace> workspace;

    OpenCase()
    {
        languages.setLanguage(QStringLiteral("en"));
        kase = f.addCase(f.addClient(QStringLiteral("Siti Aminah")).id);
        workspace = std::make_unique<ui::CaseWorkspace>(*f.ws, QStringLiteral("Dewi (caseworker)"));
        REQUIRE(workspace->openCase(kase.id));
        workspace->resize(1100, 720);
        workspace->show();
        workspace->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(workspace.get()));
    }
};

} // namespace

TEST_CASE("the case workspace edits the case's fields and saves only what changed", "[ui][casework]")
{
    OpenCase o;
    ui::CaseWorkspace &w = *o.workspace;
    CHECK(child<QLabel>(w, "caseHeading")->text().contains(QStringLiteral("Siti Aminah")));
    auto *save = child<QPushButton>(w, "saveCaseButton");
    CHECK_FALSE(save->isEnabled()); // nothing typed yet

    QTest::keyClicks(child<QLineEdit>(w, "case_title"), QStringLiteral("Unpaid wages, Kowloon employer"));
    child<ui::CodeCombo>(w, "case_risk")->setCode(QStringLiteral("high"));
    child<QCheckBox>(w, "case_safety_flag")->setChecked(true);
    child<ui::CodeChecklist>(w, "case_case_types")
        ->setCodes({QStringLiteral("unpaid_wages"), QStringLiteral("agency_overcharging")});
    child<ui::CodeChecklist>(w, "case_forums")->setCodes({QStringLiteral("labour_tribunal")});
    child<QLineEdit>(w, "case_assignees")->setText(QStringLiteral("Dewi,  Ani , Dewi"));
    QTest::keyClicks(child<QPlainTextEdit>(w, "case_chronology"), QStringLiteral("Left the employer on 3 March."));
    CHECK(w.details()->isDirty());
    CHECK(save->isEnabled());

    const int outboxBefore = o.f.outboxCount();
    child<QPlainTextEdit>(w, "case_chronology")->setFocus();
    QTest::keyClick(child<QPlainTextEdit>(w, "case_chronology"), Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(w.details()->isDirty());
    auto stored = o.f.ws->cases().get(o.kase.id);
    REQUIRE(stored.ok());
    CHECK(stored->title == QStringLiteral("Unpaid wages, Kowloon employer"));
    CHECK(stored->risk == QStringLiteral("high"));
    CHECK(stored->safetyFlag);
    CHECK(stored->caseTypes.size() == 2);
    CHECK(stored->forums == QStringList {QStringLiteral("labour_tribunal")});
    QStringList assignees = stored->assignees; // a set: stored in no particular order
    assignees.sort();
    CHECK(assignees == QStringList {QStringLiteral("Ani"), QStringLiteral("Dewi")}); // once each, trimmed
    CHECK(stored->chronology == QStringLiteral("Left the employer on 3 March."));
    CHECK(o.f.outboxCount() > outboxBefore);
    CHECK(child<QLabel>(w, "caseSafetyBanner")->isVisible());

    // Saving again with nothing changed writes nothing.
    const int outboxAfter = o.f.outboxCount();
    const bool savedAgain = w.details()->save();
    INFO(child<QLabel>(w, "caseDetailsError")->text().toStdString());
    CHECK(savedAgain);
    CHECK(o.f.outboxCount() == outboxAfter);
}

TEST_CASE("a refused save says what to fix next to the field and keeps what was typed", "[ui][casework]")
{
    OpenCase o;
    ui::CaseWorkspace &w = *o.workspace;
    auto *status = child<ui::CodeCombo>(w, "case_status");
    // Only the statuses the workflow allows from "intake" are offered.
    QStringList offered;
    for (int i = 0; i < status->count(); ++i)
        offered << status->itemData(i).toString();
    CHECK(offered == QStringList {QStringLiteral("intake"), QStringLiteral("assessment"), QStringLiteral("closed")});

    QTest::keyClicks(child<QPlainTextEdit>(w, "case_demands"), QStringLiteral("Unpaid wages for 4 months"));
    status->setCode(QStringLiteral("closed"));
    auto *closedOn = child<QDateEdit>(w, "case_closed_on");
    CHECK(closedOn->isEnabled());
    closedOn->setDate(o.kase.openedOn.addDays(-3)); // before the case was opened
    const int outboxBefore = o.f.outboxCount();
    CHECK_FALSE(w.details()->save());
    auto *error = child<QLabel>(w, "caseDetailsError");
    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("Closed on cannot be before the date it starts from."));
    CHECK(closedOn->hasFocus());
    CHECK(o.f.outboxCount() == outboxBefore); // nothing written
    CHECK(child<QPlainTextEdit>(w, "case_demands")->toPlainText() == QStringLiteral("Unpaid wages for 4 months"));

    // In Indonesian the message is Indonesian.
    o.languages.setLanguage(QStringLiteral("id"));
    REQUIRE(test::waitUntil(
        [&] { return child<QPushButton>(w, "saveCaseButton")->text() != QStringLiteral("&Save changes"); }));
    CHECK_FALSE(w.details()->save());
    CHECK(error->text().startsWith(QStringLiteral("Tanggal ditutup")));

    closedOn->setDate(o.kase.openedOn);
    CHECK(w.details()->save());
    CHECK_FALSE(error->isVisible());
    CHECK(o.f.ws->cases().get(o.kase.id)->status == QStringLiteral("closed"));
}

TEST_CASE("the timeline appends entries and corrections and never edits one", "[ui][casework]")
{
    OpenCase o;
    ui::TimelineTab &tab = *o.workspace->timeline();
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    o.workspace->tabs()->setCurrentWidget(&tab);

    // An empty entry is refused with a message.
    CHECK_FALSE(tab.addEntry());
    CHECK(child<QLabel>(tab, "noteError")->text() == QStringLiteral("What happened is needed."));

    child<ui::CodeCombo>(tab, "noteKind")->setCode(QStringLiteral("call"));
    QTest::keyClicks(
        child<QPlainTextEdit>(tab, "noteBody"), QStringLiteral("Called the agency; they deny owing HK$5,100."));
    CHECK(tab.hasUnsavedText());
    child<QPlainTextEdit>(tab, "noteBody")->setFocus();
    QTest::keyClick(child<QPlainTextEdit>(tab, "noteBody"), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(tab.model()->rowCount() == 1);
    CHECK_FALSE(tab.hasUnsavedText());
    const domain::Note first = *tab.model()->noteAt(0);
    CHECK(first.kind == QStringLiteral("call"));
    CHECK(first.author == QStringLiteral("Dewi (caseworker)"));
    CHECK(first.occurredAt == o.f.clock.nowMs()); // when it was typed, unless the user says otherwise

    // Correct it: a new entry pointing at the first, which stays as it was.
    auto *table = child<QTableView>(tab, "timelineTable");
    table->selectRow(0);
    CHECK(child<QPlainTextEdit>(tab, "timelineReader")->toPlainText().contains(QStringLiteral("HK$5,100")));
    tab.correctSelected();
    auto *body = child<QPlainTextEdit>(tab, "noteBody");
    CHECK(body->toPlainText() == first.body); // starts from what was written
    body->setPlainText(QStringLiteral("Called the agency; they deny owing HK$5,600."));
    REQUIRE(tab.addEntry());
    REQUIRE(tab.model()->rowCount() == 2);
    const domain::Note correction = *tab.model()->noteAt(1);
    CHECK(correction.kind == QStringLiteral("correction"));
    CHECK(correction.correctsNoteId == first.id);
    CHECK(o.f.ws->notes().get(first.id)->body == first.body);
    CHECK(tab.model()
              ->index(0, ui::TimelineModel::Text)
              .data()
              .toString()
              .startsWith(QStringLiteral("[Corrected below]")));
    CHECK(tab.model()
              ->index(1, ui::TimelineModel::Text)
              .data()
              .toString()
              .startsWith(QStringLiteral("Corrects the entry of")));

    o.languages.setLanguage(QStringLiteral("id"));
    REQUIRE(test::waitUntil([&] {
        return tab.model()->index(0, ui::TimelineModel::Kind).data().toString() == QStringLiteral("Panggilan telepon");
    }));
    CHECK(tab.model()->headerData(ui::TimelineModel::Author, Qt::Horizontal).toString()
        == QStringLiteral("Dicatat oleh"));
    CHECK(tab.model()->index(0, ui::TimelineModel::Kind).data().toString() == QStringLiteral("Panggilan telepon"));
}

TEST_CASE("deadlines are added by hand, marked done and taken from the rules with their source", "[ui][casework]")
{
    OpenCase o;
    ui::DeadlinesTab &tab = *o.workspace->deadlines();
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    o.workspace->tabs()->setCurrentWidget(&tab);

    // By hand. Without a title it is refused and the typed notes stay.
    child<QLineEdit>(tab, "deadlineNotes")->setText(QStringLiteral("bring the payslips"));
    CHECK_FALSE(tab.addDeadline());
    CHECK(child<QLabel>(tab, "deadlineError")->text() == QStringLiteral("What is needed."));
    CHECK(child<QLineEdit>(tab, "deadlineNotes")->text() == QStringLiteral("bring the payslips"));
    QTest::keyClicks(child<QLineEdit>(tab, "deadlineTitle"), QStringLiteral("Visit the Labour Department"));
    QTest::keyClick(child<QLineEdit>(tab, "deadlineTitle"), Qt::Key_Return);
    REQUIRE(tab.model()->rowCount() == 1);
    CHECK(tab.model()->index(0, ui::DeadlineModel::Source).data().toString() == QStringLiteral("Set by hand"));
    CHECK(tab.model()->index(0, ui::DeadlineModel::State).data().toString() == QStringLiteral("In 7 days"));

    child<QTableView>(tab, "deadlineTable")->selectRow(0);
    tab.toggleDone();
    CHECK(tab.model()->deadlineAt(0)->doneOn.isValid());
    CHECK(tab.model()->index(0, ui::DeadlineModel::State).data().toString().startsWith(QStringLiteral("Done ")));

    // From the rules: the employment ended on 1 Nov 2026 (an HK unpaid-wages case).
    auto ruleSet = rules::DeadlineRuleSet::bundled();
    REQUIRE(ruleSet.ok());
    ui::SuggestDeadlinesDialog dialog(*o.f.ws, o.kase, *ruleSet);
    CHECK(dialog.suggestions().isEmpty()); // no date known yet
    dialog.setTriggerDate(QStringLiteral("termination"), QDate(2026, 11, 1));
    REQUIRE_FALSE(dialog.suggestions().isEmpty());
    const auto twoWeeks = std::find_if(dialog.suggestions().cbegin(), dialog.suggestions().cend(),
        [](const rules::SuggestedDeadline &s) { return s.ruleId == QStringLiteral("hk_two_week_rule"); });
    REQUIRE(twoWeeks != dialog.suggestions().cend());
    CHECK(twoWeeks->dueDate == QDate(2026, 11, 15));
    const int offered = int(dialog.chosen().size());
    dialog.accept();
    CHECK(dialog.added() == offered);
    tab.setCase(o.kase);
    REQUIRE(tab.model()->rowCount() == 1 + offered);
    bool sawRule = false;
    for (int row = 0; row < tab.model()->rowCount(); ++row) {
        const domain::Deadline *d = tab.model()->deadlineAt(row);
        if (d->ruleId != QStringLiteral("hk_two_week_rule"))
            continue;
        sawRule = true;
        CHECK(d->triggerDate == QDate(2026, 11, 1));
        CHECK_FALSE(d->source.isEmpty());
        CHECK(tab.model()->index(row, ui::DeadlineModel::Source).data().toString() == d->source);
        CHECK(tab.model()
                  ->index(row, ui::DeadlineModel::Source)
                  .data(Qt::ToolTipRole)
                  .toString()
                  .contains(QStringLiteral("hk_two_week_rule")));
    }
    CHECK(sawRule);

    // Asked again, the dialog knows the date and offers nothing twice.
    ui::SuggestDeadlinesDialog again(*o.f.ws, o.kase, *ruleSet);
    CHECK(again.suggestions().size() == offered);
    CHECK(again.chosen().isEmpty());
}

TEST_CASE("leaving a case with unsaved edits asks first", "[ui][casework]")
{
    OpenCase o;
    ui::CaseWorkspace &w = *o.workspace;
    CHECK(w.confirmLeave()); // nothing typed: no question

    QTest::keyClicks(child<QLineEdit>(w, "case_title"), QStringLiteral("Draft title"));
    answerNextMessageBox(QMessageBox::Cancel);
    CHECK_FALSE(w.confirmLeave());
    CHECK(child<QLineEdit>(w, "case_title")->text() == QStringLiteral("Draft title"));

    answerNextMessageBox(QMessageBox::Save);
    CHECK(w.confirmLeave());
    CHECK(o.f.ws->cases().get(o.kase.id)->title == QStringLiteral("Draft title"));

    QTest::keyClicks(child<QPlainTextEdit>(w, "noteBody"), QStringLiteral("half a note"));
    answerNextMessageBox(QMessageBox::Cancel);
    CHECK_FALSE(w.confirmLeave());
    CHECK(w.tabs()->currentWidget() == w.timeline());
    answerNextMessageBox(QMessageBox::Discard);
    CHECK(w.confirmLeave());
}

TEST_CASE("claims form a ledger with totals per currency, typed the language's way", "[ui][casework]")
{
    OpenCase o; // an unpaid-wages case in Hong Kong
    ui::ClaimsTab &tab = *o.workspace->claims();
    QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    o.workspace->tabs()->setCurrentWidget(&tab);
    CHECK(child<ui::CodeCombo>(tab, "claimCurrency")->code() == QStringLiteral("HKD")); // from the country
    CHECK(child<QLabel>(tab, "claimTotals")->text() == QStringLiteral("No claims yet."));

    // An amount the language does not write that way is refused, and the text stays.
    auto *claimed = child<QLineEdit>(tab, "amountClaimed");
    claimed->setText(QStringLiteral("5.100,50"));
    CHECK_FALSE(tab.saveClaim());
    CHECK(child<QLabel>(tab, "claimError")->text()
        == QStringLiteral("Claimed: write an amount in HKD such as 5,100.50."));
    CHECK(claimed->text() == QStringLiteral("5.100,50"));
    CHECK(tab.model()->rowCount() == 0);

    claimed->setText(QStringLiteral("5,100.50"));
    REQUIRE(tab.saveClaim());
    REQUIRE(tab.model()->rowCount() == 1);
    CHECK(tab.model()->claimAt(0)->amountClaimed == 510050);
    CHECK(tab.model()->index(0, ui::ClaimModel::Claimed).data().toString() == QStringLiteral("HK$5,100.50"));

    // The selected claim takes an award and a payment.
    child<QLineEdit>(tab, "amountAwarded")->setText(QStringLiteral("4000"));
    REQUIRE(tab.saveClaim());
    CHECK(tab.model()->claimAt(0)->amountAwarded == 400000);
    child<QLineEdit>(tab, "paymentAmount")->setText(QStringLiteral("1,500"));
    REQUIRE(tab.recordPayment());
    CHECK(tab.model()->paidOn(0) == 150000);
    CHECK(child<QLabel>(tab, "claimTotals")->text()
        == QStringLiteral("HKD: claimed HK$5,100.50 · offered HK$0 · awarded HK$4,000 · paid HK$1,500 · still owed "
                          "HK$2,500"));

    // A second claim in rupiah (agency fee refund in Indonesia) is totalled apart.
    tab.newClaim();
    child<ui::CodeCombo>(tab, "claimType")->setCode(QStringLiteral("agency_fee_refund"));
    child<ui::CodeCombo>(tab, "claimCurrency")->setCode(QStringLiteral("IDR"));
    child<QLineEdit>(tab, "amountClaimed")->setText(QStringLiteral("15,000,000"));
    REQUIRE(tab.saveClaim());
    REQUIRE(tab.model()->rowCount() == 2);
    CHECK(child<QLabel>(tab, "claimTotals")->text().contains(QStringLiteral("IDR: claimed Rp15,000,000")));

    // In Indonesian the ledger and the form write amounts the Indonesian way.
    o.languages.setLanguage(QStringLiteral("id"));
    REQUIRE(test::waitUntil(
        [&] { return child<QLabel>(tab, "claimTotals")->text().contains(QStringLiteral("Rp15.000.000")); }));
    CHECK(tab.model()->index(0, ui::ClaimModel::Claimed).data().toString() == QStringLiteral("HK$5.100,50"));
    CHECK(child<QLineEdit>(tab, "amountClaimed")->text() == QStringLiteral("15.000.000"));
}
