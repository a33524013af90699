#include "sync/SpacesSync.h"

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
    for (const SpaceInfo &space : *spaces) {
        if (m_stop.load())
            break;
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
            total.detail = spaces->size() > 1 ? QStringLiteral("%1: %2").arg(space.name, one.detail) : one.detail;
        }
        total.retryAfterMs = std::max(total.retryAfterMs, one.retryAfterMs);
        total.rounds += one.rounds;
        total.pushed += one.pushed;
        total.refused += one.refused;
        total.applied += one.applied;
        total.quarantined += one.quarantined;
        total.resynced = total.resynced || one.resynced;
        total.restamped += one.restamped;
        // Counted over the whole profile by each run: the last count is the newest.
        total.heldDeletions = one.heldDeletions;
        total.heldDetail = one.heldDetail;
        if (space.home)
            total.clockOffsetMs = one.clockOffsetMs;
        total.deviceFlags |= one.deviceFlags;
    }
    return total;
}

} // namespace lintas::sync
