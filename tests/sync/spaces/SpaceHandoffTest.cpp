#include "TwoOrganisations.h"

#include "protocol/Envelope.h"
#include "support/HandoffTestData.h"
#include "sync/Revocation.h"
#include "sync/SpaceHandoff.h"
#include "sync/SyncIdentity.h"
#include "sync/SyncSpaces.h"

#include <catch2/catch.hpp>

using namespace lintas;
using test::InProcessTransport;
using test::TwoOrganisations;

namespace {

QVector<sync::SpaceHandoff::Waiting> waitingAt(TwoOrganisations &net, int i)
{
    auto w = sync::SpaceHandoff(*net.laptop(i).ws).waiting();
    REQUIRE_OK(w);
    return *w;
}

domain::Referral referralAt(TwoOrganisations &net, int i, const QString &id)
{
    auto r = net.laptop(i).ws->referrals().get(id);
    REQUIRE_OK(r);
    return *r;
}

} // namespace

TEST_CASE(
    "a hand-off through a shared space is accepted while the sender is offline, the sender still follows the case",
    "[sync][spaces][handoff]")
{
    TwoOrganisations net;
    const QString shared = test::openSharedSpace(net);
    const test::HandoffCase k = test::makeHandoffCase(net.laptop(0));
    net.syncOk(0);

    auto sent = sync::SpaceHandoff(*net.laptop(0).ws).send(k.referralId, shared);
    REQUIRE_OK(sent);
    CHECK(referralAt(net, 0, k.referralId).status == QLatin1String("sent"));
    CHECK(referralAt(net, 0, k.referralId).sentOn.isValid());
    CHECK(waitingAt(net, 0).isEmpty()); // the sender's own hand-off waits for someone else
    net.syncOk(0);
    // The union leader's phone is off from here on: she is at the Labour Tribunal.
    net.offline.insert(0);

    net.syncOk(2);
    const auto waiting = waitingAt(net, 2);
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.first().referral.id == k.referralId);
    CHECK(waiting.first().clientName == QStringLiteral("Sumiati binti Karto"));
    CHECK(waiting.first().spaceName == QStringLiteral("Sumiati: HK – Lampung"));
    CHECK(waiting.first().sentBy == QStringLiteral("Laptop Sri"));
    REQUIRE_OK(sync::SpaceHandoff(*net.laptop(2).ws).accept(k.referralId));
    CHECK(waitingAt(net, 2).isEmpty());
    // The NGO continues the case at once, offline sender or not.
    domain::Deadline hearing;
    hearing.caseId = k.caseId;
    hearing.kind = QStringLiteral("hearing");
    hearing.title = QStringLiteral("Mediasi BP3MI Lampung");
    hearing.dueOn = QDate(2027, 1, 20);
    auto added = net.laptop(2).ws->deadlines().create(hearing);
    REQUIRE_OK(added);
    net.syncOk(2);

    const auto cut = net.sync(0);
    CHECK(cut.problem == sync::SyncProblem::Offline);
    CHECK(referralAt(net, 0, k.referralId).status == QLatin1String("sent"));

    // Back online: she sees the answer and the NGO's work, and keeps following the case.
    net.offline.clear();
    net.syncOk(0);
    const domain::Referral answered = referralAt(net, 0, k.referralId);
    CHECK(answered.status == QLatin1String("accepted"));
    CHECK(answered.respondedOn.isValid());
    CHECK(net.laptop(0).ws->deadlines().get(added->id).ok());
    domain::Note follow;
    follow.caseId = k.caseId;
    follow.kind = QStringLiteral("hearing");
    follow.body = QStringLiteral("Labour Tribunal: majikan setuju membayar HKD 15.300.");
    auto note = net.laptop(0).ws->notes().create(follow);
    REQUIRE_OK(note);
    net.syncOk(0);
    net.syncOk(2);
    CHECK(net.laptop(2).ws->notes().get(note->id).ok());
}

TEST_CASE("a hand-off is declined with a reason the sender sees, without one the decline is refused",
    "[sync][spaces][handoff]")
{
    TwoOrganisations net;
    const QString shared = test::openSharedSpace(net);
    const test::HandoffCase k = test::makeHandoffCase(net.laptop(0));
    REQUIRE_OK(sync::SpaceHandoff(*net.laptop(0).ws).send(k.referralId, shared));
    net.syncOk(0);
    net.syncOk(2);
    REQUIRE(waitingAt(net, 2).size() == 1);

    sync::SpaceHandoff ngo(*net.laptop(2).ws);
    const Status bare = ngo.decline(k.referralId, QStringLiteral("  "));
    REQUIRE_FALSE(bare.ok());
    CHECK(bare.error().rule == QLatin1String("required"));
    CHECK(waitingAt(net, 2).size() == 1);
    REQUIRE_OK(ngo.decline(k.referralId, QStringLiteral("Klien pindah ke Jawa Timur; rujuk ke SBMI Malang.")));
    CHECK(waitingAt(net, 2).isEmpty());
    net.syncOk(2);
    net.syncOk(0);
    const domain::Referral answered = referralAt(net, 0, k.referralId);
    CHECK(answered.status == QLatin1String("rejected"));
    CHECK(answered.feedback == QStringLiteral("Klien pindah ke Jawa Timur; rujuk ke SBMI Malang."));
}

TEST_CASE("a hand-off needs the client's consent for that organisation, still in force", "[sync][spaces][handoff]")
{
    TwoOrganisations net;
    const QString shared = test::openSharedSpace(net);
    const test::HandoffCase k = test::makeHandoffCase(net.laptop(0));
    repo::Workspace &ws = *net.laptop(0).ws;
    const int outboxBefore = net.laptop(0).outboxCount();

    SECTION("no consent")
    {
        domain::Referral r = ws.referrals().get(k.referralId).value();
        r.consentId.clear();
        REQUIRE_OK(ws.referrals().update(r));
        auto refused = sync::SpaceHandoff(ws).send(k.referralId, shared);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().rule == QLatin1String("needs_consent"));
    }
    SECTION("a consent for another organisation")
    {
        domain::Organisation other;
        other.name = QStringLiteral("KJRI Hong Kong");
        other.kind = QStringLiteral("government");
        other.country = QStringLiteral("hk");
        auto org = ws.organisations().create(other);
        REQUIRE_OK(org);
        domain::Consent c = ws.consents().get(k.consentId).value();
        c.organisationId = org->id;
        REQUIRE_OK(ws.consents().update(c));
        auto refused = sync::SpaceHandoff(ws).send(k.referralId, shared);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().rule == QLatin1String("consent_other_recipient"));
    }
    SECTION("a withdrawn consent")
    {
        domain::Consent c = ws.consents().get(k.consentId).value();
        c.withdrawnOn = QDate(2026, 11, 10);
        REQUIRE_OK(ws.consents().update(c));
        auto refused = sync::SpaceHandoff(ws).send(k.referralId, shared);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().rule == QLatin1String("consent_withdrawn"));
    }
    // The case stayed home and nothing went into the shared space.
    CHECK(ws.cases().get(k.caseId)->spaceId.isEmpty());
    auto toShared = net.laptop(0).db->prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE space_id = ?"));
    REQUIRE_OK(toShared);
    toShared->bind(1, shared);
    REQUIRE(toShared->step().value());
    CHECK(toShared->int64(0) == 0);
    CHECK(net.laptop(0).outboxCount() >= outboxBefore);
}

TEST_CASE("a laptop removed from the shared space reads none of what comes after, its own organisation goes on",
    "[sync][spaces][revocation]")
{
    TwoOrganisations net;
    const QString shared = test::openSharedSpace(net);
    const test::HandoffCase k = test::makeHandoffCase(net.laptop(0));
    REQUIRE_OK(sync::SpaceHandoff(*net.laptop(0).ws).send(k.referralId, shared));
    net.syncOk(0);
    net.syncOk(2);
    REQUIRE(net.laptop(2).ws->cases().get(k.caseId).ok());

    // The NGO's laptop is stolen: the union's admin removes it from the shared space.
    net.pause();
    InProcessTransport link(net.hkServer);
    auto identity = sync::SyncIdentity::loadOrCreate(*net.laptop(2).db, net.laptop(2).random);
    REQUIRE_OK(identity);
    auto removed
        = sync::Revocation(*net.laptop(0).db, link, net.laptop(0).random).removeDevice(shared, identity->deviceId());
    REQUIRE_OK(removed);
    CHECK(removed->epoch == 2);

    domain::Note after;
    after.caseId = k.caseId;
    after.kind = QStringLiteral("hearing");
    after.body = QStringLiteral("Written after the laptop was stolen.");
    auto note = net.laptop(0).ws->notes().create(after);
    REQUIRE_OK(note);
    net.syncOk(0);

    // The union's server refuses the stolen laptop outright (it is in no other space there); the
    // laptop still syncs with its own organisation's server.
    const auto o = net.sync(2);
    CHECK(o.problem == sync::SyncProblem::Refused);
    CHECK_FALSE(net.laptop(2).ws->notes().get(note->id).ok());
    CHECK_FALSE(sync::SyncSpaces(*net.laptop(2).db).key(shared, 2).ok());
    const auto lampung = sync::SyncSpaces(*net.laptop(2).db).space(net.lampungSpace);
    REQUIRE_OK(lampung);
    CHECK(lampung->lastSyncAt > 0);
    // Everything stored in the shared space since the removal is sealed with the new key.
    auto records = net.hkServer.store->read(sync::ChangeCodec::idBytes(shared), 0, 100'000, 1LL << 30);
    REQUIRE_OK(records);
    const auto last = records->last();
    auto envelope = protocol::Envelope::decode(last.envelope, sync::ChangeCodec::idBytes(shared));
    REQUIRE_OK(envelope);
    CHECK(envelope->header.epoch == 2);
}
