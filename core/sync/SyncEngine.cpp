#include "sync/SyncEngine.h"

#include "repo/ChangeWriter.h"

#include "base/Clock.h"
#include "base/RandomSource.h"
#include "repo/DerivedTables.h"
#include "store/Database.h"
#include "store/PageCacheBoost.h"
#include "sync/ChangeCodec.h"
#include "sync/DeviceLogin.h"
#include "sync/EpochKeys.h"
#include "sync/HeldDeletions.h"
#include "sync/HybridLogicalClock.h"
#include "sync/JoinRecords.h"
#include "sync/MembershipSync.h"
#include "sync/OutboxRestamp.h"
#include "sync/OutboxSealer.h"
#include "sync/ServerSession.h"
#include "sync/SyncIdentity.h"
#include "sync/SyncSpaces.h"

namespace lintas::sync {

namespace {

constexpr qint64 kFastRoundMs = 2000;
constexpr int kMaxRounds = 100'000; // a guard against a server that never lets us catch up
// A clock offset learnt this long ago may no longer hold (a CMOS battery dies overnight).
constexpr qint64 kOffsetTrustMs = 24LL * 60 * 60 * 1000;

} // namespace

SyncEngine::SyncEngine(
    store::Database &db, SyncTransport &transport, const Clock &clock, RandomSource &random, SyncSession *session)
    : m_db(db), m_transport(transport), m_clock(clock), m_random(random), m_session(session ? *session : m_ownSession)
{ }

SyncEngine::~SyncEngine() = default;

SyncOutcome SyncEngine::fail(SyncOutcome outcome, SyncProblem problem, const QString &detail) const
{
    outcome.problem = problem;
    outcome.detail = detail;
    outcome.retryAfterMs = m_lastRetryAfterMs;
    return outcome;
}

SyncProblem SyncEngine::problemFor(const TransportReply &reply) const
{
    switch (reply.status) {
    case 401:
        return SyncProblem::Refused;
    case 403:
        return SyncProblem::NotMember;
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return SyncProblem::ServerBusy;
    default:
        return SyncProblem::ServerFault;
    }
}

Result<std::optional<TransportReply>> SyncEngine::authenticate(const SyncIdentity &identity)
{
    LINTAS_TRY_ASSIGN(auto outcome, logIn(m_transport, identity));
    if (const auto *refused = std::get_if<TransportReply>(&outcome))
        return std::optional<TransportReply>(*refused);
    const auto &token = std::get<protocol::TokenReply>(outcome);
    m_session.token = token.token;
    m_session.tokenExpiresAt = token.expiresAt;
    return std::optional<TransportReply>();
}

Result<TransportReply> SyncEngine::call(const SyncIdentity &identity, const QString &path, const QByteArray &body)
{
    // Idle polls hours apart outlive the token (2 h): a request with a token known to have run
    // out would only come back 401 before the login, a wasted exchange on every such poll.
    if (!m_session.token.isEmpty() && m_session.tokenExpiresAt > 0 && m_session.clockOffsetMs
        && m_clock.nowMs() + *m_session.clockOffsetMs >= m_session.tokenExpiresAt - kTokenMarginMs)
        m_session.token.clear();
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_session.token.isEmpty()) {
            // A refused login (401, 429) is answered like the request itself would have been.
            LINTAS_TRY_ASSIGN(const auto refused, authenticate(identity));
            if (refused)
                return *refused;
        }
        LINTAS_TRY_ASSIGN(TransportReply reply, m_transport.post(path, body, m_session.token));
        if (reply.status != 401)
            return reply;
        m_session.token.clear(); // expired or the server restarted with a new secret: log in again, once
        if (attempt == 1)
            return reply;
    }
    return makeError(ErrorCode::Internal, QStringLiteral("unreachable"));
}

Status SyncEngine::correctClock(qint64 serverTime, qint64 roundTripMs, SyncOutcome &outcome)
{
    // The server's time was read about half a round trip before the reply arrived.
    const qint64 offset = serverTime + roundTripMs / 2 - m_clock.nowMs();
    outcome.clockOffsetMs = offset;
    m_session.clockOffsetMs = offset;
    // Every write stamps the time corrected by the organisation's server: another organisation's
    // server, whose clock may differ, tells only its own token's expiry.
    if (!m_home)
        return {};
    LINTAS_TRY_ASSIGN(
        auto st, m_db.prepare(QStringLiteral("UPDATE device_state SET clock_offset_ms = ? WHERE id = 1")));
    st.bind(1, offset);
    return st.exec();
}

Result<bool> SyncEngine::needsClockProbe(const SpaceInfo &space)
{
    LINTAS_TRY_ASSIGN(const store::SqlValue unsealed,
        m_db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE pushed_at IS NULL AND envelope IS NULL")));
    if (unsealed.toLongLong() == 0)
        return false;
    LINTAS_TRY_ASSIGN(const store::SqlValue offset,
        m_db.scalar(QStringLiteral("SELECT clock_offset_ms FROM device_state WHERE id = 1")));
    // Never synced, the clock went back since the last sync, or that was long ago: the stamps of
    // the changes waiting may be badly wrong, and a sealed envelope can no longer be re-stamped.
    // One pull-only round first tells the offset; it costs a round trip only in those cases.
    const qint64 correctedNow = m_clock.nowMs() + offset.toLongLong();
    return space.lastSyncAt == 0 || correctedNow < space.lastSyncAt - OutboxRestamp::kBadClockMs
        || correctedNow > space.lastSyncAt + kOffsetTrustMs;
}

void SyncEngine::adapt(qint64 roundTripMs, bool full)
{
    if (full && roundTripMs < kFastRoundMs)
        m_session.batchBytes = std::min(m_session.batchBytes * 2, kMaxBatchBytes);
    else if (roundTripMs > 5 * kFastRoundMs)
        m_session.batchBytes = std::max(m_session.batchBytes / 2, kMinBatchBytes);
}

SyncOutcome SyncEngine::run()
{
    // A reply is applied in one transaction that touches pages all over the profile.
    const store::PageCacheBoost boost(m_db, kPageCacheMiB);
    SyncOutcome outcome = rounds();
    // A long pull parks the rows it touched until it reaches the end of the log; one that stopped
    // short (link gone, stop asked) refreshes them now, so they show in search and the case list.
    if (const Status s = repo::DerivedTables::flushParked(m_db); !s.ok() && outcome.ok())
        return fail(outcome, SyncProblem::Storage, s.error().detail);
    return outcome;
}

SyncOutcome SyncEngine::rounds()
{
    SyncOutcome outcome;
    m_stop.store(false);
    m_lastRetryAfterMs = 0;
    const auto identity = SyncIdentity::loadOrCreate(m_db, m_random);
    if (!identity)
        return fail(outcome, SyncProblem::Storage, identity.error().detail);
    SyncSpaces spaces(m_db);
    std::optional<SpaceInfo> chosen;
    if (m_spaceId.isEmpty()) {
        const auto current = spaces.current();
        if (!current)
            return fail(outcome, SyncProblem::Storage, current.error().detail);
        chosen = *current;
    } else {
        const auto named = spaces.space(m_spaceId);
        if (!named && named.code() != ErrorCode::NotFound)
            return fail(outcome, SyncProblem::Storage, named.error().detail);
        if (named)
            chosen = *named;
    }
    if (!chosen)
        return fail(outcome, SyncProblem::NotJoined, QStringLiteral("no space joined"));
    SpaceInfo space = *chosen;
    m_home = space.home;
    OutboxSealer sealer(m_db, *identity, m_random);
    SyncProgress progress;
    const auto probe = needsClockProbe(space);
    if (!probe)
        return fail(outcome, SyncProblem::Storage, probe.error().detail);
    bool probing = *probe;
    bool keysAsked = false;

    while (!m_stop.load() && outcome.rounds < kMaxRounds) {
        const auto pending = probing ? Result<QVector<PendingEnvelope>>(QVector<PendingEnvelope>())
                                     : sealer.next(space, m_session.batchBytes);
        if (!pending)
            return fail(outcome, SyncProblem::Storage, pending.error().detail);
        protocol::SyncRequest request;
        request.spaceId = ChangeCodec::idBytes(space.spaceId);
        request.cursor = space.cursor;
        for (const PendingEnvelope &p : *pending)
            request.push.push_back(p.envelope);
        request.pullBytes = m_session.batchBytes;
        const auto trusted = JoinRecords(m_db).head(space.spaceId);
        if (!trusted)
            return fail(outcome, SyncProblem::Storage, trusted.error().detail);
        request.membershipIndex = trusted->has_value() ? (*trusted)->index : 0;

        const auto sent = call(*identity, QStringLiteral("/v1/sync"), request.encode());
        if (!sent) {
            if (sent.code() == ErrorCode::Io)
                m_session.batchBytes = std::max(m_session.batchBytes / 2, kMinBatchBytes); // a timeout: ask for less
            return fail(outcome, sent.code() == ErrorCode::Io ? SyncProblem::Offline : SyncProblem::ServerBusy,
                sent.error().detail);
        }
        m_lastRetryAfterMs = sent->retryAfterMs;
        if (sent->status != 200)
            return fail(outcome, problemFor(*sent), QStringLiteral("HTTP %1").arg(sent->status));
        const auto reply = protocol::SyncReply::decode(sent->body);
        if (!reply)
            return fail(outcome, SyncProblem::ServerFault, reply.error().detail);
        ++outcome.rounds;
        if (!reply->token.isEmpty()) {
            m_session.token = reply->token;
            m_session.tokenExpiresAt = reply->tokenExpiresAt;
        }
        outcome.deviceFlags = reply->deviceFlags;
        if (const Status s = correctClock(reply->serverTime, sent->roundTripMs, outcome); !s.ok())
            return fail(outcome, SyncProblem::Storage, s.error().detail);
        // Before this reply's records apply, so they meet the local edits under their true times.
        const auto restamped = OutboxRestamp::restamp(m_db, m_clock);
        if (!restamped)
            return fail(outcome, SyncProblem::Storage, restamped.error().detail);
        outcome.restamped += *restamped;

        // New members (or members gone): verify the membership log first, outside any
        // transaction, so their records in this very reply can be checked.
        if (reply->membershipHead > request.membershipIndex) {
            ServerSession members(m_transport, *identity);
            members.setToken(m_session.token);
            const auto refreshed = MembershipSync::refreshMembers(m_db, members, space.spaceId);
            m_session.token = members.token();
            if (!refreshed)
                return fail(outcome,
                    refreshed.code() == ErrorCode::Io ? SyncProblem::Offline : SyncProblem::ServerFault,
                    refreshed.error().detail);
        }
        // A rotation names a key this laptop does not hold yet: fetch it before the records
        // sealed with it are applied, and seal from now on with it. Once a run: an admin who has
        // not sealed it to us yet will have by a later sync.
        const auto lacking = EpochKeys::missing(m_db, space.spaceId);
        if (!lacking)
            return fail(outcome, SyncProblem::Storage, lacking.error().detail);
        if (*lacking && !keysAsked) {
            keysAsked = true;
            ServerSession keys(m_transport, *identity);
            keys.setToken(m_session.token);
            const auto epoch = EpochKeys::fetch(m_db, keys, *identity, space.spaceId);
            m_session.token = keys.token();
            if (!epoch)
                return fail(outcome, epoch.code() == ErrorCode::Io ? SyncProblem::Offline : SyncProblem::ServerFault,
                    epoch.error().detail);
            space.epoch = *epoch;
        }
        const auto last = m_db.scalar(QStringLiteral("SELECT last_hlc FROM device_state WHERE id = 1"));
        if (!last)
            return fail(outcome, SyncProblem::Storage, last.error().detail);
        HybridLogicalClock hlc(m_clock, Hlc::fromRaw(last->toLongLong()));
        hlc.setOffsetMs(outcome.clockOffsetMs);
        repo::ChangeWriter writer(m_db, m_clock, m_random);
        if (const Status loaded = writer.load(); !loaded.ok())
            return fail(outcome, SyncProblem::Storage, loaded.error().detail);
        ReplyApplier replyApplier(m_db, hlc);
        replyApplier.setMergeWriter(&writer);
        if (m_known)
            replyApplier.setKnownEntities(*m_known);
        const auto applied = replyApplier.apply(space, *pending, *reply, hlc.physicalNowMs());
        if (!applied) {
            const bool local = applied.code() != ErrorCode::InvalidArgument;
            return fail(outcome, local ? SyncProblem::Storage : SyncProblem::ServerFault, applied.error().detail);
        }
        outcome.pushed += applied->stored;
        outcome.refused += applied->refused;
        outcome.applied += applied->applied;
        outcome.quarantined += applied->quarantined;
        outcome.relayed += applied->relayed;
        outcome.resynced = outcome.resynced || applied->resync;

        const qint64 pulled = applied->resync ? 0 : applied->cursor.seq - space.cursor.seq;
        const bool full = !pending->isEmpty() || pulled > 0;
        adapt(sent->roundTripMs, full);
        space.cursor = applied->cursor;
        progress.pushed += applied->stored;
        progress.pulled += pulled;
        progress.toPull = std::max<qint64>(0, reply->headSeq - space.cursor.seq);
        progress.waiting = sealer.waitingCount().valueOr(0);
        if (m_onProgress)
            m_onProgress(progress);
        const qint64 waitingHere = OutboxSealer::countWaiting(m_db, &space).valueOr(0);
        const bool caughtUp = waitingHere == 0 && progress.toPull == 0 && !applied->resync;
        const bool moved
            = applied->stored + applied->refused + applied->deferred > 0 || pulled > 0 || applied->resync || probing;
        probing = false;
        if (caughtUp || !moved)
            break;
    }
    const auto held = HeldDeletions::list(m_db);
    if (!held)
        return fail(outcome, SyncProblem::Storage, held.error().detail);
    for (const HeldDeletionGroup &g : *held)
        outcome.heldDeletions += g.count();
    outcome.heldDetail = HeldDeletions::attentionText(*held);
    return outcome;
}

} // namespace lintas::sync
