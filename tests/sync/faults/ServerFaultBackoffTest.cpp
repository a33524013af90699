// SYNC.md test 10: a server answering 5xx or 429, hanging, or cutting its reply short makes the
// laptop back off exponentially with jitter, never sooner than Retry-After, without a hot loop;
// the state says why sync needs attention, and the thread that owns the worker never waits.

#include "FakeHttpServer.h"
#include "Laptops.h"

#include "store/Database.h"
#include "support/Wait.h"
#include "sync/HttpTransport.h"
#include "sync/OutboxSealer.h"
#include "sync/SyncSchedule.h"
#include "sync/SyncWorker.h"

#include <QTimer>

#include <catch2/catch.hpp>

#include <atomic>
#include <set>

using namespace lintas;
using test::FakeReply;

namespace {

enum class Fault { Unavailable, BadGateway, Internal, TooMany, Hang, Truncated };

FakeReply replyFor(Fault f)
{
    switch (f) {
    case Fault::Unavailable:
        return {.status = 503};
    case Fault::BadGateway:
        return {.status = 502};
    case Fault::Internal:
        return {.status = 500};
    case Fault::TooMany:
        return {.status = 429, .retryAfterSeconds = 120};
    case Fault::Hang:
        return {.mode = FakeReply::Mode::Hang};
    case Fault::Truncated:
        return {.status = 200, .body = QByteArray(40, 'x'), .mode = FakeReply::Mode::Truncate};
    }
    return {};
}

} // namespace

TEST_CASE("5xx, 429, a hung server and a cut reply: exponential backoff with jitter, Retry-After honoured, no hot "
          "loop",
    "[sync][faults][backoff]")
{
    test::Laptops joined(1, 300);
    auto &laptop = joined.laptop(0);
    laptop.addClient(QStringLiteral("Siti Aminah"));

    std::atomic<Fault> fault {Fault::Unavailable};
    test::FakeHttpServer server([&fault](int, const QByteArray &) { return replyFor(fault.load()); });
    REQUIRE(server.start().ok());
    // A short inactivity timeout: the hang costs the test a fraction of a second, not 30 s.
    sync::HttpTransport transport(QUrl(server.url()), 300);

    const QVector<Fault> faults {Fault::Unavailable, Fault::TooMany, Fault::Hang, Fault::Truncated, Fault::BadGateway,
        Fault::Internal, Fault::Unavailable, Fault::Hang, Fault::Truncated, Fault::TooMany, Fault::Unavailable,
        Fault::Unavailable, Fault::Unavailable, Fault::Unavailable};
    SeededRandom jitter(17);
    sync::SyncSchedule schedule(jitter);
    const sync::SyncTimings t = schedule.timings();
    schedule.localEdit(laptop.clock.nowMs());

    QVector<qint64> startedAt;
    QVector<sync::SyncOutcome> outcomes;
    for (const Fault f : faults) {
        const qint64 at = schedule.nextRunAt();
        REQUIRE(at >= laptop.clock.nowMs());
        laptop.clock.setMs(at);
        fault.store(f);
        schedule.started(at);
        const int before = server.requests().size();
        const sync::SyncOutcome o = sync::SyncEngine(*laptop.db, transport, laptop.clock, laptop.random).run();
        // One attempt is one login try at most (challenge, token, sync): no retry storm inside a run.
        CHECK(server.requests().size() - before >= 1);
        CHECK(server.requests().size() - before <= 3);
        schedule.finished(o, laptop.clock.nowMs());
        startedAt << at;
        outcomes << o;

        INFO("fault " << int(f) << ": " << o.detail.toStdString());
        CHECK_FALSE(o.ok());
        switch (f) {
        case Fault::Unavailable:
        case Fault::BadGateway:
        case Fault::Internal:
            CHECK(o.problem == sync::SyncProblem::ServerBusy);
            CHECK(o.detail.startsWith(QStringLiteral("HTTP 5")));
            break;
        case Fault::TooMany:
            CHECK(o.problem == sync::SyncProblem::ServerBusy);
            CHECK(o.detail == QStringLiteral("HTTP 429"));
            CHECK(o.retryAfterMs == 120'000);
            break;
        case Fault::Hang:
        case Fault::Truncated:
            CHECK(o.problem == sync::SyncProblem::Offline);
            break;
        }
    }
    CHECK(sync::OutboxSealer::countWaiting(*laptop.db).value() > 0); // nothing was taken for sent

    // The wait after the n-th failure in a row: between half and one and a half times
    // min(5 s · 2^(n−1), 15 min), and never less than a Retry-After.
    std::set<qint64> jitterPermille;
    for (int i = 0; i + 1 < startedAt.size(); ++i) {
        const qint64 wait = startedAt[i + 1] - startedAt[i];
        const qint64 base = std::min(t.firstBackoffMs << std::min(i, 20), t.maxBackoffMs);
        INFO("after failure " << i + 1 << ": waited " << wait << " ms, base " << base << " ms");
        if (outcomes[i].retryAfterMs > 0)
            CHECK(wait >= outcomes[i].retryAfterMs);
        else
            jitterPermille.insert(wait * 1000 / base);
        CHECK(wait >= base / 2);
        CHECK(wait <= std::max(base / 2 + base, outcomes[i].retryAfterMs));
    }
    CHECK(startedAt.last() - startedAt.first() >= 45LL * 60 * 1000); // 14 attempts took most of an hour
    CHECK(jitterPermille.size() >= 5); // not the same fraction every time: jittered
    // The last waits sit at the cap.
    CHECK(startedAt.last() - startedAt[startedAt.size() - 2] >= t.maxBackoffMs / 2);
}

TEST_CASE("the sync worker backs off from a failing server, says why it needs attention, and never blocks its owner",
    "[sync][faults][backoff][worker]")
{
    test::Laptops joined(1, 300);
    joined.laptop(0).addClient(QStringLiteral("Nur Hayati"));
    std::atomic<Fault> fault {Fault::Unavailable};
    test::FakeHttpServer server([&fault](int, const QByteArray &) { return replyFor(fault.load()); });
    REQUIRE(server.start().ok());

    const QString path = joined.laptop(0).db->path();
    const QString url = server.url();
    sync::SyncTimings fast;
    fast.firstBackoffMs = 40;
    fast.maxBackoffMs = 320;
    sync::SyncWorker worker(
        [path]() -> Result<std::unique_ptr<store::Database>> {
            auto key = test::fixedKey();
            return store::Database::open(path, &key);
        },
        [url](const QString &) -> std::unique_ptr<sync::SyncTransport> {
            return std::make_unique<sync::HttpTransport>(QUrl(url), 1500);
        },
        SystemClock::instance(), SecureRandom::instance(), fast);
    sync::SyncState last;
    QObject::connect(&worker, &sync::SyncWorker::stateChanged, &worker, [&](const sync::SyncState &s) { last = s; });
    worker.start();

    // Each failed run is one request (the challenge): the n-th retry waits at least half its base.
    REQUIRE(test::waitUntil([&] { return server.requests().size() >= 7; }));
    const auto seen = server.requests();
    for (int i = 1; i < seen.size(); ++i) {
        const qint64 base = std::min(fast.firstBackoffMs << std::min(i - 1, 20), fast.maxBackoffMs);
        INFO("retry " << i << " came " << seen[i].atMs - seen[i - 1].atMs << " ms after the last");
        // Timers may fire a little early (coarse timers: up to 5 %), never much.
        CHECK(seen[i].atMs - seen[i - 1].atMs >= base / 2 * 9 / 10);
    }
    REQUIRE(test::waitUntil([&] { return last.phase == sync::SyncState::Phase::NeedsAttention; }));
    CHECK(last.problem == sync::SyncProblem::ServerBusy);
    CHECK(last.detail == QStringLiteral("HTTP 503"));
    CHECK(last.waiting > 0);
    CHECK(last.nextRunAt > 0);

    // The server hangs: the worker's thread waits for it, this thread does not.
    fault.store(Fault::Hang);
    const int before = server.requests().size();
    REQUIRE(test::waitUntil([&] { return server.requests().size() > before; }));
    int ticks = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &tick, [&ticks] { ++ticks; });
    tick.start(5);
    worker.localEdit(); // queued: returns at once even though a run is stuck
    REQUIRE(test::waitUntil([&] { return ticks >= 20; }));
    CHECK(server.requests().size() == before + 1); // still the one hung request
    REQUIRE(test::waitUntil([&] { return last.phase == sync::SyncState::Phase::Offline; }));
    CHECK(last.problem == sync::SyncProblem::Offline);
    worker.stop();
}
