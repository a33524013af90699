#include "support/WorkspaceFixture.h"
#include "sync/OutboxReplay.h"
#include "sync/SyncSpaces.h"

#include <QDate>

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

struct ReferralWithoutConsent {
    test::WorkspaceFixture f;
    domain::Referral referral;

    ReferralWithoutConsent()
    {
        const auto client = f.addClient(QStringLiteral("Sulastri"));
        const auto org
            = f.ws->organisations()
                  .create({{}, QStringLiteral("LBH Bandar Lampung"), QStringLiteral("legal_aid"), QStringLiteral("id")})
                  .value();
        referral.caseId = f.addCase(client.id).id;
        referral.organisationId = org.id;
        referral.status = QStringLiteral("sent");
        referral.sentOn = QDate(2026, 11, 18);
    }

    void joinAs(const QString &role)
    {
        sync::SpaceInfo space;
        space.spaceId = QStringLiteral("0123456789abcdef0123456789abcdef");
        space.serverUrl = QStringLiteral("https://127.0.0.1:1");
        space.name = QStringLiteral("Serikat BMI");
        space.role = role;
        space.epoch = 1;
        space.joinedAt = 1;
        REQUIRE(sync::SyncSpaces(*f.db).add(space).ok());
    }
};

} // namespace

TEST_CASE("a referral goes without consent only with an admin's reason", "[repo][referral]")
{
    ReferralWithoutConsent r;

    SECTION("a profile that never joined an organisation is its own admin")
    {
        CHECK(r.f.ws->referrals().mayOverrideConsent().value());
        r.referral.consentOverride = QStringLiteral("She is in hospital; the shelter must act today");
        r.referral.overrideBy = QStringLiteral("Eni");
        CHECK(r.f.ws->referrals().create(r.referral).ok());
    }
    SECTION("an admin of the organisation may")
    {
        r.joinAs(QStringLiteral("admin"));
        r.referral.consentOverride = QStringLiteral("She is in hospital");
        CHECK(r.f.ws->referrals().create(r.referral).ok());
    }
    SECTION("a member may not, and nothing is written")
    {
        r.joinAs(QStringLiteral("member"));
        CHECK_FALSE(r.f.ws->referrals().mayOverrideConsent().value());
        r.referral.consentOverride = QStringLiteral("She is in hospital");
        const int before = r.f.outboxCount();
        const auto refused = r.f.ws->referrals().create(r.referral);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().rule == QStringLiteral("override_needs_admin"));
        CHECK(refused.error().field == QStringLiteral("consent_override"));
        CHECK(r.f.outboxCount() == before);
    }
    SECTION("a blank reason is no reason: the consent is needed")
    {
        r.referral.consentOverride = QStringLiteral("   ");
        const auto refused = r.f.ws->referrals().create(r.referral);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().rule == QStringLiteral("needs_consent"));
    }
}

TEST_CASE("a member may edit a referral an admin sent without consent", "[repo][referral]")
{
    ReferralWithoutConsent r;
    r.referral.consentOverride = QStringLiteral("She is in hospital");
    r.referral.overrideBy = QStringLiteral("Eni");
    auto sent = r.f.ws->referrals().create(r.referral);
    REQUIRE(sent.ok());
    // The admin's override came with the record (as after a sync): editing the rest is not overriding.
    r.joinAs(QStringLiteral("member"));
    sent->feedback = QStringLiteral("They called her back");
    CHECK(r.f.ws->referrals().update(*sent).ok());
    sent->consentOverride = QStringLiteral("another reason");
    CHECK(r.f.ws->referrals().update(*sent).error().rule == QStringLiteral("override_needs_admin"));
}

TEST_CASE("the consent override and who gave it are stored and written to the outbox", "[repo][referral][sync]")
{
    ReferralWithoutConsent r;
    r.referral.consentOverride = QStringLiteral("She is in hospital");
    r.referral.overrideBy = QStringLiteral("Eni");
    auto stored = r.f.ws->referrals().create(r.referral);
    REQUIRE(stored.ok());
    const auto read = r.f.ws->referrals().get(stored->id).value();
    CHECK(read.consentOverride == QStringLiteral("She is in hospital"));
    CHECK(read.overrideBy == QStringLiteral("Eni"));
    // Replaying the outbox gives the same rows: both fields travel with the referral's changes.
    CHECK(r.f.db
              ->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE payload LIKE '%consent_override%' AND "
                                      "payload LIKE '%override_by%'"))
              .value()
              .toInt()
        == 1);
    const auto diff = sync::OutboxReplay::differences(*r.f.db);
    REQUIRE(diff.ok());
    INFO(diff->join(QLatin1Char('\n')).toStdString());
    CHECK(diff->isEmpty());
}
