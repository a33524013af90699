// A fresh laptop pulls and applies what another pushed (100,000 changes), in process and over
// loopback HTTP through a real lintas-server; then it pushes 10,000 edits of its own.
#include "bench/SyncBench.h"
#include "bench/SyncBenchSupport.h"
#include "support/FaultProxy.h"
#include "sync/HttpTransport.h"

namespace lintas::bench {

namespace {

void checkSameCases(Laptop &a, Laptop &b)
{
    const QString sql = QStringLiteral("SELECT count(*), total(length(coalesce(outcome_notes, ''))) FROM cases");
    const auto countA = must(a.db->scalar(sql), "count cases").toLongLong();
    const auto countB = must(b.db->scalar(sql), "count cases").toLongLong();
    if (countA != countB)
        die(QStringLiteral("the pulling laptop has %1 cases, the author %2").arg(countB).arg(countA));
}

// One engine run (or more, if one fails) of `laptop` over `transport`, timed.
struct TimedSync {
    RunTotals totals;
    double seconds = 0;
    double peakMiB = 0;
};

TimedSync timedSync(Laptop &laptop, sync::SyncTransport &transport)
{
    TimedSync out;
    sync::SyncSession session;
    resetPeakRss();
    QElapsedTimer t;
    t.start();
    const auto o = syncUntilDone(*laptop.db, transport, laptop.random, session, out.totals, 20);
    out.seconds = secondsSince(t);
    out.peakMiB = peakRssMiB();
    if (!o.ok())
        die(QStringLiteral("sync failed: %1").arg(o.detail));
    return out;
}

} // namespace

void runPullAndPush(const SyncBenchOptions &o)
{
    std::printf("\n== 1. A fresh laptop pulls and applies %d changes ==\n", o.pullChanges);
    TempDir serverDir;
    const StoreLocation where {serverDir.file(QStringLiteral("server-data")), QString()};
    Org org(where);
    Laptop author(11);
    Laptop fresh(12);
    Laptop freshHttp(13);
    org.enrol({&author, &fresh, &freshHttp});

    // The dataset, through the real repositories: client + case pairs, then edits on them.
    QElapsedTimer t;
    t.start();
    author.addCases(o.pullCases);
    const qint64 creations = author.outboxRows();
    std::uint32_t seed = 1;
    while (author.outboxRows() < o.pullChanges)
        author.edit(static_cast<int>(std::min<qint64>(o.pullChanges - author.outboxRows(), 10'000)), seed++);
    const qint64 changes = author.outboxRows();
    std::printf("  dataset: %d clients + %d cases (%lld changes), then %lld edits (9 in 10 one-field, 1 in 10 "
                "five-field) in %.1f s\n",
        o.pullCases, o.pullCases, static_cast<long long>(creations), static_cast<long long>(changes - creations),
        secondsSince(t));

    {
        auto store = must(server::openServerStore(where.dataDir, where.databaseUrl), "open server store");
        SeededRandom serverRandom(99);
        auto api = must(server::ServerApi::create(*store, SystemClock::instance(), serverRandom), "server api");
        InProcessTransport inProcess(*api);

        TimedTransport pushLink(inProcess);
        const TimedSync push = timedSync(author, pushLink);
        addFigure(QStringLiteral("push %1 changes, in process (seal + server store)").arg(changes),
            QStringLiteral("%1 s, %2 changes/s, %3 requests")
                .arg(fmt(push.seconds, 1), fmt(push.totals.pushed / push.seconds),
                    QString::number(pushLink.syncMs.size())));

        TimedTransport pullLink(inProcess);
        const double rssBefore = currentRssMiB();
        const TimedSync pull = timedSync(fresh, pullLink);
        checkSameCases(author, fresh);
        const double rate = double(pull.totals.applied) / pull.seconds;
        addFigure(QStringLiteral("fresh laptop pulls + applies %1 changes, in process").arg(pull.totals.applied),
            QStringLiteral("%1 changes/s (%2 s, %3 requests of %4 KiB replies on average)")
                .arg(fmt(rate), fmt(pull.seconds, 1), QString::number(pullLink.syncMs.size()),
                    fmt(double(pullLink.bytesReceived) / 1024.0 / std::max<std::size_t>(1, pullLink.syncMs.size()))),
            QStringLiteral("≥ 5,000 changes/s"), rate >= 5000 ? QStringLiteral("met") : QStringLiteral("MISSED"));
        addFigure(QStringLiteral("  peak RSS during that pull (process RSS before it)"),
            QStringLiteral("%1 MiB (%2 MiB)").arg(fmt(pull.peakMiB), fmt(rssBefore)));
        addFigure(QStringLiteral("  pulling profile on disk afterwards"),
            QStringLiteral("%1 MiB").arg(fmt(double(fresh.fileBytes()) / 1048576.0)));
    }

    // The same pull over loopback HTTP, through the real server binary.
    ServerProcess server(where);
    {
        sync::HttpTransport http(QUrl(server.url()), 30'000);
        TimedTransport link(http);
        const TimedSync pull = timedSync(freshHttp, link);
        checkSameCases(author, freshHttp);
        const double rate = double(pull.totals.applied) / pull.seconds;
        addFigure(QStringLiteral("fresh laptop pulls + applies %1 changes, HTTP to lintas-server (SQLite)")
                      .arg(pull.totals.applied),
            QStringLiteral("%1 changes/s (%2 s, peak RSS %3 MiB, %4 MiB received)")
                .arg(
                    fmt(rate), fmt(pull.seconds, 1), fmt(pull.peakMiB), fmt(double(link.bytesReceived) / 1048576.0, 1)),
            QStringLiteral("≥ 5,000 changes/s"), rate >= 5000 ? QStringLiteral("met") : QStringLiteral("MISSED"));
    }

    std::printf("\n== 2. One laptop pushes %d changes (HTTP, loopback, through a counting proxy) ==\n", o.pushChanges);
    fresh.adoptAllCases();
    t.restart();
    const qint64 made = fresh.edit(o.pushChanges, 777);
    std::printf("  %lld edits made offline in %.1f s\n", static_cast<long long>(made), secondsSince(t));
    test::FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
    must(proxy.startInThread(), "start proxy");
    sync::HttpTransport http(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())), 30'000);
    TimedTransport link(http);
    const TimedSync push = timedSync(fresh, link);
    const auto bytes = proxy.total();
    const double rate = double(push.totals.pushed) / push.seconds;
    addFigure(QStringLiteral("push %1 changes over HTTP (login, seal, send, acks)").arg(push.totals.pushed),
        QStringLiteral("%1 s, %2 changes/s, %3 requests")
            .arg(fmt(push.seconds, 2), fmt(rate), QString::number(link.syncMs.size())));
    addFigure(QStringLiteral("  bytes sent / received on the wire (HTTP included)"),
        QStringLiteral("%1 KiB / %2 KiB = %3 B per change up, %4 down")
            .arg(fmt(double(bytes.bytesUp) / 1024.0), fmt(double(bytes.bytesDown) / 1024.0),
                fmt(double(bytes.bytesUp) / double(push.totals.pushed)),
                fmt(double(bytes.bytesDown) / double(push.totals.pushed))));
    if (fresh.waitingRows() != 0)
        die(QStringLiteral("%1 changes still wait after the push").arg(fresh.waitingRows()));
}

} // namespace lintas::bench
