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

TEST_CASE("idle, the schedule polls once an hour; sync now and the network coming back go at once", "[sync][schedule]")
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
