#include "JoinNet.h"

#include "protocol/Membership.h"
#include "sync/MembershipSync.h"
#include "sync/ServerSession.h"
#include "sync/SyncIdentity.h"
#include "sync/SyncSpaces.h"

#include <QDirIterator>
#include <QFile>

#include <catch2/catch.hpp>

using namespace lintas;
using test::JoinNet;

namespace {

QVector<sync::SpaceMember> membersOf(test::WorkspaceFixture &f, const QString &spaceId)
{
    auto m = sync::SyncSpaces(*f.db).members(spaceId);
    REQUIRE_OK(m);
    return *m;
}

} // namespace

TEST_CASE(
    "an organisation is founded, a member joins with an invite, is approved, and both sync a case", "[sync][join]")
{
    JoinNet net(2);
    const auto founded = net.foundOrganisation();
    CHECK(founded.role == QLatin1String("admin"));
    CHECK(founded.spaceId == net.spaceId);
    CHECK(founded.spaceName == QLatin1String("LBH Lampung"));

    auto invite = net.admin(0).createInvite(net.spaceId);
    REQUIRE_OK(invite);
    CHECK(protocol::JoinLink::parse(invite->joinLink).value().code == invite->code);
    auto pending = net.joiner(1).joinWithInvite(net.url, invite->code, QStringLiteral("Laptop Dewi"));
    REQUIRE_OK(pending);
    CHECK(pending->state == sync::JoinState::Pending);
    CHECK(pending->spaceName == QLatin1String("LBH Lampung"));

    // Not approved yet: nothing to complete, and the server refuses the space to it.
    auto early = net.joiner(1).completeJoin();
    REQUIRE_OK(early);
    CHECK(early->state == sync::JoinState::Pending);

    auto waiting = net.admin(0).pendingJoiners(net.spaceId);
    REQUIRE_OK(waiting);
    REQUIRE(waiting->size() == 1);
    CHECK(waiting->first().verified);
    CHECK(waiting->first().label == QLatin1String("Laptop Dewi"));
    CHECK(waiting->first().fingerprint == pending->fingerprint);
    auto approved = net.admin(0).approve(net.spaceId, waiting->first());
    REQUIRE_OK(approved);
    CHECK(*approved == pending->fingerprint);
    CHECK(net.admin(0).pendingJoiners(net.spaceId).value().isEmpty());

    auto done = net.joiner(1).completeJoin();
    INFO((done.ok() ? QString() : done.error().detail).toStdString());
    REQUIRE_OK(done);
    CHECK(done->state == sync::JoinState::Joined);
    CHECK(done->role == QLatin1String("member"));
    CHECK(membersOf(net.laptop(0), net.spaceId).size() == 2);
    CHECK(membersOf(net.laptop(1), net.spaceId).size() == 2);
    auto keyA = sync::SyncSpaces(*net.laptop(0).db).key(net.spaceId, 1);
    auto keyB = sync::SyncSpaces(*net.laptop(1).db).key(net.spaceId, 1);
    REQUIRE_OK(keyA);
    REQUIRE_OK(keyB);
    CHECK(keyA->equals(*keyB));
    // The codes are gone from both profiles once used.
    CHECK(net.laptop(0).db->scalar(QStringLiteral("SELECT count(*) FROM sync_invites")).value().toInt() == 0);
    CHECK(net.laptop(1).db->scalar(QStringLiteral("SELECT count(*) FROM sync_invites")).value().toInt() == 0);

    const auto client = net.laptop(0).addClient(QStringLiteral("Siti Aminah"));
    const auto kase = net.laptop(0).addCase(client.id);
    const auto first = net.sync(0);
    INFO(first.detail.toStdString());
    REQUIRE(first.ok());
    const auto second = net.sync(1);
    INFO(second.detail.toStdString());
    REQUIRE(second.ok());
    CHECK(second.applied > 0);
    CHECK(second.quarantined == 0);
    auto seen = net.laptop(1).ws->cases().get(kase.id);
    REQUIRE_OK(seen);
    CHECK(seen->clientId == client.id);

    // And back: the member's edit reaches the admin.
    auto edited = *seen;
    edited.risk = QStringLiteral("high");
    REQUIRE(net.laptop(1).ws->cases().update(edited).ok());
    REQUIRE(net.sync(1).ok());
    const auto back = net.sync(0);
    REQUIRE(back.ok());
    CHECK(back.quarantined == 0);
    CHECK(net.laptop(0).ws->cases().get(kase.id).value().risk == QLatin1String("high"));
    CHECK(net.dump(0) == net.dump(1));
}

TEST_CASE("an invite works once, a wrong, mistyped or expired code is refused", "[sync][join]")
{
    JoinNet net(4);
    net.foundOrganisation();

    SECTION("the organisation's admin invite cannot found it twice")
    {
        auto again = net.joiner(1).joinWithInvite(net.url, net.org.inviteCode, QStringLiteral("Laptop"));
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == ErrorCode::WrongPassphrase);
        CHECK(again.error().detail.contains(QLatin1String("already used")));
    }
    SECTION("a member invite is used once")
    {
        auto invite = net.admin(0).createInvite(net.spaceId);
        REQUIRE_OK(invite);
        REQUIRE(net.joiner(1).joinWithInvite(net.url, invite->code, QStringLiteral("A")).ok());
        // The same device retrying after a lost reply is answered the same way.
        auto retry = net.joiner(1).joinWithInvite(net.url, invite->code, QStringLiteral("A"));
        REQUIRE_OK(retry);
        CHECK(retry->state == sync::JoinState::Pending);
        auto second = net.joiner(2).joinWithInvite(net.url, invite->code, QStringLiteral("B"));
        REQUIRE_FALSE(second.ok());
        CHECK(second.error().detail.contains(QLatin1String("already used")));
    }
    SECTION("a code the server does not know")
    {
        SeededRandom other(77);
        auto wrong = net.joiner(1).joinWithInvite(net.url, protocol::InviteCode::generate(other), QStringLiteral("A"));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().code == ErrorCode::WrongPassphrase);
        CHECK(wrong.error().detail.contains(QLatin1String("not known")));
        auto typo = net.joiner(1).joinWithInvite(net.url, QStringLiteral("ABCD-EFGH-JKMN-PQRS-T"), QStringLiteral("A"));
        REQUIRE_FALSE(typo.ok());
        CHECK(typo.error().code == ErrorCode::Validation);
        CHECK(net.link(1).posts == 1); // a typo never reaches the server
    }
    SECTION("an expired invite")
    {
        auto invite = net.admin(0).createInvite(net.spaceId, 3600 * 1000);
        REQUIRE_OK(invite);
        net.server.clock.advanceMs(2 * 3600 * 1000);
        auto late = net.joiner(1).joinWithInvite(net.url, invite->code, QStringLiteral("A"));
        REQUIRE_FALSE(late.ok());
        CHECK(late.error().detail.contains(QLatin1String("expired")));
    }
}

TEST_CASE("a server that swaps a joiner's box key is caught by the admin", "[sync][join][tamper]")
{
    JoinNet net(2);
    net.foundOrganisation();
    auto invite = net.admin(0).createInvite(net.spaceId);
    REQUIRE_OK(invite);
    auto pending = net.joiner(1).joinWithInvite(net.url, invite->code, QStringLiteral("Laptop Dewi"));
    REQUIRE_OK(pending);

    SeededRandom attacker(666);
    const QByteArray attackerBox = crypto::BoxKey::generate(attacker).publicKey();
    net.link(0).onReply = [&](const QString &path, server::HttpResponse &reply) {
        if (path == QLatin1String("/v1/spaces/pending") && reply.status == 200) {
            auto r = protocol::SpaceReply::decode(reply.body);
            REQUIRE_OK(r);
            for (auto &j : r->joiners)
                j.device.boxKey = attackerBox;
            reply.body = r->encode();
        }
        return true;
    };
    auto waiting = net.admin(0).pendingJoiners(net.spaceId);
    REQUIRE_OK(waiting);
    REQUIRE(waiting->size() == 1);
    CHECK_FALSE(waiting->first().verified);
    CHECK(waiting->first().fingerprint != pending->fingerprint);
    auto approved = net.admin(0).approve(net.spaceId, waiting->first());
    REQUIRE_FALSE(approved.ok());
    CHECK(approved.error().code == ErrorCode::Crypto);
    // Nothing was appended or wrapped for the forged key.
    CHECK(net.server.store->membership(net.org.spaceId, 0).value().size() == 1);
}

TEST_CASE("a membership entry no admin signed is refused by the clients", "[sync][join][tamper]")
{
    JoinNet net(2);
    net.foundOrganisation();
    net.joinAndApprove(1);

    // The server (or someone with its database) slips in a device of its own.
    SeededRandom rogue(13);
    const auto sign = crypto::SigningKey::generate(rogue);
    const auto box = crypto::BoxKey::generate(rogue);
    auto log = net.server.store->membership(net.org.spaceId, 0);
    REQUIRE_OK(log);
    protocol::MembershipEntryData e;
    e.spaceId = net.org.spaceId;
    e.index = log->size() + 1;
    e.previousHash = log->last().hash;
    e.deviceId = rogue.bytes(16);
    e.signKey = sign.publicKey();
    e.boxKey = box.publicKey();
    e.label = QStringLiteral("server");
    e.role = QStringLiteral("admin");
    e.signer = e.deviceId;
    e.sign(sign);
    const QByteArray encoded = e.encode();
    REQUIRE(net.server.store
                ->appendMembership(net.org.spaceId, {e.index, encoded, protocol::MembershipEntryData::hashOf(encoded)},
                    {{e.deviceId, e.role}})
                .ok());

    for (int i : {0, 1}) {
        auto identity = sync::SyncIdentity::loadOrCreate(*net.laptop(i).db, net.laptop(i).random);
        REQUIRE_OK(identity);
        sync::ServerSession session(net.link(i), *identity);
        auto refreshed = sync::MembershipSync::refreshMembers(*net.laptop(i).db, session, net.spaceId);
        REQUIRE_FALSE(refreshed.ok());
        CHECK(refreshed.error().code == ErrorCode::Crypto);
        CHECK(refreshed.error().detail
            == QStringLiteral("membership entry %1: signer is not an admin at this point").arg(e.index));
        CHECK(membersOf(net.laptop(i), net.spaceId).size() == 2);
    }
}

TEST_CASE("a joiner refuses a welcome the admin did not make", "[sync][join][tamper]")
{
    JoinNet net(2);
    net.foundOrganisation();
    auto invite = net.admin(0).createInvite(net.spaceId);
    REQUIRE_OK(invite);
    REQUIRE(net.joiner(1).joinWithInvite(net.url, invite->code, QStringLiteral("Laptop Dewi")).ok());
    auto waiting = net.admin(0).pendingJoiners(net.spaceId);
    REQUIRE_OK(waiting);
    REQUIRE_OK(net.admin(0).approve(net.spaceId, waiting->first()));

    // The server hands over a space key of its own choosing, sealed to the joiner.
    SeededRandom fake(5);
    net.link(1).onReply = [&](const QString &path, server::HttpResponse &reply) {
        if (path == QLatin1String("/v1/spaces/keys/get") && reply.status == 200) {
            auto r = protocol::SpaceReply::decode(reply.body);
            REQUIRE_OK(r);
            const SecretBytes key = SecretBytes::fromBytes(fake.bytes(32).constData(), 32);
            auto identity = sync::SyncIdentity::loadOrCreate(*net.laptop(1).db, net.laptop(1).random);
            r->wraps.first().sealed = crypto::BoxKey::seal(identity->box().publicKey(), key).value();
            reply.body = r->encode();
        }
        return true;
    };
    auto done = net.joiner(1).completeJoin();
    REQUIRE_FALSE(done.ok());
    CHECK(done.error().code == ErrorCode::Crypto);
    CHECK(done.error().detail.contains(QLatin1String("welcome")));
    CHECK_FALSE(sync::SyncSpaces(*net.laptop(1).db).key(net.spaceId, 1).ok());

    // Untouched, the same welcome is accepted.
    net.link(1).onReply = nullptr;
    auto retried = net.joiner(1).completeJoin();
    REQUIRE_OK(retried);
    CHECK(retried->state == sync::JoinState::Joined);
}

TEST_CASE("the server answers 403 to a device that is not a member of the space", "[sync][join]")
{
    JoinNet net(3);
    net.foundOrganisation();
    auto invite = net.admin(0).createInvite(net.spaceId);
    REQUIRE_OK(invite);
    REQUIRE(net.joiner(1).joinWithInvite(net.url, invite->code, QStringLiteral("Pending")).ok());

    auto identity = sync::SyncIdentity::loadOrCreate(*net.laptop(1).db, net.laptop(1).random);
    REQUIRE_OK(identity);
    sync::ServerSession session(net.link(1), *identity);
    protocol::SpaceRequest ask;
    ask.spaceId = net.org.spaceId;
    for (const char *path : {"/v1/spaces/membership/read", "/v1/spaces/keys/get", "/v1/spaces/pending"}) {
        CHECK_FALSE(session.space(QString::fromLatin1(path), ask).ok());
        CHECK(session.lastStatus() == 403);
    }
    // A member that is not an admin may read but not approve or invite.
    net.joinAndApprove(2);
    auto memberId = sync::SyncIdentity::loadOrCreate(*net.laptop(2).db, net.laptop(2).random);
    REQUIRE_OK(memberId);
    sync::ServerSession member(net.link(2), *memberId);
    CHECK(member.space(QStringLiteral("/v1/spaces/membership/read"), ask).ok());
    CHECK_FALSE(member.space(QStringLiteral("/v1/spaces/pending"), ask).ok());
    CHECK(member.lastStatus() == 403);
}

TEST_CASE("the server's database never holds an invite code", "[sync][join]")
{
    JoinNet net(2);
    net.foundOrganisation();
    auto invite = net.admin(0).createInvite(net.spaceId);
    REQUIRE_OK(invite);
    const QString memberCode = invite->code;
    REQUIRE(net.joiner(1).joinWithInvite(net.url, memberCode, QStringLiteral("Laptop Dewi")).ok());
    if (test::testBackendName() != QLatin1String("sqlite"))
        return; // PostgreSQL keeps its files elsewhere
    net.server.reopen(); // checkpoint the WAL into the file
    QByteArray everything;
    QDirIterator it(net.server.location.dataDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        REQUIRE(f.open(QIODevice::ReadOnly));
        everything += f.readAll();
    }
    REQUIRE_FALSE(everything.isEmpty());
    for (const QString &code : {net.org.inviteCode, memberCode}) {
        CHECK_FALSE(everything.contains(code.toLatin1()));
        CHECK_FALSE(everything.contains(protocol::InviteCode::compact(code)));
        CHECK_FALSE(everything.contains(protocol::InviteCode::compact(code).toLower()));
    }
}

TEST_CASE("an approval whose reply was lost is approved again without a second entry", "[sync][join]")
{
    JoinNet net(2);
    net.foundOrganisation();
    auto invite = net.admin(0).createInvite(net.spaceId);
    REQUIRE_OK(invite);
    REQUIRE_OK(net.joiner(1).joinWithInvite(net.url, invite->code, QStringLiteral("Laptop Dewi")));
    auto waiting = net.admin(0).pendingJoiners(net.spaceId);
    REQUIRE_OK(waiting);
    REQUIRE(waiting->size() == 1);

    net.link(0).onReply
        = [](const QString &path, server::HttpResponse &) { return path != QLatin1String("/v1/spaces/keys/put"); };
    auto cut = net.admin(0).approve(net.spaceId, waiting->first());
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().code == ErrorCode::Io);

    net.link(0).onReply = nullptr;
    REQUIRE_OK(net.admin(0).approve(net.spaceId, waiting->first()));
    CHECK(net.server.store->membership(net.org.spaceId, 0).value().size() == 2); // added once
    auto done = net.joiner(1).completeJoin();
    REQUIRE_OK(done);
    CHECK(done->state == sync::JoinState::Joined);
}
