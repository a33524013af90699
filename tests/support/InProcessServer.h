#pragma once

// For suites that link lintas-server-lib (tests/server/*, tests/sync/*): a lintas-server API
// over a real store of the backend under test, reached through a SyncTransport without sockets
// (the "fake network" for fast sync cases; end-to-end cases run the real binary).

#include "api/ServerApi.h"
#include "base/Clock.h"
#include "base/RandomSource.h"
#include "crypto/SecretBytes.h"
#include "protocol/LogChain.h"
#include "storage/ServerStore.h"
#include "store/Database.h"
#include "support/ApiPost.h"
#include "support/TempDir.h"
#include "support/TestPostgres.h"
#include "sync/ChangeCodec.h"
#include "sync/SyncIdentity.h"
#include "sync/SyncSpaces.h"
#include "sync/SyncTransport.h"

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace lintas::test {

struct InProcessServer {
    TempDir dir;
    ManualClock clock {1'795'000'000'000};
    SeededRandom random {99};
    StoreLocation location;
    std::unique_ptr<server::ServerStore> store;
    std::unique_ptr<server::ServerApi> api;

    InProcessServer()
    {
        auto where = freshStoreLocation(dir);
        REQUIRE(where.ok());
        location = *where;
        reopen();
    }

    // A new store connection and API over the same data (a server restart).
    void reopen()
    {
        api.reset();
        store.reset();
        auto s = openStoreAt(location);
        REQUIRE(s.ok());
        store = std::move(*s);
        auto a = server::ServerApi::create(*store, clock, random);
        REQUIRE(a.ok());
        api = std::move(*a);
    }

    server::HttpResponse post(const QString &path, const QByteArray &body, const QByteArray &token)
    {
        return api->handle(apiPost(path, body, token));
    }
};

// Posts straight into an InProcessServer. Faults can be injected per call.
class InProcessTransport : public sync::SyncTransport {
public:
    explicit InProcessTransport(InProcessServer &server) : m_server(server) { }

    // Called with each exchange; return false to lose the reply (the server handled the request
    // but the client sees a dropped connection), or change the reply on its way.
    std::function<bool(const QString &path, server::HttpResponse &reply)> onReply;
    bool offline = false;
    int posts = 0;

    Result<sync::TransportReply> post(const QString &path, const QByteArray &body, const QByteArray &token) override
    {
        ++posts;
        if (offline)
            return makeError(ErrorCode::Io, QStringLiteral("connection refused"));
        server::HttpResponse reply = m_server.post(path, body, token);
        if (onReply && !onReply(path, reply))
            return makeError(ErrorCode::Io, QStringLiteral("connection reset after the request was sent"));
        return transportReply(reply);
    }

private:
    InProcessServer &m_server;
};

// Joins a profile to a space directly on both sides, as the join flow will once an admin has
// approved the device: the server knows its keys and membership, the profile holds the space
// key and the members' public keys. `members` get each other's keys.
inline QByteArray makeSpace(server::ServerStore &store, RandomSource &random, qint64 nowMs, const QString &name)
{
    const QByteArray spaceId = random.bytes(16);
    REQUIRE(store.createSpace(spaceId, name, nowMs).ok());
    return spaceId;
}

inline QByteArray makeSpace(InProcessServer &server, const QString &name)
{
    return makeSpace(*server.store, server.random, server.clock.nowMs(), name);
}

struct SpaceMembership {
    QByteArray spaceId;
    const SecretBytes *key = nullptr;
    quint32 epoch = 1;
};

inline void enrol(server::ServerStore &store, qint64 nowMs, store::Database &db, RandomSource &random,
    const SpaceMembership &space, const QString &role = QStringLiteral("member"))
{
    auto identity = sync::SyncIdentity::loadOrCreate(db, random);
    REQUIRE(identity.ok());
    server::DeviceRecord device;
    device.deviceId = identity->deviceIdBytes();
    device.signKey = identity->signing().publicKey();
    device.boxKey = identity->box().publicKey();
    device.createdAt = nowMs;
    REQUIRE(store.addDevice(device).ok());
    auto log = store.membership(space.spaceId, 0);
    REQUIRE(log.ok());
    server::MembershipEntry entry;
    entry.index = log->size() + 1;
    entry.entry = "add " + device.deviceId;
    entry.hash
        = protocol::LogChain::next(log->isEmpty() ? protocol::LogChain::genesis() : log->last().hash, entry.entry);
    REQUIRE(store.appendMembership(space.spaceId, entry, {{device.deviceId, role}}).ok());

    sync::SyncSpaces spaces(db);
    const QString spaceHex = sync::ChangeCodec::idText(space.spaceId);
    if (!spaces.space(spaceHex).ok()) {
        sync::SpaceInfo info;
        info.spaceId = spaceHex;
        info.serverUrl = QStringLiteral("http://127.0.0.1");
        info.name = QStringLiteral("LBH Lampung");
        info.role = role;
        info.epoch = space.epoch;
        info.cursor.chain = protocol::LogChain::genesis();
        info.joinedAt = nowMs;
        REQUIRE(spaces.add(info).ok());
        REQUIRE(spaces.putKey(spaceHex, space.epoch, *space.key).ok());
    }
}

inline void enrol(InProcessServer &server, store::Database &db, RandomSource &random, const SpaceMembership &space,
    const QString &role = QStringLiteral("member"))
{
    enrol(*server.store, server.clock.nowMs(), db, random, space, role);
}

// Every enrolled profile learns every other's public keys (what the verified membership log
// gives them).
inline void introduce(const QByteArray &spaceId, const QVector<store::Database *> &profiles, RandomSource &random)
{
    const QString spaceHex = sync::ChangeCodec::idText(spaceId);
    for (store::Database *learner : profiles)
        for (store::Database *other : profiles) {
            auto identity = sync::SyncIdentity::loadOrCreate(*other, random);
            REQUIRE(identity.ok());
            sync::SpaceMember m;
            m.deviceId = identity->deviceId();
            m.signKey = identity->signing().publicKey();
            m.boxKey = identity->box().publicKey();
            m.role = QStringLiteral("member");
            REQUIRE(sync::SyncSpaces(*learner).putMember(spaceHex, m).ok());
        }
}

// The shortcut's membership entries are not signed; profiles enrolled by it are told the log is
// verified up to its head, so the engine does not try to verify them.
inline void trustMembershipHead(
    server::ServerStore &store, const QByteArray &spaceId, const QVector<store::Database *> &profiles)
{
    auto log = store.membership(spaceId, 0);
    REQUIRE(log.ok());
    REQUIRE_FALSE(log->isEmpty());
    for (store::Database *db : profiles) {
        auto st = db->prepare(QStringLiteral(
            "INSERT OR REPLACE INTO space_membership (space_id, head_index, head_hash) VALUES (?, ?, ?)"));
        REQUIRE(st.ok());
        st->bind(1, sync::ChangeCodec::idText(spaceId)).bind(2, log->last().index).bind(3, log->last().hash);
        REQUIRE(st->exec().ok());
    }
}

} // namespace lintas::test
