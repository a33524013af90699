// lintas-bench-sync: the sync targets of issue 4 on real profiles and a real lintas-server (see
// docs/benchmarks.md, "Sync"). In order: a fresh laptop pulls and applies 100,000 changes; one
// laptop pushes 10,000; 50 devices push and pull at once against lintas-server on SQLite and on
// PostgreSQL (light clients sending sealed envelopes, then real laptops); a week of backlog over a slow link cut every
// 30 s; idle polls over HTTP and TLS.
//
//   lintas-bench-sync [--quick] [--devices N] [--backend sqlite|postgresql] [--rate R[,R…]]
//                     [pull push light concurrent slow idle]
//
// --quick shrinks every dataset (a look in a minute or two). Parts named on the command line run
// alone ("pull" includes "push": the pushing laptop is the one that pulled). "light" runs the
// closed loop, then paced at each --rate (records/s offered; default 1000,2000, quick 100).
#include "bench/SyncBench.h"
#include "bench/SyncBenchSupport.h"

#include <QCoreApplication>
#include <QThread>

#include <sodium.h>

using namespace lintas;
using namespace lintas::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        die(QStringLiteral("libsodium did not initialise"));
    SyncBenchOptions o;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--quick")) {
            o.quick = true;
            o.pullChanges = 5'000;
            o.pullCases = 250;
            o.pushChanges = 1'000;
            o.devices = 10;
            o.rounds = 2;
            o.editsPerRound = 10;
            o.pacedRounds = 4;
            o.rates = {100};
            o.backlog = 150;
            o.polls = 6;
        } else if (a == QLatin1String("--devices") && i + 1 < args.size()) {
            o.devices = args.at(++i).toInt();
        } else if (a == QLatin1String("--rate") && i + 1 < args.size()) {
            o.rates.clear();
            for (const QString &r : args.at(++i).split(QLatin1Char(',')))
                o.rates.push_back(r.toDouble()); // 0: the closed loop only
        } else if (a == QLatin1String("--backend") && i + 1 < args.size()) {
            o.backends = {args.at(++i)};
        } else if (a.startsWith(QLatin1String("--"))) {
            die(QStringLiteral("usage: lintas-bench-sync [--quick] [--devices N] [--backend sqlite|postgresql] "
                               "[--rate R[,R...]] [pull push light concurrent slow idle]"));
        } else {
            o.parts << a;
        }
    }
    std::printf("lintas-bench-sync (%s run), %d cores\n", o.quick ? "quick" : "full", QThread::idealThreadCount());
    if (o.wants("pull") || o.wants("push"))
        runPullAndPush(o);
    if (o.wants("light"))
        for (const QString &backend : std::as_const(o.backends)) {
            runSimulated(o, backend, 0);
            for (const double rate : std::as_const(o.rates))
                if (rate > 0)
                    runSimulated(o, backend, rate);
        }
    if (o.wants("concurrent"))
        for (const QString &backend : std::as_const(o.backends))
            runConcurrent(o, backend);
    if (o.wants("slow"))
        runSlowLink(o);
    if (o.wants("idle"))
        runIdlePolls(o);
    printFigures();
    return 0;
}
