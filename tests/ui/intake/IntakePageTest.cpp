#include "intake/IntakePage.h"
#include "casework/TriggerDatesEditor.h"
#include "common/CodeChecklist.h"
#include "common/CodeCombo.h"
#include "i18n/LanguageManager.h"
#include "intake/DuplicateWarning.h"
#include "intake/IntakeClientStep.h"
#include "intake/IntakeDemandsStep.h"
#include "intake/IntakeReviewStep.h"
#include "repo/IntakeDrafts.h"
#include "support/QtPrinters.h"
#include "support/WorkspaceFixture.h"
#include "ui/FindChild.h"
#include "ui/UiWait.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lintas;
using test::child;

namespace {

struct Intake {
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    std::unique_ptr<ui::IntakePage> page;

    Intake()
    {
        languages.setLanguage(QStringLiteral("en"));
        auto rules = rules::DeadlineRuleSet::bundled();
        REQUIRE(rules.ok());
        page = std::make_unique<ui::IntakePage>(*f.ws, QStringLiteral("Dewi"), *rules);
        page->resize(1100, 700);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
    }

    repo::IntakeDrafts drafts() { return repo::IntakeDrafts(*f.db, f.clock, f.random); }
};

} // namespace

TEST_CASE("an intake goes step by step, is saved half-way, resumed, and makes the case in one go", "[ui][intake]")
{
    Intake in;
    ui::IntakePage &page = *in.page;
    CHECK_FALSE(page.hasContent());
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("client_full_name")), QStringLiteral("Siti Aminah"));
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("client_nik")),
        QStringLiteral("18x01234567890001 9")); // digits only, 16 at most
    CHECK(child<QLineEdit>(page, QStringLiteral("client_nik"))->text() == QStringLiteral("1801234567890001"));
    child<QLineEdit>(page, QStringLiteral("phones_number"))->setText(QStringLiteral("+62 812 3456 7890"));
    CHECK(page.hasContent());

    page.next(); // moving on saves the draft
    CHECK(page.currentStep() == 1);
    REQUIRE(in.drafts().list()->size() == 1);
    child<ui::CodeChecklist>(page, QStringLiteral("case_case_types"))->setCodes({QStringLiteral("unpaid_wages")});
    child<ui::CodeChecklist>(page, QStringLiteral("case_jurisdictions"))->setCodes({QStringLiteral("hk")});

    page.next();
    // The chronology step asks for the dates the rules for an HK unpaid-wages case count from.
    QTest::keyClicks(child<QPlainTextEdit>(page, QStringLiteral("case_chronology")),
        QStringLiteral("Dismissed on 1 November; last two months unpaid."));
    child<QCheckBox>(page, QStringLiteral("trigger_termination"))->setChecked(true);
    child<QDateEdit>(page, QStringLiteral("triggerDate_termination"))->setDate(QDate(2026, 11, 1));

    page.next();
    auto *demands = static_cast<ui::IntakeDemandsStep *>(page.step(3));
    demands->addClaimRow();
    CHECK(child<ui::CodeCombo>(page, QStringLiteral("claims_0_currency"))->code() == QStringLiteral("HKD"));
    child<QLineEdit>(page, QStringLiteral("claims_0_amount_claimed"))->setText(QStringLiteral("10,200"));

    // Cut short: the page goes (as when Lintas locks); the draft holds everything.
    REQUIRE(page.saveDraft());
    const QString draftId = page.draft().id;
    in.page.reset();
    auto rules = rules::DeadlineRuleSet::bundled();
    in.page = std::make_unique<ui::IntakePage>(*in.f.ws, QStringLiteral("Dewi"), *rules);
    in.page->show();
    ui::IntakePage &resumed = *in.page;
    REQUIRE(resumed.resume(draftId));
    CHECK(resumed.currentStep() == 3); // where she left off
    CHECK(child<QLineEdit>(resumed, QStringLiteral("claims_0_amount_claimed"))->text() == QStringLiteral("10,200"));
    CHECK(child<QLineEdit>(resumed, QStringLiteral("client_full_name"))->text() == QStringLiteral("Siti Aminah"));

    resumed.next();
    child<QCheckBox>(resumed, QStringLiteral("consent_given"))->setChecked(true);
    child<QComboBox>(resumed, QStringLiteral("consent_recipient"))
        ->setEditText(QStringLiteral("Mission for Migrant Workers"));
    resumed.next();
    auto *review = static_cast<ui::IntakeReviewStep *>(resumed.step(5));
    CHECK(review->summaryText().contains(QStringLiteral("HK$10,200")));
    CHECK(review->summaryText().contains(QStringLiteral("15 Nov 2026"))); // the two-week rule

    QSignalSpy created(&resumed, &ui::IntakePage::caseCreated);
    REQUIRE(resumed.createCase());
    REQUIRE(created.size() == 1);
    const QString caseId = created.first().first().toString();
    auto kase = in.f.ws->cases().get(caseId);
    REQUIRE(kase.ok());
    CHECK(kase->chronology.startsWith(QStringLiteral("Dismissed")));
    CHECK(in.f.ws->claims().forCase(caseId)->first().amountClaimed == 1020000);
    CHECK_FALSE(in.f.ws->deadlines().forCase(caseId)->isEmpty());
    CHECK(in.f.ws->clients().get(kase->clientId)->nik == QStringLiteral("1801234567890001"));
    CHECK(in.drafts().list()->isEmpty());
    CHECK_FALSE(resumed.hasContent()); // ready for the next one
}

TEST_CASE("a refused intake goes back to the step and field to fix, keeping everything", "[ui][intake]")
{
    Intake in;
    ui::IntakePage &page = *in.page;
    page.goToStep(1);
    child<ui::CodeChecklist>(page, QStringLiteral("case_case_types"))->setCodes({QStringLiteral("unpaid_wages")});
    page.goToStep(5);
    CHECK_FALSE(page.createCase()); // no name
    CHECK(page.currentStep() == 0);
    CHECK(child<QLabel>(page, QStringLiteral("intakeError"))->text() == QStringLiteral("Full name is needed."));
    CHECK(child<QLineEdit>(page, QStringLiteral("client_full_name"))->hasFocus());

    child<QLineEdit>(page, QStringLiteral("client_full_name"))->setText(QStringLiteral("Sumiati"));
    page.goToStep(3);
    static_cast<ui::IntakeDemandsStep *>(page.step(3))->addClaimRow();
    child<QLineEdit>(page, QStringLiteral("claims_0_amount_claimed"))->setText(QStringLiteral("sepuluh ribu"));
    page.goToStep(5);
    CHECK_FALSE(page.createCase());
    CHECK(page.currentStep() == 3);
    CHECK(child<QLabel>(page, QStringLiteral("intakeError"))->text().startsWith(QStringLiteral("Claim 1: amount")));
    CHECK(child<QLineEdit>(page, QStringLiteral("claims_0_amount_claimed"))->text() == QStringLiteral("sepuluh ribu"));
    CHECK(in.f.ws->clients().count().value() == 0); // nothing made
}

TEST_CASE("a client who may already be in Lintas is shown with the reason, and the case can be hers", "[ui][intake]")
{
    Intake in;
    domain::Client siti;
    siti.fullName = QStringLiteral("Siti Aminah binti Parman");
    siti.nik = QStringLiteral("1801234567890001");
    siti.regency = QStringLiteral("Lampung Timur");
    const QString sitiId = in.f.ws->clients().create(siti)->id;
    in.f.addClient(QStringLiteral("Rina Marlina"));

    ui::IntakePage &page = *in.page;
    auto *step = static_cast<ui::IntakeClientStep *>(page.step(0));
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("client_full_name")), QStringLiteral("Bu Sity Aminah"));
    auto *warning = step->duplicateWarning();
    CHECK_FALSE(warning->isVisible()); // not on every key press
    REQUIRE(test::waitUntil([&] { return warning->isVisible(); }, 3000));
    REQUIRE(warning->matches().size() == 1);
    CHECK(warning->matches().first().client.id == sitiId);
    auto *list = child<QListWidget>(*warning, QStringLiteral("duplicateList"));
    CHECK(list->item(0)->text().contains(QStringLiteral("Siti Aminah binti Parman")));
    CHECK(list->item(0)->text().contains(QStringLiteral("Lampung Timur")));

    // Her NIK makes it certain.
    QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("client_nik")), QStringLiteral("1801234567890001"));
    step->checkDuplicates();
    CHECK(list->item(0)->text().startsWith(QStringLiteral("Almost certainly")));
    CHECK(list->item(0)->text().contains(QStringLiteral("same NIK")));

    QTest::mouseClick(child<QPushButton>(*warning, QStringLiteral("useExistingClient")), Qt::LeftButton);
    CHECK(step->existingClientId() == sitiId);
    CHECK_FALSE(warning->isVisible());
    page.goToStep(1);
    child<ui::CodeChecklist>(page, QStringLiteral("case_case_types"))->setCodes({QStringLiteral("unpaid_wages")});
    page.goToStep(5);
    QSignalSpy created(&page, &ui::IntakePage::caseCreated);
    REQUIRE(page.createCase());
    CHECK(in.f.ws->cases().get(created.first().first().toString())->clientId == sitiId);
    CHECK(in.f.ws->clients().count().value() == 2); // nobody registered twice
}
