// Many search-indexed case edits in a row (default 5,000), reporting every one over 100 ms: the
// stalls a long merge of the full-text index causes show up here and not in BM_ benchmarks,
// which see too few edits. Usage: lintas-bench-edit-spikes [count]
#include "bench/BenchDataset.h"
#include "repo/Workspace.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace lintas;

int main(int argc, char **argv)
{
    const int n = argc > 1 ? std::atoi(argv[1]) : 5000;
    auto &ds = bench::BenchDataset::instance();
    auto store = ds.store();
    auto open = std::move(store->unlock(ds.profileId, ds.passphrase()).value());
    SeededRandom random(7);
    auto ws = std::move(repo::Workspace::open(open->database(), SystemClock::instance(), random).value());
    repo::CaseFilter all;
    const auto rows = ws->cases().list(all, repo::CaseSort::Reference, 500).value();
    int slow = 0;
    double maxMs = 0, total = 0;
    for (int i = 0; i < n; ++i) {
        auto kase = ws->cases().get(rows.at(i % rows.size()).id).value();
        kase.strategy = QStringLiteral("Strategi %1 %2").arg(i).arg(QDateTime::currentMSecsSinceEpoch());
        QElapsedTimer t;
        t.start();
        (void)ws->cases().update(kase);
        const double ms = t.nsecsElapsed() / 1e6;
        total += ms;
        if (ms > 100) {
            ++slow;
            std::printf("edit %d: %.0f ms\n", i, ms);
        }
        maxMs = std::max(maxMs, ms);
    }
    std::printf("%d edits, mean %.2f ms, max %.0f ms, %d over 100 ms\n", n, total / n, maxMs, slow);
    return 0;
}
