// Many devices at once against one real lintas-server: each device is a thread with its own
// profile, sync engine and HTTP connection, editing its own cases and pulling everyone else's,
// round after round. What the server stores per second and how long its requests take.
//
// Not the server's capacity: the 50 laptops apply everything the others push (about 800 changes
// each) on the same cores as the server, so they set the pace and their work inflates the
// latency. The targets (≥ 1,000 records/s, p99 < 200 ms) are checked by the light devices.
#include "bench/Percentiles.h"
#include "bench/SyncBench.h"
#include "bench/SyncBenchSupport.h"
#include "sync/HttpTransport.h"

#include <QThread>

namespace lintas::bench {

namespace {

struct DeviceResult {
    std::vector<double> syncMs;
    std::vector<double> authMs;
    RunTotals totals;
    QString failure;
};

} // namespace

void runConcurrent(const SyncBenchOptions &options, const QString &backend)
{
    // Real laptops apply everything the others push, which costs far more than the server's
    // part: fewer, smaller rounds than the light devices.
    SyncBenchOptions o = options;
    o.rounds = std::min(o.rounds, 3);
    o.editsPerRound = std::min(o.editsPerRound, 10);
    std::printf("\n== 3. %d devices at once against lintas-server on %s: %d rounds of %d edits, push + pull ==\n",
        o.devices, qPrintable(backend), o.rounds, o.editsPerRound);
    const BenchStore store(backend);
    const StoreLocation &where = store.where;
    Org org(where);
    std::vector<std::unique_ptr<Laptop>> laptops;
    std::vector<Laptop *> all;
    for (int i = 0; i < o.devices; ++i) {
        laptops.push_back(std::make_unique<Laptop>(200 + i));
        laptops.back()->addCases(2);
        all.push_back(laptops.back().get());
    }
    org.enrol(all);
    const qint64 initial = laptops.front()->outboxRows() * o.devices;
    ServerProcess server(where);
    const QString url = server.url();
    const double serverCpuBefore = processCpuSeconds(server.pid());

    std::vector<DeviceResult> results(static_cast<std::size_t>(o.devices));
    std::vector<std::unique_ptr<QThread>> threads;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < o.devices; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            Laptop &laptop = *laptops.at(static_cast<std::size_t>(i));
            DeviceResult &result = results.at(static_cast<std::size_t>(i));
            sync::HttpTransport http(QUrl(url), 30'000);
            TimedTransport link(http);
            sync::SyncSession session; // the token is kept from run to run, as the worker keeps it
            QStringList own = laptop.caseIds;
            for (int round = 0; round < o.rounds; ++round) {
                if (round > 0) {
                    laptop.caseIds = own; // edit only its own cases: no conflicts
                    laptop.edit(o.editsPerRound, static_cast<std::uint32_t>(1000 * i + round));
                }
                const auto outcome = syncUntilDone(*laptop.db, link, laptop.random, session, result.totals, 200);
                if (!outcome.ok()) {
                    result.failure = outcome.detail;
                    break;
                }
            }
            result.syncMs = std::move(link.syncMs);
            result.authMs = std::move(link.authMs);
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        t->wait();
    const double seconds = secondsSince(wall);
    const double serverCpu = processCpuSeconds(server.pid()) - serverCpuBefore;

    std::vector<double> syncMs;
    std::vector<double> authMs;
    RunTotals sum;
    int failed = 0;
    for (const DeviceResult &r : results) {
        syncMs.insert(syncMs.end(), r.syncMs.begin(), r.syncMs.end());
        authMs.insert(authMs.end(), r.authMs.begin(), r.authMs.end());
        sum.pushed += r.totals.pushed;
        sum.applied += r.totals.applied;
        sum.busy += r.totals.busy;
        sum.offline += r.totals.offline;
        if (!r.failure.isEmpty()) {
            ++failed;
            std::printf("  device failed: %s\n", qPrintable(r.failure));
        }
    }
    const qint64 stored = serverRecords(where, org.spaceId);
    const qint64 expected = initial + qint64(o.devices) * (o.rounds - 1) * o.editsPerRound;
    if (stored != expected || failed > 0)
        std::printf("  WARNING: the server holds %lld records, %lld were made; %d devices failed\n",
            static_cast<long long>(stored), static_cast<long long>(expected), failed);
    const double rate = double(stored) / seconds;
    const QString label = QStringLiteral("%1 devices, lintas-server on %2").arg(o.devices).arg(backend);
    addFigure(label + QStringLiteral(": records stored per second (wall)"),
        QStringLiteral("%1 records/s (%2 records in %3 s; %4 applied by the devices)")
            .arg(fmt(rate), QString::number(stored), fmt(seconds, 1), QString::number(sum.applied)),
        QStringLiteral("(light devices check the target)"));
    addFigure(label + QStringLiteral(": server CPU"),
        QStringLiteral("%1 s for %2 records = %3 records per server CPU second")
            .arg(fmt(serverCpu, 1), QString::number(stored), fmt(double(stored) / std::max(serverCpu, 0.001))));
    addFigure(label + QStringLiteral(": /v1/sync latency p50 / p95 / p99 / max"),
        QStringLiteral("%1 / %2 / %3 / %4 ms (%5 requests)")
            .arg(fmt(p50(syncMs), 1), fmt(p95(syncMs), 1), fmt(percentile(syncMs, 99), 1), fmt(pmax(syncMs), 1),
                QString::number(syncMs.size())),
        QStringLiteral("(light devices check the target)"));
    addFigure(label + QStringLiteral(": login requests p50 / p99, refused (429) runs"),
        QStringLiteral("%1 / %2 ms (%3 requests), %4 runs refused and retried")
            .arg(fmt(p50(authMs), 1), fmt(percentile(authMs, 99), 1), QString::number(authMs.size()),
                QString::number(sum.busy)));
}

} // namespace lintas::bench
