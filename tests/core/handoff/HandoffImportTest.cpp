#include "handoff/HandoffEnvelope.h"
#include "handoff/HandoffErrors.h"
#include "handoff/HandoffPacket.h"
#include "handoff/HandoffReceiver.h"
#include "handoff/HandoffSender.h"
#include "support/HandoffTestData.h"
#include "support/QtPrinters.h"

#include <QCborMap>

#include <catch2/catch.hpp>

using namespace lintas;
using handoff::HandoffReceiver;
using handoff::HandoffSender;

namespace {

int count(test::WorkspaceFixture &f, const QString &sql, const QString &bind)
{
    auto st = f.db->prepare(sql);
    REQUIRE(st.ok());
    st->bind(1, bind);
    REQUIRE(st->step().value());
    return static_cast<int>(st->int64(0));
}

struct HongKongToLampung {
    test::HandoffProfile hk {21, QStringLiteral("Serikat BMI Hong Kong")};
    test::HandoffProfile lampung {22, QStringLiteral("Yayasan Pekerja Migran Lampung")};
    test::HandoffCase kase = test::makeHandoffCase(hk);
    HandoffSender sender {*hk.ws, hk.identity, hk.name};
    HandoffReceiver receiver {*lampung.ws, lampung.identity, lampung.name};
};

} // namespace

TEST_CASE("an imported packet brings the case with everything attached and writes the outbox", "[handoff]")
{
    HongKongToLampung t;
    auto packet = t.sender.makePacket(t.kase.caseId, t.lampung.address(), t.kase.referralId);
    REQUIRE(packet.ok());
    for (const char *plain : {"Sumiati", "Gaji tidak dibayar", "Causeway Bay", "Bintang Cemerlang", "Majikan"})
        CHECK_FALSE(packet->contains(plain));
    CHECK_FALSE(packet->contains(t.kase.caseId.toLatin1()));
    CHECK(t.hk.ws->referrals().get(t.kase.referralId)->status == QStringLiteral("sent"));

    const int outboxBefore = t.lampung.outboxCount();
    auto imported = t.receiver.importPacket(*packet);
    REQUIRE(imported.ok());
    CHECK_FALSE(imported->alreadyImported);
    CHECK(imported->caseId == t.kase.caseId);
    CHECK(imported->sender.fingerprint() == t.hk.identity.fingerprint());
    CHECK(imported->sender.name == t.hk.name);

    repo::Workspace &ws = *t.lampung.ws;
    auto kase = ws.cases().get(t.kase.caseId);
    REQUIRE(kase.ok());
    CHECK(kase->title == QStringLiteral("Gaji tidak dibayar empat bulan"));
    CHECK(kase->chronology == QStringLiteral("Majikan berhenti membayar gaji sejak Juli."));
    CHECK(ws.clients().get(t.kase.clientId)->fullName == QStringLiteral("Sumiati binti Karto"));
    const QString byCase = QStringLiteral("SELECT count(*) FROM %1 WHERE case_id = ?");
    CHECK(count(t.lampung, byCase.arg(QStringLiteral("claims")), t.kase.caseId) == 2);
    CHECK(count(t.lampung, byCase.arg(QStringLiteral("deadlines")), t.kase.caseId) == 2);
    CHECK(count(t.lampung, byCase.arg(QStringLiteral("notes")), t.kase.caseId) == 2);
    CHECK(count(t.lampung, byCase.arg(QStringLiteral("case_parties")), t.kase.caseId) == 1);
    CHECK(count(t.lampung, byCase.arg(QStringLiteral("referrals")), t.kase.caseId) == 1);
    CHECK(count(t.lampung, QStringLiteral("SELECT count(*) FROM client_phones WHERE client_id = ?"), t.kase.clientId)
        == 1);
    CHECK(count(t.lampung, QStringLiteral("SELECT count(*) FROM consents WHERE client_id = ?"), t.kase.clientId) == 1);
    CHECK(count(t.lampung,
              QStringLiteral("SELECT count(*) FROM claim_payments p JOIN claims c ON c.id = p.claim_id "
                             "WHERE c.case_id = ?"),
              t.kase.caseId)
        == 1);
    CHECK(ws.referrals().get(t.kase.referralId)->status == QStringLiteral("sent"));
    CHECK(ws.parties().get(t.kase.partyId).ok());
    CHECK(ws.organisations().get(t.kase.organisationId).ok());
    // The client's other case stays in Hong Kong.
    CHECK_FALSE(ws.cases().get(t.kase.otherCaseId).ok());
    CHECK(count(t.lampung, QStringLiteral("SELECT count(*) FROM notes WHERE case_id = ?"), t.kase.otherCaseId) == 0);
    // Every imported record goes out to the recipient's colleagues.
    CHECK(t.lampung.outboxCount() >= outboxBefore + 15);
    CHECK(count(t.lampung, QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'case' AND entity_id = ?"),
              t.kase.caseId)
        == 1);
}

TEST_CASE("importing the same packet twice changes nothing the second time", "[handoff]")
{
    HongKongToLampung t;
    auto packet = t.sender.makePacket(t.kase.caseId, t.lampung.address());
    REQUIRE(packet.ok());
    auto first = t.receiver.importPacket(*packet);
    REQUIRE(first.ok());
    const int outbox = t.lampung.outboxCount();
    t.lampung.clock.advanceMs(86'400'000);
    auto second = t.receiver.importPacket(*packet);
    REQUIRE(second.ok());
    CHECK(second->alreadyImported);
    CHECK(second->importedAtMs == first->importedAtMs);
    CHECK(t.lampung.outboxCount() == outbox);
}

TEST_CASE("records the recipient already has are neither duplicated nor overwritten", "[handoff]")
{
    HongKongToLampung t;
    auto packet = t.sender.makePacket(t.kase.caseId, t.lampung.address());
    REQUIRE(packet.ok());
    REQUIRE(t.receiver.importPacket(*packet).ok());
    auto party = t.lampung.ws->parties().get(t.kase.partyId);
    REQUIRE(party.ok());
    party->phone = QStringLiteral("+852 2345 6789");
    REQUIRE(t.lampung.ws->parties().update(*party).ok());

    // A second case of another client with the same agency.
    domain::Client c;
    c.fullName = QStringLiteral("Wartini");
    c.gender = QStringLiteral("female");
    auto client = t.hk.ws->clients().create(c);
    REQUIRE(client.ok());
    auto kase = t.hk.addCase(client->id);
    REQUIRE(t.hk.ws->parties().link({{}, kase.id, t.kase.partyId, QStringLiteral("agency"), {}}).ok());
    auto second = t.sender.makePacket(kase.id, t.lampung.address());
    REQUIRE(second.ok());
    auto imported = t.receiver.importPacket(*second);
    REQUIRE(imported.ok());
    CHECK(imported->summary.byEntity.value(QStringLiteral("party")).created == 0);
    CHECK(count(t.lampung, QStringLiteral("SELECT count(*) FROM parties WHERE id = ?"), t.kase.partyId) == 1);
    CHECK(t.lampung.ws->parties().get(t.kase.partyId)->phone == QStringLiteral("+852 2345 6789"));
    CHECK(t.lampung.ws->cases().get(kase.id).ok());
}

TEST_CASE("accept and decline replies set the sender's referral", "[handoff]")
{
    HongKongToLampung t;
    auto packet = t.sender.makePacket(t.kase.caseId, t.lampung.address(), t.kase.referralId);
    REQUIRE(packet.ok());
    auto imported = t.receiver.importPacket(*packet);
    REQUIRE(imported.ok());

    SECTION("accepted")
    {
        auto reply = t.receiver.makeReply(imported->packetId, HandoffReceiver::Decision::Accept);
        REQUIRE(reply.ok());
        auto outcome = t.sender.importReply(*reply);
        REQUIRE(outcome.ok());
        CHECK(outcome->decision == QStringLiteral("accepted"));
        CHECK(outcome->from.fingerprint() == t.lampung.identity.fingerprint());
        auto referral = t.hk.ws->referrals().get(t.kase.referralId);
        CHECK(referral->status == QStringLiteral("accepted"));
        CHECK(referral->respondedOn.isValid());

        const int outbox = t.hk.outboxCount();
        auto again = t.sender.importReply(*reply);
        REQUIRE(again.ok());
        CHECK(again->alreadyRecorded);
        CHECK(t.hk.outboxCount() == outbox);
    }
    SECTION("declined, with the reason as feedback")
    {
        auto reply = t.receiver.makeReply(imported->packetId, HandoffReceiver::Decision::Decline,
            QStringLiteral("Klien tinggal di luar wilayah kami"));
        REQUIRE(reply.ok());
        auto outcome = t.sender.importReply(*reply);
        REQUIRE(outcome.ok());
        auto referral = t.hk.ws->referrals().get(t.kase.referralId);
        CHECK(referral->status == QStringLiteral("rejected"));
        CHECK(referral->feedback == QStringLiteral("Klien tinggal di luar wilayah kami"));
    }
}

TEST_CASE("a forged reply, and a reply to an unknown packet, are refused", "[handoff]")
{
    HongKongToLampung t;
    auto packet = t.sender.makePacket(t.kase.caseId, t.lampung.address(), t.kase.referralId);
    REQUIRE(packet.ok());
    auto imported = t.receiver.importPacket(*packet);
    REQUIRE(imported.ok());

    SECTION("signed by the recipient but with the wrong reply secret")
    {
        SecretBytes wrong(handoff::ReplySecretBytes);
        t.lampung.random.fill(wrong.data(), wrong.size());
        QCborMap fields;
        fields.insert(20, QStringLiteral("accepted"));
        auto forged = handoff::HandoffEnvelope::seal(handoff::HandoffEnvelope::Kind::Reply, imported->packetId,
            t.hk.address(), t.lampung.address(), t.lampung.identity.signing(), 1, fields, &wrong);
        REQUIRE(forged.ok());
        auto outcome = t.sender.importReply(*forged);
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.error().rule == QLatin1String(handoff::rule::Damaged));
        CHECK(t.hk.ws->referrals().get(t.kase.referralId)->status == QStringLiteral("sent"));
    }
    SECTION("for a packet this profile never sent")
    {
        test::HandoffProfile elsewhere(23, QStringLiteral("Elsewhere"));
        HandoffSender otherSender(*elsewhere.ws, elsewhere.identity, elsewhere.name);
        auto other = test::makeHandoffCase(elsewhere);
        auto otherPacket = otherSender.makePacket(other.caseId, t.lampung.address());
        REQUIRE(otherPacket.ok());
        auto otherImport = t.receiver.importPacket(*otherPacket);
        REQUIRE(otherImport.ok());
        auto reply = t.receiver.makeReply(otherImport->packetId, HandoffReceiver::Decision::Accept);
        REQUIRE(reply.ok());
        // A reply to someone else's packet is sealed to them: Hong Kong is not its recipient.
        auto notOurs = t.sender.importReply(*reply);
        REQUIRE_FALSE(notOurs.ok());
        CHECK(notOurs.error().rule == QLatin1String(handoff::rule::WrongRecipient));

        QCborMap fields;
        fields.insert(20, QStringLiteral("accepted"));
        SecretBytes secret(handoff::ReplySecretBytes);
        auto unknown = handoff::HandoffEnvelope::seal(handoff::HandoffEnvelope::Kind::Reply, QByteArray(16, '\x01'),
            t.hk.address(), t.lampung.address(), t.lampung.identity.signing(), 1, fields, &secret);
        REQUIRE(unknown.ok());
        auto refused = t.sender.importReply(*unknown);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().rule == QLatin1String(handoff::rule::UnknownPacket));
    }
}

TEST_CASE("a packet declined without importing leaves the case out of the recipient's profile", "[handoff]")
{
    HongKongToLampung t;
    auto packet = t.sender.makePacket(t.kase.caseId, t.lampung.address(), t.kase.referralId);
    REQUIRE(packet.ok());
    const int outbox = t.lampung.outboxCount();
    auto reply = t.receiver.declineUnimported(*packet, QStringLiteral("Di luar wilayah kami"));
    REQUIRE(reply.ok());
    CHECK_FALSE(t.lampung.ws->cases().get(t.kase.caseId).ok());
    CHECK_FALSE(t.lampung.ws->clients().get(t.kase.clientId).ok());
    CHECK(t.lampung.outboxCount() == outbox);

    auto outcome = t.sender.importReply(*reply);
    REQUIRE(outcome.ok());
    CHECK(outcome->decision == QStringLiteral("declined"));
    auto referral = t.hk.ws->referrals().get(t.kase.referralId);
    CHECK(referral->status == QStringLiteral("rejected"));
    CHECK(referral->feedback == QStringLiteral("Di luar wilayah kami"));

    // Changing one's mind later: the packet can still be imported, once.
    auto imported = t.receiver.importPacket(*packet);
    REQUIRE(imported.ok());
    CHECK_FALSE(imported->alreadyImported);
    CHECK(t.lampung.ws->cases().get(t.kase.caseId).ok());
    auto again = t.receiver.importPacket(*packet);
    REQUIRE(again.ok());
    CHECK(again->alreadyImported);
}
