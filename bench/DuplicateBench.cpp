// The duplicate-client check (ClientRepository::findLikelyDuplicates) on the benchmark profile:
// 200 candidates made from clients drawn from the profile the ways a caseworker would type them
// again (old spellings, y/i swaps, a typing slip, a title or the father's name added, the NIK, a
// phone number written another way), timed one by one; p50/p95/max per kind and overall, and how
// often the client they were made from came back. Then the cost the duplicate keys add to a write:
// 200 client renames. Usage: lintas-bench-duplicates [candidates]
// Opening the profile migrates it: run it on a copy of the cached dataset (docs/benchmarks.md).
#include "bench/BenchDataset.h"
#include "bench/Percentiles.h"
#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"
#include "repo/ClientMatchKeys.h"
#include "repo/Workspace.h"

#include <QElapsedTimer>
#include <QMap>

#include <cstdio>
#include <cstdlib>

using namespace lintas;

namespace {

double elapsedMs(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

// Two neighbouring letters swapped in the middle of the longest part: a typing slip.
QString withSlip(const QString &name)
{
    QStringList parts = name.split(QLatin1Char(' '));
    int longest = 0;
    for (int i = 1; i < parts.size(); ++i) {
        if (parts[i].size() > parts[longest].size())
            longest = i;
    }
    QString &p = parts[longest];
    if (p.size() >= 5)
        std::swap(p[p.size() / 2], p[p.size() / 2 + 1]);
    return parts.join(QLatin1Char(' '));
}

struct Candidate {
    QString kind;
    QString sourceId;
    domain::Client client;
    QStringList phones;
};

} // namespace

int main(int argc, char **argv)
{
    const int n = argc > 1 ? std::atoi(argv[1]) : 200;
    auto &ds = bench::BenchDataset::instance();
    auto store = ds.store();
    QElapsedTimer unlockTimer;
    unlockTimer.start();
    auto open = std::move(store->unlock(ds.profileId, ds.passphrase()).value());
    std::printf("unlock (with any pending migration): %.1f s\n", unlockTimer.elapsed() / 1000.0);
    SeededRandom random(7);
    auto ws = std::move(repo::Workspace::open(open->database(), SystemClock::instance(), random).value());
    const int total = ws->clients().count().value();

    demo::DemoRandom pick(20261130);
    const QStringList kinds {QStringLiteral("spelling variant"), QStringLiteral("typing slip"),
        QStringLiteral("title + father"), QStringLiteral("NIK + variant"), QStringLiteral("phone, other format")};
    QVector<Candidate> candidates;
    while (candidates.size() < n) {
        auto page = ws->clients().list(1, pick.between(0, total - 1)).value();
        if (page.isEmpty())
            continue;
        const domain::Client src = page.first();
        Candidate c;
        c.kind = kinds[int(candidates.size()) % int(kinds.size())];
        c.sourceId = src.id;
        c.client.fullName = src.fullName;
        c.client.birthDate = src.birthDate;
        if (c.kind == kinds[0] || c.kind == kinds[3]) {
            const QString v = demo::DemoNames::spellingVariant(pick, src.fullName);
            if (!v.isEmpty())
                c.client.fullName = v;
        }
        if (c.kind == kinds[1])
            c.client.fullName = withSlip(src.fullName);
        if (c.kind == kinds[2])
            c.client.fullName = QStringLiteral("Bu %1 binti %2").arg(src.fullName, demo::DemoNames::fatherName(pick));
        if (c.kind == kinds[3]) {
            if (src.nik.isEmpty())
                continue;
            c.client.nik = src.nik;
        }
        if (c.kind == kinds[4]) {
            const auto phones = ws->clients().phones(src.id).value();
            if (phones.isEmpty())
                continue;
            // "0812-…" typed as "+62 812 …" and the other way round.
            QString digits;
            for (QChar ch : phones.first().number) {
                if (ch.isDigit())
                    digits += ch;
            }
            c.phones << (digits.startsWith(QLatin1Char('0')) ? QStringLiteral("+62 ") + digits.mid(1)
                                                             : QStringLiteral("0") + digits.mid(2));
            c.client.fullName = QStringLiteral("Bu ") + src.fullName.section(QLatin1Char(' '), 0, 0);
            c.client.birthDate = QDate();
        }
        candidates.push_back(c);
    }

    for (int i = 0; i < 5; ++i) // warm the page cache and the statement cache
        (void)ws->clients().findLikelyDuplicates(candidates[i].client, candidates[i].phones);

    QMap<QString, std::vector<double>> byKind;
    QMap<QString, int> found;
    std::vector<double> all;
    double slowest = 0;
    QString slowestName;
    for (const Candidate &c : candidates) {
        QElapsedTimer t;
        t.start();
        auto r = ws->clients().findLikelyDuplicates(c.client, c.phones, 10);
        const double ms = elapsedMs(t);
        if (!r.ok()) {
            std::fprintf(stderr, "error: %s\n", qPrintable(r.error().detail));
            return 1;
        }
        all.push_back(ms);
        byKind[c.kind].push_back(ms);
        for (const auto &m : *r) {
            if (m.client.id == c.sourceId)
                ++found[c.kind];
        }
        if (ms > slowest) {
            slowest = ms;
            slowestName = c.client.fullName;
        }
    }
    std::printf("%d clients; findLikelyDuplicates, limit 10:\n", total);
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        std::printf("  %-20s n=%3zu  p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms  source client found %d\n",
            qPrintable(it.key()), it->size(), bench::p50(*it), bench::p95(*it), bench::pmax(*it),
            found.value(it.key()));
    std::printf("  %-20s n=%3zu  p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms (slowest: \"%s\")\n", "all", all.size(),
        bench::p50(all), bench::p95(all), bench::pmax(all), qPrintable(slowestName));

    // The write side: a rename refreshes the client's keys in the same transaction.
    std::vector<double> renames;
    for (int i = 0; i < std::min(n, 200); ++i) {
        auto c = ws->clients().get(candidates[i].sourceId).value();
        const QString before = c.fullName;
        c.fullName = before + QStringLiteral(" Lestari");
        QElapsedTimer t;
        t.start();
        (void)ws->clients().update(c);
        renames.push_back(elapsedMs(t));
        c.fullName = before;
        (void)ws->clients().update(c);
    }
    // The duplicate keys' share of it: one client's refresh alone (rolled back, no fsync).
    std::vector<double> refreshes;
    {
        auto tx = open->database().begin().value();
        for (int i = 0; i < std::min(n, 200); ++i) {
            QElapsedTimer t;
            t.start();
            (void)repo::ClientMatchKeys::refreshClient(open->database(), candidates[i].sourceId);
            refreshes.push_back(elapsedMs(t));
        }
    }
    std::printf("duplicate keys refresh of one client: p50 %.2f ms  p95 %.2f ms  max %.2f ms\n", bench::p50(refreshes),
        bench::p95(refreshes), bench::pmax(refreshes));
    std::printf("client rename (row, clock, outbox, search entry, case-list keys, duplicate keys): p50 %.2f ms  p95 "
                "%.2f ms  max %.2f ms\n",
        bench::p50(renames), bench::p95(renames), bench::pmax(renames));
    return 0;
}
