#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace lintas::bench {

// Sizes of one run of lintas-bench-sync: the full run, or --quick (a reduced dataset, under a
// minute or two).
struct SyncBenchOptions {
    bool quick = false;
    int pullChanges = 100'000; // changes the first laptop makes and the fresh one pulls
    int pullCases = 2'500; // client + case pairs they are made on (5,000 records)
    int pushChanges = 10'000;
    int devices = 50; // concurrent devices against one server
    int rounds = 5; // push/pull rounds of each of them
    int editsPerRound = 20;
    int pacedRounds = 12; // rounds of each device when the load is paced
    QVector<double> rates {1000, 2000}; // offered loads (records/s) of the paced light runs
    int backlog = 1'400; // a week of edits on an offline laptop
    int polls = 24; // idle polls, an hour apart
    QStringList parts; // pull push light concurrent slow idle; all when empty
    QStringList backends {QStringLiteral("sqlite"), QStringLiteral("postgresql")};

    bool wants(const char *part) const { return parts.isEmpty() || parts.contains(QLatin1String(part)); }
};

void runPullAndPush(const SyncBenchOptions &o);
// Light devices against lintas-server; offeredRate 0 is the closed loop, else the records per
// second the paced devices offer together.
void runSimulated(const SyncBenchOptions &o, const QString &backend, double offeredRate);
void runConcurrent(const SyncBenchOptions &o, const QString &backend);
void runSlowLink(const SyncBenchOptions &o);
void runIdlePolls(const SyncBenchOptions &o);

} // namespace lintas::bench
