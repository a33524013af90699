#include "sync/SyncSchedule.h"

#include "base/RandomSource.h"

#include <algorithm>

namespace lintas::sync {

void SyncSchedule::localEdit(qint64 nowMs)
{
    if (m_firstEditAt < 0)
        m_firstEditAt = nowMs;
    m_lastEditAt = nowMs;
}

void SyncSchedule::syncNow(qint64 nowMs)
{
    m_requestedAt = nowMs;
    m_retryAt = -1; // the person asked: do not make them wait out a backoff
}

void SyncSchedule::networkChanged(bool online, qint64 nowMs)
{
    const bool cameBack = online && !m_online;
    m_online = online;
    if (cameBack) {
        m_requestedAt = nowMs;
        m_retryAt = -1;
        m_failures = 0;
    }
}

void SyncSchedule::started(qint64 nowMs)
{
    Q_UNUSED(nowMs)
    m_running = true;
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
    if (outcome.ok()) {
        m_failures = 0;
        m_retryAt = -1;
        m_idleAt = nowMs + m_t.idleIntervalMs;
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
