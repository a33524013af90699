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
    qint64 idleIntervalMs = 60LL * 60 * 1000; // the first idle poll after anything happened
    qint64 maxIdleIntervalMs = 4LL * 60 * 60 * 1000; // where doubling stops
    qint64 cameBackAfterMs = 10LL * 60 * 1000; // a user coming back syncs if the last run is older
    qint64 firstBackoffMs = 5'000;
    qint64 maxBackoffMs = 15LL * 60 * 1000;
};

// When the next sync should start. Pure logic on the times it is given, so tests can drive it
// with a manual clock; SyncWorker turns it into a timer.
//  - after a local edit: 10 s after the last edit, but no later than 60 s after the first
//    unsent one (a caseworker typing for minutes still gets her work off the laptop);
//  - "Sync now" and the network coming back: at once;
//  - the user coming back (window activated, profile unlocked): at once if the last run finished
//    more than 10 min ago — someone looking at the app gets fresh data without asking, however
//    long the idle interval had grown; a backoff after a failure is still waited out;
//  - idle: an hour after the last run, then 2 h, then every 4 h while idle polls move nothing
//    (nothing pushed, applied, refused or quarantined, re-stamped, no resync). Anything moving,
//    a local edit, "Sync now", the network or the user coming back start again at an hour.
//    Each poll is a new connection with a resumed TLS handshake (D29): hourly polls cost 33.5 KB
//    an idle day; these 8 polls about 12 KB (11.7), or 18.3 KB with the logins the server's
//    2-hour token forces on polls 2 h or more apart (D33, docs/benchmarks.md). SYNC.md allows 20;
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
    // The window was activated or the profile unlocked: someone is looking.
    void userReturned(qint64 nowMs);
    void started(qint64 nowMs);
    void finished(const SyncOutcome &outcome, qint64 nowMs);

    // When to start next (ms since the epoch), or -1 for "not until something happens".
    qint64 nextRunAt() const;
    bool online() const { return m_online; }
    int failures() const { return m_failures; }
    // The wait before the next idle poll: idleIntervalMs doubled once per quiet idle poll, capped.
    qint64 idleIntervalMs() const;

private:
    qint64 backoffMs();
    void activity(); // something happened or someone is here: idle polls start again at the first interval

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
    int m_quietPolls = 0; // idle polls in a row that moved nothing
    bool m_idleRun = false; // the run in flight was started by the idle interval alone
    qint64 m_lastFinishedAt = -1;
};

} // namespace lintas::sync
