#pragma once

#include "base/Result.h"
#include "sync/ReplyApplier.h"
#include "sync/SyncTransport.h"

#include <atomic>
#include <functional>
#include <optional>

namespace lintas {
class Clock;
class RandomSource;
} // namespace lintas
namespace lintas::store {
class Database;
}

namespace lintas::sync {

class SyncIdentity;

// What stopped a sync run, in terms a person can act on (the UI words each one).
enum class SyncProblem {
    None,
    NotJoined, // the profile has not joined an organisation yet
    Offline, // no connection, the connection dropped, or no answer in time: try again later
    Refused, // 401: the server does not (or no longer) accept this device
    NotMember, // 403: this device is not a member of the space
    ServerBusy, // 429, 5xx: the server asked us to come back later
    ServerFault, // the server broke the protocol (bad reply, log chain mismatch): nothing was kept
    Storage, // the profile could not be written (disk full): nothing was kept, try again later
    // Sync itself went well, but another device deleted many rows at once and those deletions
    // wait for the user to confirm or refuse them (HeldDeletions). Reported by SyncRunner, never
    // as a failed run.
    DeletionsHeld,
};

struct SyncProgress {
    qint64 waiting = 0; // local changes not yet acknowledged
    qint64 pushed = 0; // acknowledged during this run
    qint64 pulled = 0; // records read from the server during this run
    qint64 toPull = 0; // records the server had beyond our cursor when last asked
};

struct SyncOutcome {
    SyncProblem problem = SyncProblem::None;
    QString detail; // English, for logs and the sync page's "last errors"
    qint64 retryAfterMs = 0; // what the server asked for (Retry-After), 0 if nothing
    int rounds = 0;
    int pushed = 0;
    int refused = 0;
    int applied = 0;
    int quarantined = 0;
    int relayed = 0; // changes sent on into another space this laptop is in (SpaceRelay)
    bool resynced = false;
    int restamped = 0; // local changes re-stamped because the laptop's clock was badly wrong
    int heldDeletions = 0; // deletions waiting for confirmation after this run (all, not only new)
    QString heldDetail; // HeldDeletions::attentionText(), empty when none wait
    qint64 clockOffsetMs = 0; // corrected time − laptop time
    quint32 deviceFlags = 0; // what the server noticed about this device (protocol flags)
    bool ok() const { return problem == SyncProblem::None; }
};

// What one sync run hands to the next: the device token (a login costs two round trips, so a
// worker logs in once per token, not once per run) and the request size learnt on this link.
struct SyncSession {
    QByteArray token;
    qint64 tokenExpiresAt = 0; // server time
    qint64 batchBytes = 16 * 1024;
    // Server time − laptop time at the last reply, to tell whether the token has run out.
    std::optional<qint64> clockOffsetMs;
};

// One sync run of a profile: push what waits and pull what is new, in combined round trips,
// until both are done or something stops it. Synchronous: the desktop app runs it on a worker
// thread with its own connection to the profile; tests and lintas-cli call it directly.
// Network I/O never happens inside a transaction: each round seals (one transaction), sends,
// then applies the reply (another transaction).
class SyncEngine {
public:
    // `session` carries the token and request size from run to run (the sync worker keeps one);
    // without it the engine logs in afresh.
    SyncEngine(store::Database &db, SyncTransport &transport, const Clock &clock, RandomSource &random,
        SyncSession *session = nullptr);
    ~SyncEngine();

    SyncOutcome run();
    // The space run() syncs (hex id); the organisation's own space when never set. The transport
    // must lead to that space's server (SpacesSync runs every space).
    void setSpace(const QString &spaceId) { m_spaceId = spaceId; }
    // Asks a running run() to stop after the round in flight (from any thread).
    void requestStop() { m_stop.store(true); }
    void setProgressHandler(std::function<void(const SyncProgress &)> handler) { m_onProgress = std::move(handler); }
    // The entities this version applies (ReplyApplier::setKnownEntities): tests stand in for an
    // older version with fewer.
    void setKnownEntities(const QVector<const repo::EntityDef *> &defs) { m_known = defs; }

    // Bytes of envelopes per request: starts at 16 KiB, doubles after a fast full round (up to
    // 1 MiB), halves after a timeout, so one request takes a few seconds even on 2G.
    qint64 batchBytes() const { return m_session.batchBytes; }
    static constexpr qint64 kFirstBatchBytes = 16 * 1024;
    static constexpr qint64 kMaxBatchBytes = 1024 * 1024;
    static constexpr qint64 kMinBatchBytes = 4 * 1024;
    // Page cache of the connection while a run applies replies (SQLite's default is 2,000 KiB).
    static constexpr int kPageCacheMiB = 32;
    // A token this close to running out is not offered: the request would be refused.
    static constexpr qint64 kTokenMarginMs = 60'000;

private:
    SyncOutcome fail(SyncOutcome outcome, SyncProblem problem, const QString &detail) const;
    SyncOutcome rounds();
    // POST with a token; authenticates first when there is none, and once more after a 401.
    Result<TransportReply> call(const SyncIdentity &identity, const QString &path, const QByteArray &body);
    // Logs in by signing a server challenge. A refusal (401, 429, 5xx) comes back as that reply.
    Result<std::optional<TransportReply>> authenticate(const SyncIdentity &identity);
    Status correctClock(qint64 serverTime, qint64 roundTripMs, SyncOutcome &outcome);
    // Whether to learn the clock offset before sealing anything (OutboxRestamp).
    Result<bool> needsClockProbe(const SpaceInfo &space);
    SyncProblem problemFor(const TransportReply &reply) const;
    void adapt(qint64 roundTripMs, bool full);

    store::Database &m_db;
    SyncTransport &m_transport;
    const Clock &m_clock;
    RandomSource &m_random;
    std::function<void(const SyncProgress &)> m_onProgress;
    std::atomic<bool> m_stop {false};
    SyncSession m_ownSession;
    SyncSession &m_session;
    qint64 m_lastRetryAfterMs = 0;
    std::optional<QVector<const repo::EntityDef *>> m_known;
    QString m_spaceId;
    bool m_home = true; // syncing the organisation's own space
};

} // namespace lintas::sync
