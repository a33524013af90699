#pragma once

#include "support/InProcessServer.h"
#include "support/WorkspaceFixture.h"
#include "sync/OutboxReplay.h"
#include "sync/SyncEngine.h"

#include <memory>
#include <vector>

namespace lintas::test {

// A link to an InProcessServer that misbehaves on request: down, a /v1/sync reply lost after the
// server committed it, a /v1/sync request delivered twice, and a stale copy of the last request
// delivered again later (what a retrying proxy or a slow network does).
class UnreliableLink : public sync::SyncTransport {
public:
    explicit UnreliableLink(InProcessServer &server) : m_server(server) { }

    bool offline = false;
    bool loseNextSyncReply = false;
    bool duplicateNextSync = false;

    Result<sync::TransportReply> post(const QString &path, const QByteArray &body, const QByteArray &token) override
    {
        if (offline)
            return makeError(ErrorCode::Io, QStringLiteral("connection refused"));
        const bool isSync = path == QStringLiteral("/v1/sync");
        if (isSync) {
            m_lastSyncBody = body;
            m_lastSyncToken = token;
            if (duplicateNextSync) {
                duplicateNextSync = false;
                m_server.post(path, body, token); // delivered twice; the first reply goes nowhere
            }
        }
        const server::HttpResponse reply = m_server.post(path, body, token);
        if (isSync && loseNextSyncReply) {
            loseNextSyncReply = false;
            return makeError(ErrorCode::Io, QStringLiteral("connection reset after the request was sent"));
        }
        sync::TransportReply out;
        out.status = reply.status;
        out.body = reply.body;
        return out;
    }

    // Delivers the last /v1/sync request once more; its HTTP status, or 0 if there was none.
    int replayLastSync()
    {
        if (m_lastSyncBody.isEmpty())
            return 0;
        return m_server.post(QStringLiteral("/v1/sync"), m_lastSyncBody, m_lastSyncToken).status;
    }

private:
    InProcessServer &m_server;
    QByteArray m_lastSyncBody;
    QByteArray m_lastSyncToken;
};

// `count` laptops in one organisation space of an in-process server, each with its own clock
// (set `skewMs[i]` off the server's) and an unreliable link.
struct ConvergenceNet {
    InProcessServer server;
    QByteArray spaceId;
    SecretBytes spaceKey = fixedKey(0x5a);
    std::vector<std::unique_ptr<WorkspaceFixture>> laptops;
    std::vector<std::unique_ptr<UnreliableLink>> links;
    std::vector<sync::SyncSession> sessions; // kept from run to run, as the sync worker does

    ConvergenceNet(int count, const std::vector<qint64> &skewMs)
    {
        spaceId = makeSpace(server, QStringLiteral("LBH Lampung"));
        QVector<store::Database *> dbs;
        for (int i = 0; i < count; ++i) {
            laptops.push_back(std::make_unique<WorkspaceFixture>(1000 + i));
            laptops.back()->clock.advanceMs(skewMs.at(static_cast<std::size_t>(i)));
            // Durability is not under test here (SYNC.md tests 1, 3 and 15 are): without an fsync
            // per transaction hundreds of laptops' worth of cases run in seconds.
            REQUIRE(laptops.back()->db->execScript(QStringLiteral("PRAGMA synchronous = OFF")).ok());
            links.push_back(std::make_unique<UnreliableLink>(server));
            enrol(server, *laptops.back()->db, laptops.back()->random, {spaceId, &spaceKey, 1});
            dbs.push_back(laptops.back()->db.get());
        }
        sessions.resize(static_cast<std::size_t>(count));
        introduce(spaceId, dbs, server.random);
        trustMembershipHead(*server.store, spaceId, dbs);
    }

    int size() const { return static_cast<int>(laptops.size()); }
    WorkspaceFixture &laptop(int i) { return *laptops.at(static_cast<std::size_t>(i)); }
    UnreliableLink &link(int i) { return *links.at(static_cast<std::size_t>(i)); }
    QVector<store::Database *> databases()
    {
        QVector<store::Database *> out;
        for (auto &l : laptops)
            out << l->db.get();
        return out;
    }

    // The server's clock moves a second per run: its login rate limits (a burst, then one per
    // second per address) see time pass as they would with real laptops.
    sync::SyncOutcome sync(int i)
    {
        server.clock.advanceMs(1000);
        sync::SyncEngine engine(
            *laptop(i).db, link(i), laptop(i).clock, laptop(i).random, &sessions.at(static_cast<std::size_t>(i)));
        return engine.run();
    }

    qint64 serverHead()
    {
        auto head = server.store->head(spaceId);
        return head.ok() ? head->seq : -1;
    }
};

} // namespace lintas::test
