#include "handoff/HandoffLedger.h"
#include "handoff/HandoffReceiver.h"
#include "handoff/HandoffSender.h"
#include "support/HandoffTestData.h"

#include <catch2/catch.hpp>

using namespace lintas;
using handoff::HandoffReceiver;
using handoff::HandoffSender;

namespace {

struct TwoCases {
    test::HandoffProfile hk {31, QStringLiteral("Serikat BMI Hong Kong")};
    test::HandoffProfile lampung {32, QStringLiteral("Yayasan Pekerja Migran Lampung")};
    test::HandoffCase kase = test::makeHandoffCase(hk);
    HandoffSender sender {*hk.ws, hk.identity, hk.name};
    HandoffReceiver receiver {*lampung.ws, lampung.identity, lampung.name};
};

std::vector<handoff::ReceivedPacket> waiting(test::HandoffProfile &p)
{
    auto rows = handoff::HandoffLedger(*p.db).unanswered();
    REQUIRE(rows.ok());
    return std::move(rows).value();
}

} // namespace

TEST_CASE("imported hand-offs wait for an answer, answered and declined-unread ones do not", "[handoff]")
{
    TwoCases t;
    auto first = t.sender.makePacket(t.kase.caseId, t.lampung.address(), t.kase.referralId);
    auto second = t.sender.makePacket(t.kase.otherCaseId, t.lampung.address());
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(waiting(t.lampung).empty());

    auto imported = t.receiver.importPacket(*first);
    REQUIRE(imported.ok());
    auto listed = waiting(t.lampung);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].packetId == imported->packetId);
    CHECK(listed[0].caseId == t.kase.caseId);
    CHECK(listed[0].sender.name == t.hk.name);
    CHECK(listed[0].sender.fingerprint() == t.hk.identity.fingerprint());
    CHECK(listed[0].importedAtMs == imported->importedAtMs);

    // Declined without opening: never in the list.
    REQUIRE(t.receiver.declineUnimported(*second, QStringLiteral("Bukan wilayah kami")).ok());
    CHECK(waiting(t.lampung).size() == 1);

    REQUIRE(t.receiver.makeReply(imported->packetId, HandoffReceiver::Decision::Accept).ok());
    CHECK(waiting(t.lampung).empty());
}

TEST_CASE("a referral's consent override travels with the hand-off", "[handoff][referral]")
{
    TwoCases t;
    auto referral = t.hk.ws->referrals().get(t.kase.referralId).value();
    referral.consentId.clear();
    referral.consentOverride = QStringLiteral("Dia dirawat di rumah sakit");
    referral.overrideBy = QStringLiteral("Eni");
    REQUIRE(t.hk.ws->referrals().update(referral).ok());

    auto packet = t.sender.makePacket(t.kase.caseId, t.lampung.address(), t.kase.referralId);
    REQUIRE(packet.ok());
    REQUIRE(t.receiver.importPacket(*packet).ok());
    const auto arrived = t.lampung.ws->referrals().get(t.kase.referralId);
    REQUIRE(arrived.ok());
    CHECK(arrived->status == QStringLiteral("sent"));
    CHECK(arrived->consentOverride == QStringLiteral("Dia dirawat di rumah sakit"));
    CHECK(arrived->overrideBy == QStringLiteral("Eni"));
}
