#include "sync/SyncSchedule.h"

#include "base/RandomSource.h"

#include <algorithm>

namespace lintas::sync {

namespace {

// Whether a run changed anything on either side. A quiet poll is what the idle back-off counts:
// data that moves is a sign that others are at work and more may follow soon.
bool somethingMoved(const SyncOutcome &outcome)
{
    return outcome.pushed > 0 || outcome.applied > 0 || outcome.refused > 0 || outcome.quarantined > 0
        || outcome.restamped > 0 || outcome.resynced;
}

} // namespace

void SyncSchedule::activity()
{
    m_quietPolls = 0;
    m_idleRun = false; // a run in flight when someone acts does not lengthen the interval either
    // An idle poll planned far out (4 h) comes back to an hour after the last run.
    if (m_idleAt >= 0 && m_lastFinishedAt >= 0)
        m_idleAt = std::min(m_idleAt, m_lastFinishedAt + m_t.idleIntervalMs);
}

qint64 SyncSchedule::idleIntervalMs() const
{
    qint64 interval = m_t.idleIntervalMs;
    for (int i = 0; i < m_quietPolls && interval < m_t.maxIdleIntervalMs; ++i)
        interval *= 2;
    return std::min(interval, std::max(m_t.maxIdleIntervalMs, m_t.idleIntervalMs));
}

void SyncSchedule::localEdit(qint64 nowMs)
{
    activity();
    if (m_firstEditAt < 0)
        m_firstEditAt = nowMs;
    m_lastEditAt = nowMs;
}

void SyncSchedule::syncNow(qint64 nowMs)
{
    activity();
    m_requestedAt = nowMs;
    m_retryAt = -1; // the person asked: do not make them wait out a backoff
}

void SyncSchedule::networkChanged(bool online, qint64 nowMs)
{
    const bool cameBack = online && !m_online;
    m_online = online;
    if (cameBack) {
        activity();
        m_requestedAt = nowMs;
        m_retryAt = -1;
        m_failures = 0;
    }
}

void SyncSchedule::userReturned(qint64 nowMs)
{
    activity();
    if (m_running || m_requestedAt >= 0)
        return;
    // A failing server is still given its backoff (and its Retry-After): a person glancing at the
    // window did not ask for anything, and the backoff is at most 15 min anyway.
    if (m_retryAt >= 0)
        return;
    if (m_lastFinishedAt >= 0 && nowMs - m_lastFinishedAt <= m_t.cameBackAfterMs)
        return; // fresh enough: alt-tabbing back and forth costs no traffic
    m_requestedAt = nowMs;
}

void SyncSchedule::started(qint64 nowMs)
{
    Q_UNUSED(nowMs)
    m_running = true;
    // Nothing asked for this run but the idle interval: only such runs lengthen it.
    m_idleRun = m_requestedAt < 0 && m_lastEditAt < 0 && m_retryAt < 0;
    // Edits made from here on are not in this run's batch for certain: they start a new wait.
    m_firstEditAt = -1;
    m_lastEditAt = -1;
    m_requestedAt = -1;
}

qint64 SyncSchedule::backoffMs()
{
    const int steps = std::min(m_failures - 1, 20);
    const qint64 base = std::min(m_t.firstBackoffMs << steps, m_t.maxBackoffMs);
    // ±50 %: laptops that lost the server together do not all come back in the same second.
    return base / 2 + static_cast<qint64>(m_random.uniform(static_cast<std::uint32_t>(base)));
}

void SyncSchedule::finished(const SyncOutcome &outcome, qint64 nowMs)
{
    m_running = false;
    m_lastFinishedAt = nowMs;
    if (outcome.ok()) {
        m_failures = 0;
        m_retryAt = -1;
        if (somethingMoved(outcome))
            m_quietPolls = 0;
        else if (m_idleRun)
            m_quietPolls = std::min(m_quietPolls + 1, 30);
        m_idleAt = nowMs + idleIntervalMs();
        return;
    }
    if (outcome.problem == SyncProblem::NotJoined) {
        m_retryAt = -1; // nothing to do until the profile joins
        m_idleAt = -1;
        return;
    }
    ++m_failures;
    m_retryAt = nowMs + std::max(backoffMs(), outcome.retryAfterMs);
    m_idleAt = -1;
}

qint64 SyncSchedule::nextRunAt() const
{
    if (!m_online || m_running)
        return -1;
    if (m_retryAt >= 0) // failing: only the backoff (or a person, or the network) decides
        return m_requestedAt >= 0 ? m_requestedAt : m_retryAt;
    qint64 next = -1;
    const auto earliest = [&next](qint64 t) {
        if (t >= 0 && (next < 0 || t < next))
            next = t;
    };
    earliest(m_requestedAt);
    if (m_lastEditAt >= 0)
        earliest(std::min(m_lastEditAt + m_t.debounceMs, m_firstEditAt + m_t.maxDelayAfterEditMs));
    earliest(m_idleAt);
    return next;
}

} // namespace lintas::sync
