// Developer probe: runs SQL statements (one per stdin line) against the benchmark dataset and
// prints the query plan, row count and the time of each of 5 runs. For trying indexes and query
// shapes on real data before changing the schema; not a benchmark.
#include "bench/BenchDataset.h"
#include "repo/Workspace.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

using namespace lintas;

int main()
{
    auto &ds = bench::BenchDataset::instance();
    auto store = ds.store();
    auto open = store->unlock(ds.profileId, ds.passphrase());
    if (!open.ok())
        return 1;
    SeededRandom random(1);
    auto ws = std::move(repo::Workspace::open((*open)->database(), SystemClock::instance(), random).value());
    (void)ws->search({QStringLiteral("warmup"), 1}); // registers the ranking function
    store::Database &db = (*open)->database();
    QTextStream in(stdin);
    QString line;
    while (in.readLineInto(&line)) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        std::printf("== %s\n", qPrintable(line));
        {
            // Scoped: a statement left open would lock the schema against the DDL being tried.
            auto plan = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + line);
            if (!plan.ok()) {
                std::printf("   error: %s\n", qPrintable(plan.error().detail));
                continue;
            }
            for (auto r = plan->step(); r.ok() && r.value(); r = plan->step())
                std::printf("   plan: %s\n", qPrintable(plan->text(3)));
        }
        for (int run = 0; run < 5; ++run) {
            auto st = db.prepare(line);
            QElapsedTimer t;
            t.start();
            int rows = 0;
            QString first;
            for (;;) {
                auto more = st->step();
                if (!more.ok()) {
                    std::printf("   error: %s\n", qPrintable(more.error().detail));
                    break;
                }
                if (!more.value())
                    break;
                if (rows == 0)
                    first = st->text(0);
                ++rows;
            }
            std::printf("   run %d: %.1f ms, %d rows, first=%s\n", run, t.nsecsElapsed() / 1e6, rows,
                qPrintable(first.left(40)));
        }
    }
    return 0;
}
