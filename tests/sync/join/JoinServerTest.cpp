#include "JoinNet.h"

#include "protocol/JoinMessages.h"
#include "protocol/Membership.h"
#include "sync/ServerSession.h"
#include "sync/SyncIdentity.h"

#include <catch2/catch.hpp>

using namespace lintas;
using test::JoinNet;

namespace {

protocol::JoinRequest joinRequest(const protocol::InviteSecrets &secrets, const sync::SyncIdentity &identity)
{
    protocol::JoinRequest req;
    req.inviteId = secrets.inviteId;
    req.device = {
        identity.deviceIdBytes(), identity.signing().publicKey(), identity.box().publicKey(), QStringLiteral("Laptop")};
    const QByteArray message = req.device.deviceMessage(req.inviteId);
    req.proof = secrets.proof.sign(protocol::JoinRequest::proofLabel() + '\0' + message);
    req.joinerMac = secrets.mac(protocol::JoinRequest::joinerMacLabel(), message);
    return req;
}

} // namespace

TEST_CASE("the join endpoint checks the proof, and an admin invite only with a genesis of the joining device",
    "[sync][join][server]")
{
    JoinNet net(2);
    const auto secrets = protocol::InviteSecrets::derive(net.org.inviteCode, net.cost);
    REQUIRE_OK(secrets);
    auto identity = sync::SyncIdentity::loadOrCreate(*net.laptop(0).db, net.laptop(0).random);
    REQUIRE_OK(identity);
    auto req = joinRequest(*secrets, *identity);

    // A proof made with another key (someone who knows the invite id but not the code).
    auto forged = req;
    SeededRandom other(3);
    forged.proof = crypto::SigningKey::generate(other).sign(QByteArrayLiteral("x"));
    CHECK(net.server.post(QStringLiteral("/v1/join"), forged.encode(), {}).status == 403);
    // Keys changed after the proof was made.
    auto swapped = req;
    swapped.device.boxKey = crypto::BoxKey::generate(other).publicKey();
    CHECK(net.server.post(QStringLiteral("/v1/join"), swapped.encode(), {}).status == 403);

    // Without a genesis the server names the space and keeps the invite unused.
    const auto ask = net.server.post(QStringLiteral("/v1/join"), req.encode(), {});
    REQUIRE(ask.status == 428);
    CHECK(protocol::JoinReply::decode(ask.body).value().spaceId == net.org.spaceId);
    CHECK(net.server.store->invite(secrets->inviteId).value().usedAt == 0);

    // A genesis adding some other device is refused.
    SeededRandom rogue(4);
    const auto rogueKey = crypto::SigningKey::generate(rogue);
    protocol::MembershipEntryData g;
    g.spaceId = net.org.spaceId;
    g.index = 1;
    g.previousHash = protocol::MembershipEntryData::zeroHash();
    g.deviceId = rogue.bytes(16);
    g.signKey = rogueKey.publicKey();
    g.boxKey = crypto::BoxKey::generate(rogue).publicKey();
    g.role = QStringLiteral("admin");
    g.signer = g.deviceId;
    g.sign(rogueKey);
    req.genesis = g.encode();
    CHECK(net.server.post(QStringLiteral("/v1/join"), req.encode(), {}).status == 400);
    CHECK(net.server.store->invite(secrets->inviteId).value().usedAt == 0);
    CHECK_FALSE(net.server.store->device(identity->deviceIdBytes()).ok()); // rolled back whole
}

TEST_CASE(
    "membership appends need an admin signer, the next index and the device's registered keys", "[sync][join][server]")
{
    JoinNet net(3);
    net.foundOrganisation();
    net.joinAndApprove(1);
    auto admin = sync::SyncIdentity::loadOrCreate(*net.laptop(0).db, net.laptop(0).random);
    auto member = sync::SyncIdentity::loadOrCreate(*net.laptop(1).db, net.laptop(1).random);
    REQUIRE_OK(admin);
    REQUIRE_OK(member);
    auto log = net.server.store->membership(net.org.spaceId, 0);
    REQUIRE_OK(log);
    REQUIRE(log->size() == 2);

    const auto grant = [&](qint64 index, const QByteArray &previous, const sync::SyncIdentity &signer) {
        protocol::MembershipEntryData e;
        e.spaceId = net.org.spaceId;
        e.index = index;
        e.previousHash = previous;
        e.op = protocol::MembershipOp::GrantAdmin;
        e.deviceId = member->deviceIdBytes();
        e.signer = signer.deviceIdBytes();
        e.sign(signer.signing());
        protocol::SpaceRequest r;
        r.spaceId = net.org.spaceId;
        r.entry = e.encode();
        return r;
    };
    net.pause();
    sync::ServerSession asAdmin(net.link(0), *admin);
    sync::ServerSession asMember(net.link(1), *member);
    const QString append = QStringLiteral("/v1/spaces/membership/append");

    CHECK_FALSE(asMember.space(append, grant(3, log->last().hash, *member)).ok());
    CHECK(asMember.lastStatus() == 403); // not an admin
    CHECK_FALSE(asAdmin.space(append, grant(2, log->first().hash, *admin)).ok());
    CHECK(asAdmin.lastStatus() == 409); // index taken
    CHECK_FALSE(asAdmin.space(append, grant(3, protocol::MembershipEntryData::zeroHash(), *admin)).ok());
    CHECK(asAdmin.lastStatus() == 400); // broken chain
    REQUIRE_OK(asAdmin.space(append, grant(3, log->last().hash, *admin)));
    CHECK(net.server.store->memberRole(net.org.spaceId, member->deviceIdBytes()).value() == QLatin1String("admin"));

    // An add-device entry whose keys differ from the device's registration is refused.
    auto third = sync::SyncIdentity::loadOrCreate(*net.laptop(2).db, net.laptop(2).random);
    REQUIRE_OK(third);
    auto invite = net.admin(0).createInvite(net.spaceId);
    REQUIRE_OK(invite);
    REQUIRE_OK(net.joiner(2).joinWithInvite(net.url, invite->code, QStringLiteral("Third")));
    auto now = net.server.store->membership(net.org.spaceId, 0);
    REQUIRE_OK(now);
    protocol::MembershipEntryData add;
    add.spaceId = net.org.spaceId;
    add.index = now->size() + 1;
    add.previousHash = now->last().hash;
    add.deviceId = third->deviceIdBytes();
    add.signKey = third->signing().publicKey();
    add.boxKey = admin->box().publicKey(); // not the joiner's
    add.role = QStringLiteral("member");
    add.signer = admin->deviceIdBytes();
    add.sign(admin->signing());
    protocol::SpaceRequest r;
    r.spaceId = net.org.spaceId;
    r.entry = add.encode();
    CHECK_FALSE(asAdmin.space(append, r).ok());
    CHECK(asAdmin.lastStatus() == 400);
}
