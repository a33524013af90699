#include "SyncDevices.h"

#include "store/Database.h"
#include "support/Wait.h"
#include "sync/SyncWorker.h"

#include <QThread>

#include <catch2/catch.hpp>

using namespace lintas;
using test::SyncDevices;

namespace {

// A worker for laptop `i`, with its own connection to the laptop's profile (as the app's) and
// short timings so the test does not wait for real debounce delays.
std::unique_ptr<sync::SyncWorker> workerFor(SyncDevices &net, int i, sync::SyncTimings fast = {})
{
    const QString path = net.laptop(i).db->path();
    fast.debounceMs = 20;
    fast.maxDelayAfterEditMs = 100;
    fast.firstBackoffMs = 20;
    return std::make_unique<sync::SyncWorker>(
        [path]() -> Result<std::unique_ptr<store::Database>> {
            auto key = test::fixedKey();
            return store::Database::open(path, &key);
        },
        [&net](const QString &) -> std::unique_ptr<sync::SyncTransport> {
            return std::make_unique<test::InProcessTransport>(net.server);
        },
        SystemClock::instance(), SecureRandom::instance(), fast);
}

} // namespace

TEST_CASE("the sync worker catches up on start and sends an edit shortly after it is made", "[sync][worker]")
{
    SyncDevices net(2);
    auto &lampung = net.laptop(0);
    lampung.addClient(QStringLiteral("Siti Aminah"));

    auto worker = workerFor(net, 0);
    sync::SyncState last;
    int runs = 0; // finished runs: the server's clock stands still here, so sync times do not tell
    QObject::connect(worker.get(), &sync::SyncWorker::stateChanged, worker.get(), [&](const sync::SyncState &s) {
        if (last.phase == sync::SyncState::Phase::Syncing && s.phase != sync::SyncState::Phase::Syncing)
            ++runs;
        last = s;
    });
    worker->start();
    REQUIRE(test::waitUntil([&] { return last.phase == sync::SyncState::Phase::Idle && last.lastSyncAt > 0; }));
    CHECK(last.waiting == 0);

    const auto later = lampung.addClient(QStringLiteral("Sri Wahyuni"));
    const int runsBefore = runs;
    worker->localEdit();
    REQUIRE(test::waitUntil(
        [&] { return runs > runsBefore && last.phase == sync::SyncState::Phase::Idle && last.waiting == 0; }));
    worker->stop();

    // The other laptop's worker applies it and says so, so its views can read again.
    auto other = workerFor(net, 1);
    int applied = 0;
    QObject::connect(
        other.get(), &sync::SyncWorker::remoteChangesApplied, other.get(), [&applied](int n) { applied += n; });
    other->start();
    REQUIRE(test::waitUntil([&] { return applied > 0; }));
    other->stop();
    CHECK(net.laptop(1).ws->clients().get(later.id).ok());
}

TEST_CASE("the sync worker says offline when the server cannot be reached, and recovers", "[sync][worker]")
{
    SyncDevices net(1);
    net.laptop(0).addClient(QStringLiteral("Nur Hayati"));
    const QString path = net.laptop(0).db->path();
    bool reachable = false;
    sync::SyncTimings fast;
    fast.firstBackoffMs = 20;
    fast.maxBackoffMs = 40;
    sync::SyncWorker worker(
        [path]() -> Result<std::unique_ptr<store::Database>> {
            auto key = test::fixedKey();
            return store::Database::open(path, &key);
        },
        [&net, &reachable](const QString &) -> std::unique_ptr<sync::SyncTransport> {
            auto t = std::make_unique<test::InProcessTransport>(net.server);
            t->offline = !reachable;
            return t;
        },
        SystemClock::instance(), SecureRandom::instance(), fast);
    QVector<sync::SyncState::Phase> phases;
    sync::SyncState last;
    QObject::connect(&worker, &sync::SyncWorker::stateChanged, &worker, [&](const sync::SyncState &s) {
        last = s;
        phases << s.phase;
    });
    worker.start();
    REQUIRE(test::waitUntil([&] { return last.phase == sync::SyncState::Phase::Offline; }));
    CHECK(last.waiting > 0);
    CHECK(last.problem == sync::SyncProblem::Offline);
    reachable = true; // the next backoff attempt gets through
    REQUIRE(test::waitUntil([&] { return last.phase == sync::SyncState::Phase::Idle && last.waiting == 0; }));
    worker.stop();
}

TEST_CASE("the sync worker syncs when the user comes back, unless it synced moments ago", "[sync][worker]")
{
    SyncDevices net(2);
    net.laptop(0).addClient(QStringLiteral("Siti Aminah"));

    for (const bool longAgo : {false, true}) {
        // "Long ago" is any time at all here: the threshold is 0 ms instead of 10 minutes.
        sync::SyncTimings timings;
        if (longAgo)
            timings.cameBackAfterMs = 0;
        auto worker = workerFor(net, 1, timings);
        sync::SyncState last;
        int runs = 0;
        int states = 0;
        QObject::connect(worker.get(), &sync::SyncWorker::stateChanged, worker.get(), [&](const sync::SyncState &s) {
            if (last.phase == sync::SyncState::Phase::Syncing && s.phase != sync::SyncState::Phase::Syncing)
                ++runs;
            last = s;
            ++states;
        });
        worker->start();
        REQUIRE(test::waitUntil([&] { return runs == 1 && last.phase == sync::SyncState::Phase::Idle; }));
        const qint64 lastRunAt = last.nextRunAt - timings.idleIntervalMs; // the idle poll is an hour after it
        QThread::msleep(5);
        const int statesBefore = states;
        worker->userReturned();
        REQUIRE(test::waitUntil([&] { return states > statesBefore; })); // the worker took it
        if (longAgo) {
            REQUIRE(test::waitUntil([&] { return runs == 2 && last.phase == sync::SyncState::Phase::Idle; }));
        } else {
            test::spinEventLoop(40);
            CHECK(runs == 1);
            CHECK(last.phase == sync::SyncState::Phase::Idle);
            CHECK(last.nextRunAt == lastRunAt + timings.idleIntervalMs); // still an hour after the run
        }
        worker->stop();
    }
}
