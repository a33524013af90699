#include "Org.h"

#include "support/FaultProxy.h"
#include "sync/ConflictLog.h"

#include <QDirIterator>
#include <QFile>

#include <catch2/catch.hpp>

using namespace lintas;
using test::FaultPlan;
using test::Org;

namespace {

// Syncs until a run ends with nothing left to send or fetch, as the app's worker would after
// each failure (here without its backoff: the link fails often on purpose).
sync::SyncOutcome syncUntilDone(test::WorkspaceFixture &laptop, const QString &url, int &attempts)
{
    sync::HttpTransport transport {QUrl(url), 5'000};
    sync::SyncSession session;
    for (;;) {
        ++attempts;
        sync::SyncEngine engine(*laptop.db, transport, laptop.clock, laptop.random, &session);
        const sync::SyncOutcome o = engine.run();
        if (o.ok() || o.problem != sync::SyncProblem::Offline || attempts > 400) {
            if (!o.ok())
                UNSCOPED_INFO("sync stopped: problem " << int(o.problem) << ": " << o.detail.toStdString());
            return o;
        }
    }
}

qint64 outboxRows(test::WorkspaceFixture &f)
{
    return f.db->scalar(QStringLiteral("SELECT count(*) FROM outbox")).value().toLongLong();
}

domain::Case caseOf(test::WorkspaceFixture &f, const QString &id)
{
    auto c = f.ws->cases().get(id);
    REQUIRE(c.ok());
    return *c;
}

} // namespace

// The "done when": two profiles on two laptops, joined to one organisation on a real
// lintas-server, edit the same cases offline and reconnect over a flaky, throttled link in
// either order; they end with identical data, every conflict visible on both, nothing lost or
// duplicated on the server, nothing readable there.
TEST_CASE("offline edits on two laptops converge over a flaky, throttled link", "[sync][e2e][flaky]")
{
    Org org;
    test::WorkspaceFixture hongKong(51);
    test::WorkspaceFixture lampung(52);
    org.enrol({&hongKong, &lampung});
    test::ServerProcess server(org.where);
    test::FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(proxy.startInThread().ok());
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());

    // Hong Kong takes in three workers' cases and syncs while the link is good.
    QVector<domain::Case> cases;
    for (const QString &name :
        {QStringLiteral("Ratna Dewi"), QStringLiteral("Siti Aminah"), QStringLiteral("Wartini")}) {
        const auto client = hongKong.addClient(name);
        cases << hongKong.addCase(client.id);
    }
    int attempts = 0;
    REQUIRE(syncUntilDone(hongKong, url, attempts).ok());
    REQUIRE(syncUntilDone(lampung, url, attempts).ok());

    // Offline, both work on the same cases: same fields (conflicts), other fields, new notes.
    for (int i = 0; i < cases.size(); ++i) {
        auto here = caseOf(hongKong, cases[i].id);
        here.risk = QStringLiteral("high");
        here.demands = QStringLiteral("MARKER-tuntutan-%1 gaji 3 bulan HK$ 14.000").arg(i);
        REQUIRE(hongKong.ws->cases().update(here).ok());
        domain::Note note;
        note.caseId = cases[i].id;
        note.kind = QStringLiteral("note");
        note.body = QStringLiteral("Sidang Labour Tribunal di Kowloon, kasus %1").arg(i);
        REQUIRE(hongKong.ws->notes().create(note).ok());
    }
    lampung.clock.advanceMs(2 * 3600 * 1000); // Lampung works later that day
    for (int i = 0; i < cases.size(); ++i) {
        auto there = caseOf(lampung, cases[i].id);
        there.risk = QStringLiteral("medium");
        there.chronology = QStringLiteral("Pulang ke Lampung Timur, kasus %1").arg(i);
        REQUIRE(lampung.ws->cases().update(there).ok());
        domain::Note note;
        note.caseId = cases[i].id;
        note.kind = QStringLiteral("call");
        note.body = QStringLiteral("Telepon dari ibu klien di Metro, kasus %1").arg(i);
        REQUIRE(lampung.ws->notes().create(note).ok());
    }

    // A 2G link: 50/20 kbit/s, 500 ms each way, every connection cut every 3 s, and the first
    // request's reply lost after the server committed it.
    FaultPlan link = FaultPlan::slowLossyLink();
    link.resetEveryMs = 3'000;
    link.dropReplyTo = 1;
    proxy.setPlan(link);

    SECTION("Lampung reconnects first")
    {
        REQUIRE(syncUntilDone(lampung, url, attempts).ok());
        REQUIRE(syncUntilDone(hongKong, url, attempts).ok());
        REQUIRE(syncUntilDone(lampung, url, attempts).ok());
    }
    SECTION("Hong Kong reconnects first")
    {
        REQUIRE(syncUntilDone(hongKong, url, attempts).ok());
        REQUIRE(syncUntilDone(lampung, url, attempts).ok());
        REQUIRE(syncUntilDone(hongKong, url, attempts).ok());
    }
    INFO("sync runs: " << attempts << ", connections cut: " << proxy.total().connectionsCut);
    CHECK(proxy.total().connectionsCut >= 1);

    // Identical data; the later edit of each contested field won on both laptops.
    CHECK(test::dump(hongKong) == test::dump(lampung));
    for (const auto &c : std::as_const(cases)) {
        const auto merged = caseOf(hongKong, c.id);
        CHECK(merged.risk == QStringLiteral("medium"));
        CHECK(merged.demands.startsWith(QStringLiteral("MARKER-tuntutan-")));
        CHECK(merged.chronology.startsWith(QStringLiteral("Pulang ke Lampung Timur")));
    }
    // Every conflict visible on both, once: one losing "high" per case.
    for (auto *laptop : {&hongKong, &lampung}) {
        auto open = sync::ConflictLog(*laptop->db).open();
        REQUIRE(open.ok());
        CHECK(open->size() == cases.size());
        for (const auto &conflict : *open) {
            CHECK(conflict.field == QStringLiteral("risk"));
            CHECK(conflict.lostValue.toString() == QStringLiteral("high"));
        }
    }
    // Nothing lost or duplicated: the server holds exactly one record per change made.
    auto store = test::openStoreAt(org.where);
    REQUIRE(store.ok());
    auto head = (*store)->head(org.spaceId);
    REQUIRE(head.ok());
    CHECK(head->seq == outboxRows(hongKong) + outboxRows(lampung));
    store->reset();

    // Nothing readable on the server: its log and (for SQLite) its files.
    server.stop();
    CHECK_FALSE(server.log().contains("MARKER-tuntutan"));
    if (!test::TestPostgres::wanted()) {
        QDirIterator files(org.where.dataDir, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            REQUIRE(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            CHECK_FALSE(bytes.contains("MARKER-tuntutan"));
            CHECK_FALSE(bytes.contains("Kowloon"));
            CHECK_FALSE(bytes.contains("Lampung Timur"));
        }
    }
}
