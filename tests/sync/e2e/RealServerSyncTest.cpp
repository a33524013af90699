#include "Org.h"

#include <QDirIterator>
#include <QFile>

#include <catch2/catch.hpp>

using namespace lintas;

using test::dump;
using test::Org;
using test::syncOver;

TEST_CASE("two laptops sync through a real lintas-server process and converge", "[sync][e2e]")
{
    Org org;
    test::WorkspaceFixture hongKong(31);
    test::WorkspaceFixture lampung(32);
    org.enrol({&hongKong, &lampung});
    test::ServerProcess server(org.where);

    const auto client = hongKong.addClient(QStringLiteral("Ratna Dewi"));
    auto kase = hongKong.addCase(client.id);
    kase.chronology = QStringLiteral("MARKER-9917 gaji ditahan majikan di Mong Kok");
    REQUIRE(hongKong.ws->cases().update(kase).ok());
    auto out = syncOver(hongKong, server.url());
    INFO(out.detail.toStdString());
    REQUIRE(out.ok());
    auto in = syncOver(lampung, server.url());
    INFO(in.detail.toStdString());
    REQUIRE(in.ok());
    CHECK(in.applied > 0);
    CHECK(dump(hongKong) == dump(lampung));

    // A server restart loses nothing and the next sync is a quiet no-op.
    REQUIRE(server.stop() == 0);
    server.start();
    const auto again = syncOver(lampung, server.url());
    REQUIRE(again.ok());
    CHECK(again.applied == 0);
    CHECK(again.rounds == 1);

    const QByteArray log = server.log();
    CHECK(log.contains("\"event\":\"request\""));
    CHECK_FALSE(log.contains("MARKER-9917"));
    CHECK_FALSE(log.contains("Ratna"));
    if (!test::TestPostgres::wanted()) {
        server.stop();
        QDirIterator files(org.where.dataDir, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            REQUIRE(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            CHECK_FALSE(bytes.contains("MARKER-9917"));
            CHECK_FALSE(bytes.contains("Ratna Dewi"));
        }
    }
}

TEST_CASE("a device that is not a member gets 403, an unknown one 401", "[sync][e2e]")
{
    Org org;
    test::WorkspaceFixture member(41);
    test::WorkspaceFixture stranger(42);
    org.enrol({&member});
    test::ServerProcess server(org.where);

    // The stranger knows the space id and holds a key, but the server never admitted it.
    sync::SpaceInfo info;
    info.spaceId = sync::ChangeCodec::idText(org.spaceId);
    info.serverUrl = server.url();
    info.name = QStringLiteral("Serikat");
    info.role = QStringLiteral("member");
    info.epoch = 1;
    info.cursor.chain = protocol::LogChain::genesis();
    REQUIRE(sync::SyncSpaces(*stranger.db).add(info).ok());
    REQUIRE(sync::SyncSpaces(*stranger.db).putKey(info.spaceId, 1, org.spaceKey).ok());
    CHECK(syncOver(stranger, server.url()).problem == sync::SyncProblem::Refused);

    // Known to the server but a member of another space only.
    auto store = test::openStoreAt(org.where);
    REQUIRE(store.ok());
    const QByteArray otherSpace = test::makeSpace(**store, org.random, 1'795'000'000'000, QStringLiteral("Lain"));
    test::enrol(**store, stranger.clock.nowMs(), *stranger.db, stranger.random, {otherSpace, &org.spaceKey, 1});
    store->reset();
    CHECK(syncOver(stranger, server.url()).problem == sync::SyncProblem::NotMember);
    CHECK(syncOver(member, server.url()).ok());
}
