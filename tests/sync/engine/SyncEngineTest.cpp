#include "SyncDevices.h"

#include "store/Database.h"
#include "sync/ConflictLog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <catch2/catch.hpp>

using namespace lintas;
using test::caseOf;
using test::SyncDevices;

namespace {

qint64 serverHead(SyncDevices &net)
{
    auto head = net.server.store->head(net.spaceId);
    REQUIRE(head.ok());
    return head->seq;
}

qint64 outboxRows(test::WorkspaceFixture &f)
{
    return f.db->scalar(QStringLiteral("SELECT count(*) FROM outbox")).value().toLongLong();
}

} // namespace

TEST_CASE("two laptops converge through the server, and the server holds one record per change", "[sync][engine]")
{
    SyncDevices net(2);
    auto &lampung = net.laptop(0);
    auto &jakarta = net.laptop(1);
    const auto client = lampung.addClient(QStringLiteral("Siti Aminah"));
    const auto kase = lampung.addCase(client.id);

    const auto first = net.sync(0);
    INFO(first.detail.toStdString());
    REQUIRE(first.ok());
    CHECK(first.pushed == outboxRows(lampung));
    CHECK(serverHead(net) == outboxRows(lampung));

    const auto second = net.sync(1);
    INFO(second.detail.toStdString());
    REQUIRE(second.ok());
    CHECK(second.applied == outboxRows(lampung));
    CHECK(caseOf(jakarta, kase.id).clientId == client.id);
    CHECK(net.dump(0) == net.dump(1));

    // Nothing new: one small round trip, nothing applied, nothing pushed.
    const auto idle = net.sync(1);
    REQUIRE(idle.ok());
    CHECK(idle.rounds == 1);
    CHECK(idle.applied == 0);
    CHECK(idle.pushed == 0);
}

TEST_CASE(
    "offline edits of the same field end with one winner everywhere and the loser visible", "[sync][engine][conflict]")
{
    SyncDevices net(2);
    auto &lampung = net.laptop(0);
    auto &hongKong = net.laptop(1);
    const auto client = lampung.addClient(QStringLiteral("Sri Wahyuni"));
    const auto kase = lampung.addCase(client.id);
    REQUIRE(net.sync(0).ok());
    REQUIRE(net.sync(1).ok());

    auto here = caseOf(lampung, kase.id);
    here.risk = QStringLiteral("medium");
    here.chronology = QStringLiteral("Paspor ditahan agen di Lampung Timur");
    REQUIRE(lampung.ws->cases().update(here).ok());
    hongKong.clock.advanceMs(5 * 60'000);
    auto there = caseOf(hongKong, kase.id);
    there.risk = QStringLiteral("high");
    REQUIRE(hongKong.ws->cases().update(there).ok());

    // Either order, repeated: the same data everywhere.
    REQUIRE(net.sync(1).ok());
    REQUIRE(net.sync(0).ok());
    REQUIRE(net.sync(1).ok());
    CHECK(net.dump(0) == net.dump(1));
    CHECK(caseOf(lampung, kase.id).risk == QStringLiteral("high"));
    CHECK(caseOf(hongKong, kase.id).chronology == QStringLiteral("Paspor ditahan agen di Lampung Timur"));
    for (int i : {0, 1}) {
        auto open = sync::ConflictLog(*net.laptop(i).db).open();
        REQUIRE(open.ok());
        REQUIRE(open->size() == 1);
        CHECK(open->first().field == QStringLiteral("risk"));
        CHECK(open->first().lostValue.toString() == QStringLiteral("medium"));
    }
}

TEST_CASE("a reply lost after the server committed: the retry is a duplicate, stored once", "[sync][engine][faults]")
{
    SyncDevices net(2);
    auto &lampung = net.laptop(0);
    REQUIRE(net.sync(0).ok()); // synced before: its clock offset is known, so push goes in the first request
    const auto client = lampung.addClient(QStringLiteral("Nur Hayati"));
    lampung.addCase(client.id);
    const qint64 changes = outboxRows(lampung);

    bool cut = true;
    net.link(0).onReply = [&](const QString &path, server::HttpResponse &) {
        if (path == QStringLiteral("/v1/sync") && cut) {
            cut = false;
            return false; // committed on the server, never heard back
        }
        return true;
    };
    const auto failed = net.sync(0);
    CHECK(failed.problem == sync::SyncProblem::Offline);
    CHECK(serverHead(net) == changes);
    CHECK(lampung.db->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE pushed_at IS NULL")).value().toInt()
        == changes);

    const auto retried = net.sync(0);
    REQUIRE(retried.ok());
    CHECK(retried.pushed == changes); // acknowledged as duplicates of what the server kept
    CHECK(serverHead(net) == changes);
    REQUIRE(net.sync(1).ok());
    CHECK(net.dump(0) == net.dump(1));
}

TEST_CASE("a reply altered on the way keeps nothing and moves no cursor", "[sync][engine][faults]")
{
    SyncDevices net(2);
    auto &lampung = net.laptop(0);
    const auto client = lampung.addClient(QStringLiteral("Wartini"));
    lampung.addCase(client.id);
    REQUIRE(net.sync(0).ok());

    net.link(1).onReply = [](const QString &path, server::HttpResponse &reply) {
        if (path != QStringLiteral("/v1/sync"))
            return true;
        auto decoded = protocol::SyncReply::decode(reply.body);
        REQUIRE(decoded.ok());
        if (decoded->records.size() > 1) {
            decoded->records.removeAt(0); // withhold one record
            reply.body = decoded->encode();
        }
        return true;
    };
    const auto tampered = net.sync(1);
    INFO(tampered.detail.toStdString());
    CHECK(tampered.problem == sync::SyncProblem::ServerFault);
    CHECK(net.laptop(1).db->scalar(QStringLiteral("SELECT cursor_seq FROM sync_spaces")).value().toInt() == 0);
    CHECK(net.laptop(1).db->scalar(QStringLiteral("SELECT count(*) FROM clients")).value().toInt() == 0);

    net.link(1).onReply = nullptr;
    REQUIRE(net.sync(1).ok());
    CHECK(net.dump(0) == net.dump(1));
}

TEST_CASE("a poison record and one from a laptop ten years ahead are quarantined, the rest flows",
    "[sync][engine][quarantine]")
{
    SyncDevices net(3);
    auto &lampung = net.laptop(0);
    auto &future = net.laptop(2);
    // A laptop whose clock jumped to 2036 minutes after a sync writes: its last sync looks recent
    // by its own clock, so it seals before it learns the offset, and the record goes out stamped
    // 2036 (changes still unsealed when the offset is learnt are re-stamped: ClockRestampTest).
    future.clock.setMs(future.clock.nowMs() + 10LL * 365 * 24 * 3600 * 1000);
    {
        auto st = future.db->prepare(QStringLiteral("UPDATE sync_spaces SET last_sync_at = ?"));
        REQUIRE(st.ok());
        st->bind(1, future.clock.nowMs());
        REQUIRE(st->exec().ok());
    }
    future.addClient(QStringLiteral("Dari Masa Depan"));
    const auto futureOut = net.sync(2);
    REQUIRE(futureOut.ok());

    // A record sealed with a key nobody has, between good ones.
    const auto before = lampung.addClient(QStringLiteral("Sebelum"));
    REQUIRE(net.sync(0).ok());
    {
        auto key = sync::SyncSpaces(*lampung.db).key(sync::ChangeCodec::idText(net.spaceId), 1);
        REQUIRE(key.ok());
        REQUIRE(
            sync::SyncSpaces(*lampung.db).putKey(sync::ChangeCodec::idText(net.spaceId), 1, test::fixedKey(0x01)).ok());
        lampung.addClient(QStringLiteral("Rusak"));
        REQUIRE(net.sync(0).ok());
        REQUIRE(sync::SyncSpaces(*lampung.db).putKey(sync::ChangeCodec::idText(net.spaceId), 1, *key).ok());
    }
    const auto after = lampung.addClient(QStringLiteral("Sesudah"));
    REQUIRE(net.sync(0).ok());

    const auto pulled = net.sync(1);
    INFO(pulled.detail.toStdString());
    REQUIRE(pulled.ok());
    CHECK(pulled.quarantined >= 2);
    auto &jakarta = net.laptop(1);
    CHECK(jakarta.ws->clients().get(before.id).ok());
    CHECK(jakarta.ws->clients().get(after.id).ok());
    const QStringList reasons
        = jakarta.db->prepare(QStringLiteral("SELECT DISTINCT reason FROM sync_quarantine ORDER BY 1"))
              ->textColumn()
              .value();
    CHECK(reasons == QStringList {QStringLiteral("bad_encryption"), QStringLiteral("clock_ahead")});
    // The HLC did not follow the laptop from the future.
    CHECK(
        sync::Hlc::fromRaw(jakarta.db->scalar(QStringLiteral("SELECT last_hlc FROM device_state")).value().toLongLong())
            .ms()
        < jakarta.clock.nowMs() + 24LL * 3600 * 1000);
}

TEST_CASE("the server's files hold no plaintext case data after a sync", "[sync][engine][e2e]")
{
    if (test::TestPostgres::wanted())
        return; // the PostgreSQL variant keeps its files in the cluster; the SQLite file is checked here
    SyncDevices net(2);
    auto &lampung = net.laptop(0);
    const auto client = lampung.addClient(QStringLiteral("Markerwati Siregar"));
    auto kase = lampung.addCase(client.id);
    kase.chronology = QStringLiteral("MARKER-kronologi-7731 majikan di Tuen Mun");
    REQUIRE(lampung.ws->cases().update(kase).ok());
    REQUIRE(net.sync(0).ok());
    REQUIRE(net.sync(1).ok());
    net.server.reopen(); // checkpoint the WAL into the file

    QDirIterator files(net.server.location.dataDir, QDir::Files, QDirIterator::Subdirectories);
    int checked = 0;
    while (files.hasNext()) {
        QFile f(files.next());
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        CHECK_FALSE(bytes.contains("Markerwati"));
        CHECK_FALSE(bytes.contains("MARKER-kronologi"));
        CHECK_FALSE(bytes.contains("Tuen Mun"));
        ++checked;
    }
    CHECK(checked >= 1);
}

TEST_CASE("a server restored from an older backup: laptops notice, send again what it lost, and converge",
    "[sync][engine][restore]")
{
    if (test::TestPostgres::wanted())
        return; // the backup here is a copy of the SQLite file; PostgreSQL restores are pg_restore's business
    SyncDevices net(2);
    auto &lampung = net.laptop(0);
    auto &hongKong = net.laptop(1);
    const auto early = lampung.addClient(QStringLiteral("Sebelum Cadangan"));
    REQUIRE(net.sync(0).ok());
    REQUIRE(net.sync(1).ok());

    // The operator takes a backup (server stopped, folder copied) ...
    net.server.store.reset();
    net.server.api.reset();
    const QString dbFile = net.server.location.dataDir + QStringLiteral("/lintas-server.db");
    const QString backup = net.server.dir.file(QStringLiteral("backup.db"));
    REQUIRE(QFile::copy(dbFile, backup));
    net.server.reopen();

    // ... both laptops go on and sync ...
    const auto late = lampung.addClient(QStringLiteral("Sesudah Cadangan"));
    auto kase = hongKong.addCase(early.id);
    REQUIRE(net.sync(0).ok());
    REQUIRE(net.sync(1).ok());
    REQUIRE(net.sync(0).ok());
    const qint64 headBefore = serverHead(net);

    // ... then the disk dies and the backup is put back.
    net.server.store.reset();
    net.server.api.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(dbFile + suffix);
    REQUIRE(QFile::copy(backup, dbFile));
    net.server.reopen();
    REQUIRE(serverHead(net) < headBefore);

    const auto first = net.sync(0);
    INFO(first.detail.toStdString());
    REQUIRE(first.ok());
    CHECK(first.resynced);
    const auto second = net.sync(1);
    REQUIRE(second.ok());
    CHECK(second.resynced);
    REQUIRE(net.sync(0).ok());
    CHECK(net.dump(0) == net.dump(1));
    CHECK(lampung.ws->cases().get(kase.id).ok());
    CHECK(hongKong.ws->clients().get(late.id).ok());
    // Nothing lost, nothing twice: one record per change again.
    CHECK(serverHead(net) == outboxRows(lampung) + outboxRows(hongKong));
}

TEST_CASE("a poll after the token ran out logs in first instead of being refused", "[sync][engine]")
{
    SyncDevices net(1);
    auto &laptop = net.laptop(0);
    auto &link = net.link(0);
    sync::SyncSession session;
    const auto poll = [&] {
        sync::SyncEngine engine(*laptop.db, link, laptop.clock, laptop.random, &session);
        const auto out = engine.run();
        INFO(out.detail.toStdString());
        REQUIRE(out.ok());
    };
    QStringList paths;
    link.onReply = [&paths](const QString &path, server::HttpResponse &reply) {
        paths << QStringLiteral("%1 %2").arg(path).arg(reply.status);
        return true;
    };
    poll(); // logs in
    REQUIRE(session.tokenExpiresAt > 0);

    paths.clear();
    poll(); // an hour later in spirit: the token is good, one request
    CHECK(paths == QStringList {QStringLiteral("/v1/sync 200")});

    // Four hours later on both clocks (idle polls back off to 4 h): the 2-hour token is gone.
    for (ManualClock *clock : {&laptop.clock, &net.server.clock})
        clock->advanceMs(4LL * 3600 * 1000);
    paths.clear();
    poll();
    CHECK(paths
        == QStringList {QStringLiteral("/v1/auth/challenge 200"), QStringLiteral("/v1/auth/token 200"),
            QStringLiteral("/v1/sync 200")});

    // The laptop's clock is two days behind: the offset learnt from the server still tells.
    laptop.clock.advanceMs(-48LL * 3600 * 1000);
    poll(); // learns the new offset (the token is still good on the server's clock)
    net.server.clock.advanceMs(3LL * 3600 * 1000);
    laptop.clock.advanceMs(3LL * 3600 * 1000);
    paths.clear();
    poll();
    CHECK(paths.value(0) == QStringLiteral("/v1/auth/challenge 200"));
}
