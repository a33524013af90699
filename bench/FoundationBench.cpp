// Foundation benchmarks on the seeded "large" dataset (see BenchDataset.h and docs/benchmarks.md):
// open after key derivation, full-text search, case-list pages, one-field edits with and without
// the clock/outbox bookkeeping, database size and peak memory.
#include "bench/BenchDataset.h"
#include "bench/Percentiles.h"
#include "crypto/KdfParams.h"
#include "crypto/PasswordKdf.h"
#include "repo/Workspace.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <cstdio>

using namespace lintas;

namespace {

// One unlocked profile shared by every benchmark after the open benchmark.
struct Session {
    std::unique_ptr<profile::ProfileStore> store;
    std::unique_ptr<profile::OpenProfile> open;
    SeededRandom random {99};
    std::unique_ptr<repo::Workspace> ws;
    QStringList caseIds;
    QStringList deadlineIds;
    QStringList references;

    static Session &get()
    {
        static Session s = [] {
            Session x;
            auto &ds = bench::BenchDataset::instance();
            x.store = ds.store();
            x.open = std::move(x.store->unlock(ds.profileId, ds.passphrase()).value());
            x.ws = std::move(repo::Workspace::open(x.open->database(), SystemClock::instance(), x.random).value());
            repo::CaseFilter all;
            const auto rows = x.ws->cases().list(all, repo::CaseSort::Reference, 2000).value();
            for (const auto &row : rows) {
                x.caseIds << row.id;
                x.references << row.reference;
            }
            const auto deadlines = x.ws->deadlines().openUntil(QDate(2100, 1, 1), 2000).value();
            for (const auto &d : deadlines)
                x.deadlineIds << d.id;
            return x;
        }();
        return s;
    }
};

// Edits must change something in every run, also on a dataset kept from an earlier run: an edit
// that sets the value already stored writes nothing and would be measured as free.
const QString &runTag()
{
    static const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    return tag;
}

void addPercentiles(benchmark::internal::Benchmark *b)
{
    b->ComputeStatistics("p50", [](const std::vector<double> &v) { return bench::p50(v); })
        ->ComputeStatistics("p95", [](const std::vector<double> &v) { return bench::p95(v); })
        ->ComputeStatistics("max", [](const std::vector<double> &v) { return bench::pmax(v); })
        ->ReportAggregatesOnly(true)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1);
}

// Unlock with the cheapest Argon2id parameters (well under a millisecond) + workspace open:
// what the user waits for after key derivation. Page cache is warm after the first repetition.
void BM_OpenAfterKeyDerivation(benchmark::State &state)
{
    auto &ds = bench::BenchDataset::instance();
    auto store = ds.store();
    const SecretBytes pass = ds.passphrase();
    for (auto _ : state) {
        SeededRandom random(1);
        auto open = store->unlock(ds.profileId, pass);
        if (!open.ok()) {
            state.SkipWithError("unlock failed");
            return;
        }
        auto ws = repo::Workspace::open((*open)->database(), SystemClock::instance(), random);
        benchmark::DoNotOptimize(ws);
        state.PauseTiming();
        ws.value().reset();
        open.value().reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_OpenAfterKeyDerivation)->Apply(addPercentiles)->Repetitions(20);

// The production key derivation itself (Argon2id MODERATE), for context: runs once per unlock.
void BM_KeyDerivationModerate(benchmark::State &state)
{
    auto params = crypto::KdfParams::moderate(SecureRandom::instance());
    const SecretBytes pass = bench::BenchDataset::instance().passphrase();
    for (auto _ : state) {
        auto key = crypto::PasswordKdf::derive(pass, params);
        benchmark::DoNotOptimize(key);
    }
}
BENCHMARK(BM_KeyDerivationModerate)->Apply(addPercentiles)->Repetitions(3);

const QStringList &searchQueries()
{
    static const QStringList q = [] {
        QStringList l {QStringLiteral("siti"), QStringLiteral("sri wahyuni"), QStringLiteral("nur"),
            QStringLiteral("ma"), QStringLiteral("sumiati"), QStringLiteral("binti"), QStringLiteral("lampung timur"),
            QStringLiteral("0812"), QStringLiteral("+852 9"), QStringLiteral("gaji"), QStringLiteral("paspor"),
            QStringLiteral("agen memotong"), QStringLiteral("wartini 35")};
        for (int i = 0; i < 5 && i < Session::get().references.size(); ++i)
            l << Session::get().references.at(i * 97 % Session::get().references.size());
        return l;
    }();
    return q;
}

// One search (50 best hits with snippets) per repetition, cycling through names, prefixes,
// phone numbers, words from chronologies and case references.
void BM_Search(benchmark::State &state)
{
    static int next = 0;
    auto &s = Session::get();
    const QString query = searchQueries().at(next++ % searchQueries().size());
    for (auto _ : state) {
        auto hits = s.ws->search({query, 50});
        if (!hits.ok())
            state.SkipWithError("search failed");
        benchmark::DoNotOptimize(hits);
    }
}
BENCHMARK(BM_Search)->Apply(addPercentiles)->Repetitions(260);

// One page (50 rows) of the case list, filtered and sorted as the case list screen does, at a
// random depth of the first 20 pages. Like the screen, a page after the first starts after the
// last row of the page before (keyset paging); the cursors are collected once, untimed.
void caseListPage(benchmark::State &state, const repo::CaseFilter &filter, repo::CaseSort sort)
{
    static SeededRandom pick(5);
    auto &s = Session::get();
    static QHash<QString, QVector<repo::CaseListCursor>> cursorsByBenchmark;
    const QString key
        = QStringLiteral("%1|%2|%3|%4|%5|%6")
              .arg(int(sort))
              .arg(filter.statuses.join(QLatin1Char(',')), filter.caseType, filter.jurisdiction, filter.risk)
              .arg(filter.deadlineWithinDays);
    QVector<repo::CaseListCursor> &cursors = cursorsByBenchmark[key];
    if (cursors.isEmpty()) { // before the timed loop: not measured
        cursors << repo::CaseListCursor(); // the first page
        for (int page = 1; page < 20; ++page) {
            auto rows = page == 1 ? s.ws->cases().list(filter, sort, 50)
                                  : s.ws->cases().listAfter(filter, sort, 50, cursors.last());
            if (!rows.ok() || rows->isEmpty())
                break;
            cursors << rows->last().cursor;
        }
    }
    const repo::CaseListCursor &after = cursors.at(static_cast<int>(pick.uniform(cursors.size())));
    for (auto _ : state) {
        auto rows = after.key.isEmpty() ? s.ws->cases().list(filter, sort, 50)
                                        : s.ws->cases().listAfter(filter, sort, 50, after);
        if (!rows.ok() || rows->isEmpty())
            state.SkipWithError("list failed");
        benchmark::DoNotOptimize(rows);
    }
}

void BM_CaseList_OpenCases_RecentlyUpdated(benchmark::State &state)
{
    repo::CaseFilter f;
    f.statuses = {QStringLiteral("intake"), QStringLiteral("assessment"), QStringLiteral("active")};
    caseListPage(state, f, repo::CaseSort::RecentlyUpdated);
}
BENCHMARK(BM_CaseList_OpenCases_RecentlyUpdated)->Apply(addPercentiles)->Repetitions(100);

void BM_CaseList_TypeFilter_ByNextDeadline(benchmark::State &state)
{
    repo::CaseFilter f;
    f.caseType = QStringLiteral("unpaid_wages");
    caseListPage(state, f, repo::CaseSort::NextDeadline);
}
BENCHMARK(BM_CaseList_TypeFilter_ByNextDeadline)->Apply(addPercentiles)->Repetitions(100);

void BM_CaseList_HkHighRisk_ByClientName(benchmark::State &state)
{
    repo::CaseFilter f;
    f.jurisdiction = QStringLiteral("hk");
    f.risk = QStringLiteral("high");
    caseListPage(state, f, repo::CaseSort::ClientName);
}
BENCHMARK(BM_CaseList_HkHighRisk_ByClientName)->Apply(addPercentiles)->Repetitions(100);

void BM_CaseList_DueWithin30Days(benchmark::State &state)
{
    repo::CaseFilter f;
    f.deadlineWithinDays = 30;
    caseListPage(state, f, repo::CaseSort::NextDeadline);
}
BENCHMARK(BM_CaseList_DueWithin30Days)->Apply(addPercentiles)->Repetitions(100);

// The count the status bar shows when a filter changes: every matching case, not a page.
void BM_CaseList_Count_TypeAndOpen(benchmark::State &state)
{
    auto &s = Session::get();
    repo::CaseFilter f;
    f.caseType = QStringLiteral("unpaid_wages");
    f.statuses = {
        QStringLiteral("intake"), QStringLiteral("assessment"), QStringLiteral("active"), QStringLiteral("referred")};
    for (auto _ : state) {
        auto n = s.ws->cases().count(f);
        if (!n.ok())
            state.SkipWithError("count failed");
        benchmark::DoNotOptimize(n);
    }
}
BENCHMARK(BM_CaseList_Count_TypeAndOpen)->Apply(addPercentiles)->Repetitions(30);

// A one-field edit through the repository: read, validate, diff, row + field clock + outbox +
// device counters, committed with a full fsync.
void BM_EditOneField_WithClockAndOutbox(benchmark::State &state)
{
    static int n = 0;
    auto &s = Session::get();
    auto deadline = s.ws->deadlines().get(s.deadlineIds.at(n % s.deadlineIds.size())).value();
    deadline.notes = QStringLiteral("Dicek ulang %1 %2").arg(runTag()).arg(++n);
    for (auto _ : state) {
        auto r = s.ws->deadlines().update(deadline);
        if (!r.ok() || !r.value())
            state.SkipWithError("edit failed");
    }
}
BENCHMARK(BM_EditOneField_WithClockAndOutbox)->Apply(addPercentiles)->Repetitions(300);

// The same edit as a bare UPDATE in its own transaction (same fsync), without clock or outbox.
void BM_EditOneField_Bare(benchmark::State &state)
{
    static int n = 0;
    auto &s = Session::get();
    const QString id = s.deadlineIds.at(n % s.deadlineIds.size());
    const QString value = QStringLiteral("Bare %1 %2").arg(runTag()).arg(++n);
    store::Database &db = s.open->database();
    for (auto _ : state) {
        auto tx = db.begin();
        auto st = db.prepare(QStringLiteral("UPDATE deadlines SET notes = ? WHERE id = ?"));
        st->bind(1, value).bind(2, id);
        if (!st->exec().ok() || !tx->commit().ok())
            state.SkipWithError("bare edit failed");
    }
}
BENCHMARK(BM_EditOneField_Bare)->Apply(addPercentiles)->Repetitions(300);

// A searchable edit: the case's strategy changes, so its search entry is rewritten too.
void BM_EditCaseStrategy_WithSearchIndex(benchmark::State &state)
{
    static int n = 0;
    auto &s = Session::get();
    auto kase = s.ws->cases().get(s.caseIds.at(n % s.caseIds.size())).value();
    kase.strategy = QStringLiteral("Ajukan ke Labour Tribunal, versi %1 %2").arg(runTag()).arg(++n);
    for (auto _ : state) {
        auto r = s.ws->cases().update(kase);
        if (!r.ok())
            state.SkipWithError("case edit failed");
    }
}
BENCHMARK(BM_EditCaseStrategy_WithSearchIndex)->Apply(addPercentiles)->Repetitions(100);

void printFacts()
{
    auto &ds = bench::BenchDataset::instance();
    auto &s = Session::get();
    store::Database &db = s.open->database();
    auto count = [&](const char *table) {
        return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)))
            .value()
            .toLongLong();
    };
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("\nDataset '%s' at %s\n", qPrintable(ds.sizeName), qPrintable(ds.root));
    std::printf("  clients %lld, cases %lld, notes %lld, deadlines %lld, claims %lld, activities %lld, outbox %lld\n",
        count("clients"), count("cases"), count("notes"), count("deadlines"), count("claims"), count("activities"),
        count("outbox"));
    std::printf("  database size on disk: %.1f MiB\n", ds.databaseBytes() / 1048576.0);
    if (ds.generationSeconds > 0)
        std::printf("  generated in this run: %.1f s (peak memory below includes generation)\n", ds.generationSeconds);
    std::printf("  peak resident memory of this process: %.1f MiB\n", usage.ru_maxrss / 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    printFacts();
    benchmark::Shutdown();
    return 0;
}
