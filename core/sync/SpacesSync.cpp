#include "sync/SpacesSync.h"

#include "sync/OutboxSealer.h"
#include "sync/SyncSpaces.h"

namespace lintas::sync {

SpacesSync::SpacesSync(store::Database &db, MakeTransport makeTransport, const Clock &clock, RandomSource &random,
    QHash<QString, SyncSession> *sessions)
    : m_db(db),
      m_makeTransport(std::move(makeTransport)),
      m_clock(clock),
      m_random(random),
      m_sessions(sessions ? *sessions : m_ownSessions)
{ }

void SpacesSync::requestStop()
{
    m_stop.store(true);
    if (SyncEngine *engine = m_engine.load())
        engine->requestStop();
}

void SpacesSync::syncOne(const SpaceInfo &space, qsizetype spaceCount, SyncOutcome &total)
{
    if (m_stop.load())
        return;
    std::unique_ptr<SyncTransport> transport = m_makeTransport(space.serverUrl);
    SyncEngine engine(m_db, *transport, m_clock, m_random, &m_sessions[space.serverUrl]);
    engine.setSpace(space.spaceId);
    if (m_onProgress)
        engine.setProgressHandler(m_onProgress);
    m_engine.store(&engine);
    const SyncOutcome one = engine.run();
    m_engine.store(nullptr);

    if (total.ok() && !one.ok()) {
        total.problem = one.problem;
        total.detail = spaceCount > 1 ? QStringLiteral("%1: %2").arg(space.name, one.detail) : one.detail;
    }
    total.retryAfterMs = std::max(total.retryAfterMs, one.retryAfterMs);
    total.rounds += one.rounds;
    total.pushed += one.pushed;
    total.refused += one.refused;
    total.applied += one.applied;
    total.quarantined += one.quarantined;
    total.relayed += one.relayed;
    total.resynced = total.resynced || one.resynced;
    total.restamped += one.restamped;
    // Counted over the whole profile by each run: the last count is the newest.
    total.heldDeletions = one.heldDeletions;
    total.heldDetail = one.heldDetail;
    if (space.home)
        total.clockOffsetMs = one.clockOffsetMs;
    total.deviceFlags |= one.deviceFlags;
}

SyncOutcome SpacesSync::run()
{
    m_stop.store(false);
    SyncOutcome total;
    const auto spaces = SyncSpaces(m_db).all();
    if (!spaces) {
        total.problem = SyncProblem::Storage;
        total.detail = spaces.error().detail;
        return total;
    }
    if (spaces->isEmpty()) {
        total.problem = SyncProblem::NotJoined;
        total.detail = QStringLiteral("no space joined");
        return total;
    }
    for (const SpaceInfo &space : *spaces)
        syncOne(space, spaces->size(), total);
    // What one space's records relayed into a space synced earlier in this run goes now, not at
    // the next run: a withdrawn consent should not wait an hour.
    if (total.relayed > 0 && !m_stop.load()) {
        for (const SpaceInfo &space : *spaces) {
            const auto waiting = OutboxSealer::countWaiting(m_db, &space);
            if (waiting && *waiting > 0)
                syncOne(space, spaces->size(), total);
        }
    }
    return total;
}

} // namespace lintas::sync
