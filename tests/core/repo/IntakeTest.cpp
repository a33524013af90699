#include "repo/IntakeCommit.h"
#include "repo/IntakeDrafts.h"
#include "rules/DeadlineRuleSet.h"
#include "support/QtPrinters.h"
#include "support/WorkspaceFixture.h"

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

domain::IntakeDraft sitiDraft()
{
    domain::IntakeDraft d;
    d.step = domain::IntakeDraft::DemandsStep;
    d.client.fullName = QStringLiteral("Siti Aminah");
    d.client.gender = QStringLiteral("female");
    d.client.birthDate = QDate(1990, 4, 2);
    d.client.nik = QStringLiteral("1801234567890001");
    d.client.aliases = {QStringLiteral("Sity")};
    d.phones = {QStringLiteral("+62 812 3456 7890"), QString()};
    d.caseTypes = {QStringLiteral("unpaid_wages")};
    d.jurisdictions = {QStringLiteral("hk")};
    d.title = QStringLiteral("Unpaid wages, Kowloon");
    d.risk = QStringLiteral("medium");
    d.chronology = QStringLiteral("Dismissed on 1 November without her last two months' wages.");
    d.triggerDates.insert(QStringLiteral("termination"), QDate(2026, 11, 1));
    d.demands = QStringLiteral("Two months' wages and wages in lieu of notice.");
    d.claims
        = {{QStringLiteral("wages_arrears"), QStringLiteral("HKD"), 1020000, {}, QStringLiteral("labour_tribunal")},
            {QStringLiteral("agency_fee_refund"), QStringLiteral("IDR"), std::nullopt, {}, {}}};
    d.consentGiven = true;
    d.consentRecipient = QStringLiteral("Mission for Migrant Workers");
    d.consentScope = QStringLiteral("case summary");
    d.consentMethod = QStringLiteral("verbal");
    return d;
}

repo::IntakeDrafts drafts(test::WorkspaceFixture &f)
{
    return repo::IntakeDrafts(*f.db, f.clock, f.random);
}

} // namespace

TEST_CASE("an intake draft comes back exactly as it was saved", "[repo][intake]")
{
    test::WorkspaceFixture f;
    repo::IntakeDrafts store = drafts(f);
    domain::IntakeDraft d = sitiDraft();
    d.claims[1].amountText = QStringLiteral("15 juta"); // not an amount, but what she said
    REQUIRE(store.save(d).ok());
    CHECK_FALSE(d.id.isEmpty());
    const int outbox = f.outboxCount();

    auto loaded = store.load(d.id);
    REQUIRE(loaded.ok());
    CHECK(repo::IntakeDrafts::toJson(*loaded) == repo::IntakeDrafts::toJson(d));
    CHECK(loaded->step == domain::IntakeDraft::DemandsStep);
    CHECK(loaded->client.birthDate == QDate(1990, 4, 2));
    CHECK(loaded->client.aliases == QStringList {QStringLiteral("Sity")});
    CHECK(loaded->triggerDates.value(QStringLiteral("termination")) == QDate(2026, 11, 1));
    REQUIRE(loaded->claims.size() == 2);
    CHECK(loaded->claims[0].amount == 1020000);
    CHECK_FALSE(loaded->claims[1].amount.has_value());
    CHECK(loaded->claims[1].amountText == QStringLiteral("15 juta"));

    // Saved again later: replaced, not duplicated, and listed newest first. Never synced.
    f.clock.advanceMs(60'000);
    domain::IntakeDraft other;
    REQUIRE(store.save(other).ok());
    f.clock.advanceMs(60'000);
    d.chronology += QStringLiteral(" She has payslips.");
    REQUIRE(store.save(d).ok());
    auto list = store.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == d.id);
    CHECK(list->at(0).label == QStringLiteral("Siti Aminah"));
    CHECK(list->at(1).label.isEmpty());
    CHECK(f.outboxCount() == outbox);

    REQUIRE(store.remove(other.id).ok());
    CHECK(store.list()->size() == 1);
    CHECK(store.load(other.id).error().code == ErrorCode::NotFound);
    CHECK(repo::IntakeDrafts::fromJson("not json").error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("committing an intake creates client, case, claims, consent and deadlines at once", "[repo][intake]")
{
    test::WorkspaceFixture f;
    auto rules = rules::DeadlineRuleSet::bundled();
    REQUIRE(rules.ok());
    repo::IntakeDrafts store = drafts(f);
    domain::IntakeDraft d = sitiDraft();
    REQUIRE(store.save(d).ok());

    auto done = repo::commitIntake(*f.ws, d, *rules, QStringLiteral("Dewi"), domain::Language::English);
    REQUIRE(done.ok());
    CHECK(done->claims == 2);
    CHECK(done->consentRecorded);
    CHECK(done->deadlines > 0);
    auto kase = f.ws->cases().get(done->caseId);
    REQUIRE(kase.ok());
    CHECK(kase->reference == done->caseReference);
    CHECK(kase->clientId == done->clientId);
    CHECK(kase->status == QStringLiteral("intake"));
    CHECK(kase->assignees == QStringList {QStringLiteral("Dewi")});
    CHECK(kase->forums == QStringList {QStringLiteral("labour_tribunal")});
    CHECK(kase->chronology.startsWith(QStringLiteral("Dismissed")));
    CHECK(f.ws->clients().get(done->clientId)->nik == QStringLiteral("1801234567890001"));
    CHECK(f.ws->clients().phones(done->clientId)->size() == 1);
    CHECK(f.ws->claims().forCase(done->caseId)->size() == 2);
    auto deadlines = f.ws->deadlines().forCase(done->caseId);
    REQUIRE(deadlines.ok());
    CHECK(std::any_of(deadlines->cbegin(), deadlines->cend(), [](const domain::Deadline &dl) {
        return dl.ruleId == QStringLiteral("hk_two_week_rule") && dl.dueOn == QDate(2026, 11, 15);
    }));
    CHECK(store.list()->isEmpty()); // the draft is gone

    // A known client: only the case is new.
    domain::IntakeDraft again = sitiDraft();
    again.existingClientId = done->clientId;
    again.client = {};
    auto second = repo::commitIntake(*f.ws, again, *rules, QStringLiteral("Dewi"), domain::Language::English);
    REQUIRE(second.ok());
    CHECK(second->clientId == done->clientId);
    CHECK(f.ws->clients().count().value() == 1);
}

TEST_CASE("a refused intake writes nothing and names the step and field at fault", "[repo][intake]")
{
    test::WorkspaceFixture f;
    auto rules = rules::DeadlineRuleSet::bundled();
    REQUIRE(rules.ok());
    const int outbox = f.outboxCount();

    domain::IntakeDraft noName = sitiDraft();
    noName.client.fullName = QStringLiteral("  ");
    auto refused = repo::commitIntake(*f.ws, noName, *rules, {}, domain::Language::English);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("client.full_name"));
    CHECK(refused.error().rule == QStringLiteral("required"));

    // Fails late, on the second claim: the client and case made before it are rolled back.
    domain::IntakeDraft badClaim = sitiDraft();
    badClaim.claims[1].currency = QStringLiteral("XYZ");
    refused = repo::commitIntake(*f.ws, badClaim, *rules, {}, domain::Language::English);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("claims.1.currency"));
    CHECK(f.ws->clients().count().value() == 0);
    CHECK(f.outboxCount() == outbox);

    domain::IntakeDraft unreadable = sitiDraft();
    unreadable.claims[0].amount.reset();
    unreadable.claims[0].amountText = QStringLiteral("sepuluh ribu");
    refused = repo::commitIntake(*f.ws, unreadable, *rules, {}, domain::Language::English);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("claims.0.amount_claimed"));
    CHECK(refused.error().rule == QStringLiteral("amount_format"));

    domain::IntakeDraft noTypes = sitiDraft();
    noTypes.caseTypes.clear();
    CHECK(repo::commitIntake(*f.ws, noTypes, *rules, {}, domain::Language::English).error().field
        == QStringLiteral("case.case_types"));
}
