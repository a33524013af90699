#pragma once

#include "sync/SyncEngine.h"

#include <QtGlobal>

namespace lintas {
class RandomSource;
}

namespace lintas::sync {

struct SyncTimings {
    qint64 debounceMs = 10'000;
    qint64 maxDelayAfterEditMs = 60'000;
    qint64 idleIntervalMs = 60LL * 60 * 1000;
    qint64 firstBackoffMs = 5'000;
    qint64 maxBackoffMs = 15LL * 60 * 1000;
};

// When the next sync should start. Pure logic on the times it is given, so tests can drive it
// with a manual clock; SyncWorker turns it into a timer.
//  - after a local edit: 10 s after the last edit, but no later than 60 s after the first
//    unsent one (a caseworker typing for minutes still gets her work off the laptop);
//  - "Sync now" and the network coming back: at once;
//  - idle: every hour (an idle day costs about 12 KB: SYNC.md allows 20);
//  - after a failure: exponential backoff with ±50 % jitter from 5 s up to 15 min, and never
//    sooner than the server's Retry-After; "Sync now" overrides the backoff;
//  - offline (the system says there is no network): nothing is planned until it comes back.
class SyncSchedule {
public:
    using Timings = SyncTimings;

    explicit SyncSchedule(RandomSource &random, Timings timings = {}) : m_random(random), m_t(timings) { }
    const Timings &timings() const { return m_t; }

    void localEdit(qint64 nowMs);
    void syncNow(qint64 nowMs);
    void networkChanged(bool online, qint64 nowMs);
    void started(qint64 nowMs);
    void finished(const SyncOutcome &outcome, qint64 nowMs);

    // When to start next (ms since the epoch), or -1 for "not until something happens".
    qint64 nextRunAt() const;
    bool online() const { return m_online; }
    int failures() const { return m_failures; }

private:
    qint64 backoffMs();

    RandomSource &m_random;
    Timings m_t;
    bool m_online = true;
    bool m_running = false;
    qint64 m_firstEditAt = -1; // earliest edit not yet covered by a started run
    qint64 m_lastEditAt = -1;
    qint64 m_requestedAt = -1; // sync now / network back
    qint64 m_idleAt = -1; // the next idle poll
    qint64 m_retryAt = -1; // after a failure
    int m_failures = 0;
};

} // namespace lintas::sync
