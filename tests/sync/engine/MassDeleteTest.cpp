#include "SyncDevices.h"

#include "store/Database.h"
#include "support/Wait.h"
#include "sync/HeldDeletions.h"
#include "sync/MassDeleteGuard.h"
#include "sync/SyncWorker.h"

#include <catch2/catch.hpp>

using namespace lintas;
using test::SyncDevices;

namespace {

qint64 liveCases(test::WorkspaceFixture &f)
{
    return f.db->scalar(QStringLiteral("SELECT count(*) FROM cases WHERE coalesce(deleted, 0) = 0"))
        .value()
        .toLongLong();
}

// Two laptops sharing 100 cases of one client.
struct HundredCases {
    SyncDevices net;
    QStringList ids;

    explicit HundredCases(int devices = 2) : net(devices)
    {
        auto &lampung = net.laptop(0);
        const auto client = lampung.addClient(QStringLiteral("Siti Aminah"));
        for (int i = 0; i < 100; ++i)
            ids << lampung.addCase(client.id).id;
        for (int i = 0; i < devices; ++i)
            REQUIRE(net.sync(i).ok());
        REQUIRE(liveCases(net.laptop(1)) == 100);
    }

    void removeOnLampung(int count)
    {
        for (int i = 0; i < count; ++i)
            REQUIRE(net.laptop(0).ws->cases().remove(ids.at(i)).ok());
    }
    QString lampungId() { return net.laptop(0).ws->writer().deviceId(); }
};

} // namespace

TEST_CASE("a device deleting 60 of 100 cases: the other holds the deletions, says so, and keeps every case",
    "[sync][engine][massdelete]")
{
    HundredCases f;
    auto &lampung = f.net.laptop(0);
    auto &jakarta = f.net.laptop(1);
    f.removeOnLampung(60);
    // An ordinary edit in the same batch still flows.
    auto edited = lampung.ws->cases().get(f.ids.last());
    REQUIRE(edited.ok());
    edited->title = QStringLiteral("Masih berjalan");
    REQUIRE(lampung.ws->cases().update(*edited).ok());
    REQUIRE(f.net.sync(0).ok());

    const auto out = f.net.sync(1);
    INFO(out.detail.toStdString());
    REQUIRE(out.ok()); // sync itself went well: the run is not a failure
    CHECK(out.heldDeletions == 60);
    CHECK(out.heldDetail.startsWith(QStringLiteral("60 deletions from ")));
    CHECK(out.heldDetail.endsWith(QStringLiteral(" wait for confirmation")));
    CHECK(liveCases(jakarta) == 100);
    CHECK(jakarta.ws->cases().get(f.ids.last())->title == QStringLiteral("Masih berjalan"));

    const auto groups = sync::HeldDeletions::list(*jakarta.db);
    REQUIRE(groups.ok());
    REQUIRE(groups->size() == 1);
    CHECK(groups->at(0).deviceId == f.lampungId());
    CHECK(groups->at(0).entity == QStringLiteral("case"));
    CHECK(groups->at(0).count() == 60);
    CHECK(sync::HeldDeletions::count(*jakarta.db).value() == 60);

    // Held, not lost: syncing again changes nothing and still says so.
    const auto again = f.net.sync(1);
    REQUIRE(again.ok());
    CHECK(again.heldDeletions == 60);
    CHECK(liveCases(jakarta) == 100);

    SECTION("confirm: the deletions apply as any record would, and both laptops agree")
    {
        const auto applied
            = sync::HeldDeletions::confirm(*jakarta.db, jakarta.clock, f.lampungId(), QStringLiteral("case"));
        REQUIRE(applied.ok());
        CHECK(*applied == 60);
        CHECK(liveCases(jakarta) == 40);
        CHECK(sync::HeldDeletions::count(*jakarta.db).value() == 0);
        const auto after = f.net.sync(1);
        REQUIRE(after.ok());
        CHECK(after.heldDeletions == 0);
        CHECK(after.heldDetail.isEmpty());
        REQUIRE(f.net.sync(0).ok());
        CHECK(f.net.dump(0) == f.net.dump(1));
        // Confirmed once: nothing to confirm again.
        CHECK(sync::HeldDeletions::confirm(*jakarta.db, jakarta.clock, f.lampungId(), QStringLiteral("case")).code()
            == ErrorCode::NotFound);
    }

    SECTION("refuse: the rows stay here and come back on the device that deleted them")
    {
        const auto refused = sync::HeldDeletions::refuse(jakarta.ws->writer(), f.lampungId(), QStringLiteral("case"));
        INFO((refused.ok() ? QString() : refused.error().detail).toStdString());
        REQUIRE(refused.ok());
        CHECK(*refused == 60);
        CHECK(liveCases(jakarta) == 100);
        CHECK(sync::HeldDeletions::count(*jakarta.db).value() == 0);
        const auto pushed = f.net.sync(1);
        REQUIRE(pushed.ok());
        CHECK(pushed.pushed == 60); // one restoring edit per case
        CHECK(pushed.heldDeletions == 0);
        const auto back = f.net.sync(0);
        REQUIRE(back.ok());
        CHECK(back.heldDeletions == 0); // restoring is not deleting
        CHECK(liveCases(lampung) == 100);
        CHECK(f.net.dump(0) == f.net.dump(1));
        // A plain successor of the deletion, not a conflict.
        CHECK(lampung.db->scalar(QStringLiteral("SELECT count(*) FROM conflicts")).value().toInt() == 0);
    }
}

TEST_CASE("refused on one device: a third that also held the deletions settles them by itself, rows kept",
    "[sync][engine][massdelete]")
{
    HundredCases f(3);
    f.removeOnLampung(60);
    REQUIRE(f.net.sync(0).ok());
    auto &jakarta = f.net.laptop(1);
    auto &hongKong = f.net.laptop(2);
    REQUIRE(f.net.sync(1).heldDeletions == 60);
    REQUIRE(f.net.sync(2).heldDeletions == 60);

    REQUIRE(sync::HeldDeletions::refuse(jakarta.ws->writer(), f.lampungId(), QStringLiteral("case")).ok());
    REQUIRE(f.net.sync(1).ok());
    const auto settled = f.net.sync(2);
    INFO(settled.detail.toStdString());
    REQUIRE(settled.ok());
    CHECK(settled.heldDeletions == 0); // nobody needs to decide any more
    CHECK(liveCases(hongKong) == 100);
    REQUIRE(f.net.sync(0).ok());
    CHECK(liveCases(f.net.laptop(0)) == 100);
    CHECK(f.net.dump(0) == f.net.dump(1));
    CHECK(f.net.dump(1) == f.net.dump(2));
    for (int i = 0; i < 3; ++i) {
        INFO("laptop " << i);
        CHECK(f.net.laptop(i).db->scalar(QStringLiteral("SELECT count(*) FROM conflicts")).value().toInt() == 0);
    }
}

TEST_CASE("a few deletions flow without asking", "[sync][engine][massdelete]")
{
    HundredCases f;
    f.removeOnLampung(3);
    REQUIRE(f.net.sync(0).ok());
    const auto out = f.net.sync(1);
    REQUIRE(out.ok());
    CHECK(out.heldDeletions == 0);
    CHECK(out.heldDetail.isEmpty());
    CHECK(liveCases(f.net.laptop(1)) == 97);
    CHECK(f.net.dump(0) == f.net.dump(1));
}

TEST_CASE("a bulk deletion arriving over several replies is held as a whole", "[sync][engine][massdelete]")
{
    HundredCases f;
    f.removeOnLampung(60);
    REQUIRE(f.net.sync(0).ok());
    // Small requests: the 60 deletions come over several replies.
    sync::SyncSession small;
    small.batchBytes = sync::SyncEngine::kMinBatchBytes;
    auto &jakarta = f.net.laptop(1);
    sync::SyncEngine engine(*jakarta.db, f.net.link(1), jakarta.clock, jakarta.random, &small);
    const auto out = engine.run();
    INFO(out.detail.toStdString());
    REQUIRE(out.ok());
    CHECK(out.rounds > 1);
    // What came before the first reply that crossed the threshold has applied; from there on
    // all of the device's deletions of cases are held.
    CHECK(out.heldDeletions + (100 - liveCases(jakarta)) == 60);
    CHECK(out.heldDeletions >= 60 - sync::MassDeleteGuard::kMinRows);
}

TEST_CASE(
    "the sync worker reports held deletions as needing attention, with who and how many", "[sync][worker][massdelete]")
{
    HundredCases f;
    f.removeOnLampung(60);
    REQUIRE(f.net.sync(0).ok());

    const QString path = f.net.laptop(1).db->path();
    sync::SyncWorker worker(
        [path]() -> Result<std::unique_ptr<store::Database>> {
            auto key = test::fixedKey();
            return store::Database::open(path, &key);
        },
        [&f](const QString &) -> std::unique_ptr<sync::SyncTransport> {
            return std::make_unique<test::InProcessTransport>(f.net.server);
        },
        SystemClock::instance(), SecureRandom::instance());
    sync::SyncState last;
    QObject::connect(&worker, &sync::SyncWorker::stateChanged, &worker, [&](const sync::SyncState &s) { last = s; });
    worker.start();
    REQUIRE(test::waitUntil([&] { return last.phase == sync::SyncState::Phase::NeedsAttention; }));
    worker.stop();
    CHECK(last.problem == sync::SyncProblem::DeletionsHeld);
    CHECK(last.heldDeletions == 60);
    CHECK(last.lastSyncAt > 0); // the run itself succeeded
    CHECK(last.detail.startsWith(QStringLiteral("60 deletions from ")));
    CHECK(liveCases(f.net.laptop(1)) == 100);
}
