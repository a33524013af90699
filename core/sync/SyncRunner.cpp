#include "sync/SyncRunner.h"

#include "base/Clock.h"
#include "store/Database.h"
#include "sync/OutboxSealer.h"
#include "sync/SyncSpaces.h"

namespace lintas::sync {

SyncRunner::SyncRunner(SyncWorker::OpenConnection openConnection, SyncWorker::MakeTransport makeTransport,
    const Clock &clock, RandomSource &random, SyncSchedule::Timings timings)
    : m_openConnection(std::move(openConnection)),
      m_makeTransport(std::move(makeTransport)),
      m_clock(clock),
      m_random(random),
      m_schedule(random, timings),
      m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncRunner::runOnce);
}

SyncRunner::~SyncRunner() = default;

qint64 SyncRunner::now() const
{
    return m_clock.nowMs();
}

void SyncRunner::syncNow()
{
    m_schedule.syncNow(now());
    plan();
}

void SyncRunner::localEdit()
{
    m_schedule.localEdit(now());
    if (m_db)
        m_state.waiting = OutboxSealer::countWaiting(*m_db).valueOr(m_state.waiting);
    plan();
    publish();
}

void SyncRunner::setOnline(bool online)
{
    m_schedule.networkChanged(online, now());
    if (!online && m_state.phase != SyncState::Phase::NotJoined)
        m_state.phase = SyncState::Phase::Offline;
    else if (online && m_state.phase == SyncState::Phase::Offline)
        m_state.phase = SyncState::Phase::Idle;
    plan();
    publish();
}

void SyncRunner::userReturned()
{
    m_schedule.userReturned(now());
    plan();
    publish(); // the next run's time may have moved
}

void SyncRunner::requestStop()
{
    // Called from the owner's thread while a run may be in flight on ours.
    if (SpacesSync *engine = m_engine.load())
        engine->requestStop();
}

void SyncRunner::plan()
{
    const qint64 at = m_schedule.nextRunAt();
    m_state.nextRunAt = at;
    if (at < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(static_cast<int>(std::clamp<qint64>(at - now(), 0, 24LL * 3600 * 1000)));
}

void SyncRunner::publish()
{
    emit stateChanged(m_state);
}

void SyncRunner::runOnce()
{
    if (!m_db) {
        auto opened = m_openConnection();
        if (!opened) {
            SyncOutcome failed;
            failed.problem = SyncProblem::Storage;
            failed.detail = opened.error().detail;
            m_schedule.finished(failed, now());
            m_state.phase = SyncState::Phase::NeedsAttention;
            m_state.problem = failed.problem;
            m_state.detail = failed.detail;
            plan();
            publish();
            return;
        }
        m_db = std::move(*opened);
    }
    m_schedule.started(now());
    m_state.phase = SyncState::Phase::Syncing;
    m_state.progress = {};
    publish();
    SpacesSync engine(*m_db, m_makeTransport, m_clock, m_random, &m_sessions);
    engine.setProgressHandler([this](const SyncProgress &p) {
        m_state.progress = p;
        m_state.waiting = p.waiting;
        publish();
    });
    m_engine.store(&engine);
    const SyncOutcome outcome = engine.run();
    m_engine.store(nullptr);

    m_schedule.finished(outcome, now());
    m_state.waiting = OutboxSealer::countWaiting(*m_db).valueOr(m_state.waiting);
    m_state.problem = outcome.problem;
    m_state.detail = outcome.detail;
    m_state.deviceFlags = outcome.deviceFlags;
    m_state.heldDeletions = outcome.heldDeletions;
    if (outcome.ok() && outcome.heldDeletions > 0) {
        // Synced, but a mass deletion waits for the user: "needs attention", with the reason.
        m_state.phase = SyncState::Phase::NeedsAttention;
        m_state.problem = SyncProblem::DeletionsHeld;
        m_state.detail = outcome.heldDetail;
        m_state.lastSyncAt = now() + outcome.clockOffsetMs;
        m_state.clockOffsetMs = outcome.clockOffsetMs;
    } else if (outcome.ok()) {
        m_state.phase = SyncState::Phase::Idle;
        m_state.lastSyncAt = now() + outcome.clockOffsetMs;
        m_state.clockOffsetMs = outcome.clockOffsetMs;
    } else if (outcome.problem == SyncProblem::NotJoined) {
        m_state.phase = SyncState::Phase::NotJoined;
    } else if (outcome.problem == SyncProblem::Offline) {
        m_state.phase = SyncState::Phase::Offline;
    } else {
        m_state.phase = SyncState::Phase::NeedsAttention;
    }
    plan();
    publish();
    if (outcome.applied > 0)
        emit remoteChangesApplied(outcome.applied);
}

} // namespace lintas::sync
