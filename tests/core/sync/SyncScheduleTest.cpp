#include "sync/SyncSchedule.h"
#include "base/RandomSource.h"

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::sync;

namespace {

SyncOutcome failed(SyncProblem problem, qint64 retryAfterMs = 0)
{
    SyncOutcome o;
    o.problem = problem;
    o.retryAfterMs = retryAfterMs;
    return o;
}

} // namespace

TEST_CASE("edits are sent shortly after typing stops, but never held back more than a minute", "[sync][schedule]")
{
    SeededRandom random(1);
    SyncSchedule s(random);
    CHECK(s.nextRunAt() == -1); // nothing to do yet
    s.localEdit(1000);
    CHECK(s.nextRunAt() == 11'000);
    s.localEdit(5000);
    CHECK(s.nextRunAt() == 15'000);
    for (qint64 t = 9000; t < 120'000; t += 4000)
        s.localEdit(t); // typing on and on
    CHECK(s.nextRunAt() == 61'000);
    s.started(61'000);
    CHECK(s.nextRunAt() == -1); // running
    s.localEdit(62'000); // an edit while the run is in flight gets its own run
    s.finished({}, 63'000);
    CHECK(s.nextRunAt() == 72'000);
}

TEST_CASE("idle, the schedule polls once an hour, sync now and the network coming back go at once", "[sync][schedule]")
{
    SeededRandom random(2);
    SyncSchedule s(random);
    s.syncNow(0);
    CHECK(s.nextRunAt() == 0);
    s.started(0);
    s.finished({}, 1000);
    CHECK(s.nextRunAt() == 1000 + SyncTimings().idleIntervalMs);
    s.networkChanged(false, 2000);
    CHECK(s.nextRunAt() == -1); // offline: no attempts at all
    s.localEdit(3000);
    CHECK(s.nextRunAt() == -1);
    s.networkChanged(true, 50'000);
    CHECK(s.nextRunAt() <= 50'000); // at once (the edit made offline is overdue)
}

TEST_CASE(
    "failures back off exponentially with jitter, honour Retry-After, and a person can override", "[sync][schedule]")
{
    SeededRandom random(3);
    SyncSchedule s(random);
    qint64 now = 0;
    qint64 previousBase = 0;
    for (int i = 1; i <= 12; ++i) {
        s.syncNow(now);
        if (i > 1)
            s.finished(failed(SyncProblem::Offline), now); // keep failing
        s.started(now);
        s.finished(failed(SyncProblem::Offline), now);
        const qint64 wait = s.nextRunAt() - now;
        const qint64 base = std::min<qint64>(
            SyncTimings().firstBackoffMs << std::min(s.failures() - 1, 20), SyncTimings().maxBackoffMs);
        CHECK(wait >= base / 2);
        CHECK(wait < base / 2 + base);
        CHECK(base >= previousBase);
        previousBase = base;
        now += wait;
    }
    CHECK(previousBase == SyncTimings().maxBackoffMs);

    // Jitter: two laptops failing together do not retry in the same second.
    SeededRandom r1(10), r2(11);
    SyncSchedule a(r1), b(r2);
    for (auto *x : {&a, &b}) {
        x->started(0);
        x->finished(failed(SyncProblem::ServerBusy), 0);
        x->started(0);
        x->finished(failed(SyncProblem::ServerBusy), 0);
        x->started(0);
        x->finished(failed(SyncProblem::ServerBusy), 0);
    }
    CHECK(a.nextRunAt() != b.nextRunAt());

    SyncSchedule c(random);
    c.started(0);
    c.finished(failed(SyncProblem::ServerBusy, 120'000), 0);
    CHECK(c.nextRunAt() >= 120'000); // the server's Retry-After wins over a shorter backoff
    c.localEdit(1000);
    CHECK(c.nextRunAt() >= 120'000); // edits do not hammer a failing server
    c.syncNow(2000);
    CHECK(c.nextRunAt() == 2000); // but a person asking does
}

TEST_CASE("a profile that joined nothing plans nothing until asked", "[sync][schedule]")
{
    SeededRandom random(4);
    SyncSchedule s(random);
    s.started(0);
    s.finished(failed(SyncProblem::NotJoined), 0);
    CHECK(s.nextRunAt() == -1);
    CHECK(s.failures() == 0);
}

namespace {

constexpr qint64 kHour = 60LL * 60 * 1000;
constexpr qint64 kMinute = 60LL * 1000;

SyncOutcome moved(int pushed, int applied)
{
    SyncOutcome o;
    o.pushed = pushed;
    o.applied = applied;
    return o;
}

// Runs whatever the schedule planned, at the time it planned it, with `outcome`; returns when.
qint64 runPlanned(SyncSchedule &s, const SyncOutcome &outcome = {})
{
    const qint64 at = s.nextRunAt();
    REQUIRE(at >= 0);
    s.started(at);
    s.finished(outcome, at);
    return at;
}

// A schedule that synced at start (t = 0) and then sat through `quietPolls` idle polls.
qint64 idleFor(SyncSchedule &s, int quietPolls)
{
    s.syncNow(0);
    qint64 t = runPlanned(s);
    for (int i = 0; i < quietPolls; ++i)
        t = runPlanned(s);
    return t;
}

} // namespace

TEST_CASE("idle polls that move nothing space out 1 h, 2 h, 4 h and stay at 4 h", "[sync][schedule]")
{
    SeededRandom random(5);
    SyncSchedule s(random);
    s.syncNow(0);
    qint64 t = runPlanned(s); // the sync at start
    CHECK(t == 0);
    QVector<qint64> gaps;
    for (int i = 0; i < 6; ++i) {
        const qint64 before = t;
        t = runPlanned(s);
        gaps << (t - before);
    }
    CHECK(gaps == QVector<qint64> {kHour, 2 * kHour, 4 * kHour, 4 * kHour, 4 * kHour, 4 * kHour});
    CHECK(s.idleIntervalMs() == 4 * kHour);

    // A day of nothing: starts at 0, then 1, 3, 7, 11, 15, 19, 23 h.
    SyncSchedule day(random);
    day.syncNow(0);
    int polls = 0;
    for (qint64 at = runPlanned(day); at < 24 * kHour; at = runPlanned(day))
        ++polls;
    CHECK(polls == 8);
}

TEST_CASE("a poll that moves data, either way, brings the idle interval back to an hour", "[sync][schedule]")
{
    SeededRandom random(6);
    for (const SyncOutcome &outcome : {moved(1, 0), moved(0, 3)}) {
        SyncSchedule s(random);
        idleFor(s, 3);
        REQUIRE(s.idleIntervalMs() == 4 * kHour);
        const qint64 t = runPlanned(s, outcome);
        CHECK(s.nextRunAt() == t + kHour);
        const qint64 quiet = runPlanned(s); // and a quiet one after it doubles again
        CHECK(s.nextRunAt() == quiet + 2 * kHour);
    }
}

TEST_CASE("a local edit, sync now and the network coming back reset the idle interval", "[sync][schedule]")
{
    SeededRandom random(7);
    SECTION("local edit")
    {
        SyncSchedule s(random);
        const qint64 t = idleFor(s, 3);
        s.localEdit(t + kMinute);
        const qint64 run = runPlanned(s, moved(1, 0));
        CHECK(run == t + kMinute + SyncTimings().debounceMs);
        CHECK(s.nextRunAt() == run + kHour);
    }
    SECTION("local edit, even if the run that sends it finds nothing to push")
    {
        SyncSchedule s(random);
        const qint64 t = idleFor(s, 3);
        s.localEdit(t + kMinute); // a draft saved and deleted: nothing waits any more
        const qint64 run = runPlanned(s);
        CHECK(s.nextRunAt() == run + kHour);
    }
    SECTION("sync now")
    {
        SyncSchedule s(random);
        const qint64 t = idleFor(s, 4);
        s.syncNow(t + 5 * kMinute);
        CHECK(s.nextRunAt() == t + 5 * kMinute);
        const qint64 run = runPlanned(s);
        CHECK(s.nextRunAt() == run + kHour);
    }
    SECTION("network back")
    {
        SyncSchedule s(random);
        const qint64 t = idleFor(s, 3);
        s.networkChanged(false, t + kMinute);
        s.networkChanged(true, t + 2 * kMinute);
        CHECK(s.nextRunAt() == t + 2 * kMinute);
        const qint64 run = runPlanned(s);
        CHECK(s.nextRunAt() == run + kHour);
    }
    SECTION("an edit while a quiet idle poll is in flight")
    {
        SyncSchedule s(random);
        const qint64 t = idleFor(s, 1);
        const qint64 at = s.nextRunAt();
        CHECK(at == t + 2 * kHour);
        s.started(at);
        s.localEdit(at + 100);
        s.finished({}, at + 200);
        const qint64 run = runPlanned(s, moved(1, 0));
        CHECK(s.nextRunAt() == run + kHour);
    }
}

TEST_CASE("the user coming back syncs at once, unless the last run finished within 10 minutes", "[sync][schedule]")
{
    SeededRandom random(8);
    SECTION("after 10 minutes: at once, and idle polls start again at an hour")
    {
        SyncSchedule s(random);
        const qint64 t = idleFor(s, 3); // the next poll is 4 h away
        REQUIRE(s.nextRunAt() == t + 4 * kHour);
        s.userReturned(t + 11 * kMinute);
        CHECK(s.nextRunAt() == t + 11 * kMinute);
        const qint64 run = runPlanned(s);
        CHECK(s.nextRunAt() == run + kHour);
    }
    SECTION("within 10 minutes: no run, but the next idle poll is an hour after the last run")
    {
        SyncSchedule s(random);
        const qint64 t = idleFor(s, 3);
        s.userReturned(t + 10 * kMinute);
        CHECK(s.nextRunAt() == t + kHour);
        s.userReturned(t + 2 * kMinute);
        CHECK(s.nextRunAt() == t + kHour);
    }
    SECTION("before any run has finished: at once")
    {
        SyncSchedule s(random);
        s.userReturned(500);
        CHECK(s.nextRunAt() == 500);
    }
    SECTION("not while a run is in flight, nor during a backoff")
    {
        SyncSchedule s(random);
        const qint64 t = idleFor(s, 2);
        const qint64 at = s.nextRunAt();
        s.started(at);
        s.userReturned(at + 11 * kMinute);
        CHECK(s.nextRunAt() == -1);
        s.finished(failed(SyncProblem::ServerBusy, 30 * kMinute), at + 12 * kMinute);
        const qint64 retry = s.nextRunAt();
        CHECK(retry >= at + 42 * kMinute);
        s.userReturned(at + 25 * kMinute);
        CHECK(s.nextRunAt() == retry); // the server's Retry-After still holds
        CHECK(t < at);
    }
    SECTION("offline: nothing until the network is back")
    {
        SyncSchedule s(random);
        const qint64 t = idleFor(s, 1);
        s.networkChanged(false, t + kMinute);
        s.userReturned(t + 20 * kMinute);
        CHECK(s.nextRunAt() == -1);
    }
}
