#pragma once

// What the sync benchmarks share: laptops (encrypted profiles with a workspace), an organisation
// with one space on a server store, a real lintas-server process, a transport that times every
// request, the edit workload, and the figures printed at the end. The test suites' helpers
// (InProcessServer.h, WorkspaceFixture.h) stop at a failed REQUIRE, which needs a running
// Catch2 session; these stop the benchmark with a message instead.

#include "api/ServerApi.h"
#include "base/Clock.h"
#include "base/RandomSource.h"
#include "crypto/SecretBytes.h"
#include "domain/Case.h"
#include "repo/Workspace.h"
#include "storage/ServerStore.h"
#include "store/Database.h"
#include "support/TempDir.h"
#include "support/TestPostgres.h"
#include "sync/SyncEngine.h"
#include "sync/SyncTransport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

namespace lintas::bench {

using test::StoreLocation;
using test::TempDir;

[[noreturn]] void die(const QString &what);

template<typename T> T must(Result<T> r, const char *what)
{
    if (!r.ok())
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().detail));
    return std::move(*r);
}

inline void must(const Status &s, const char *what)
{
    if (!s.ok())
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), s.error().detail));
}

inline double secondsSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// Peak resident memory of this process (VmHWM) in MiB, and a reset of that peak, so that one
// phase's peak can be told apart from what came before.
double peakRssMiB();
double currentRssMiB();
void resetPeakRss();
// CPU seconds (user + system) another process has used so far.
double processCpuSeconds(qint64 pid);

// One laptop: an encrypted, migrated profile with a workspace, its own clock and randomness.
struct Laptop {
    TempDir dir;
    SeededRandom random;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<repo::Workspace> ws;
    QStringList caseIds; // cases this laptop made or edits

    explicit Laptop(std::uint64_t seed);
    const Clock &clock() const { return SystemClock::instance(); }
    qint64 outboxRows();
    qint64 waitingRows(); // not yet acknowledged by the server
    qint64 fileBytes(); // profile database + write-ahead log
    // New client + case pairs (each pair is a few changes).
    void addCases(int count);
    // `count` changes on this laptop's cases, committed in batches: nine in ten a one-field edit
    // (risk, safety flag, or a line of outcome notes), one in ten a five-field save. Returns the
    // outbox rows added (one per save).
    qint64 edit(int count, std::uint32_t seed);
    // Takes the case ids of whatever the profile holds (after a pull).
    void adoptAllCases();
};

// An organisation with one space in a server store (SQLite folder or PostgreSQL URL). Laptops
// are enrolled directly in the store and learn each other's keys, as the join flow ends.
struct Org {
    StoreLocation where;
    QByteArray spaceId;
    SecretBytes spaceKey;
    SeededRandom random {5};

    explicit Org(StoreLocation location);
    void enrol(const std::vector<Laptop *> &laptops);
};

// A SyncTransport that times each request and counts its bytes, around another transport.
class TimedTransport : public sync::SyncTransport {
public:
    explicit TimedTransport(sync::SyncTransport &inner) : m_inner(inner) { }
    Result<sync::TransportReply> post(const QString &path, const QByteArray &body, const QByteArray &token) override;

    std::vector<double> syncMs; // /v1/sync round trips
    std::vector<double> authMs; // challenge + token
    qint64 bytesSent = 0; // request bodies
    qint64 bytesReceived = 0; // reply bodies
    int failures = 0; // transport errors and statuses ≥ 400

private:
    sync::SyncTransport &m_inner;
};

// A lintas-server API over a store, called without sockets.
class InProcessTransport : public sync::SyncTransport {
public:
    explicit InProcessTransport(server::ServerApi &api) : m_api(api) { }
    Result<sync::TransportReply> post(const QString &path, const QByteArray &body, const QByteArray &token) override;

private:
    server::ServerApi &m_api;
};

// A real lintas-server on 127.0.0.1 (a free port), started and stopped by the benchmark. Its log
// goes to a file, never to a pipe this process would have to drain (support/ServerReady.h).
class ServerProcess {
public:
    explicit ServerProcess(const StoreLocation &where, const QStringList &extraArgs = {});
    ~ServerProcess();
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QString url(const QString &scheme = QStringLiteral("http")) const;

private:
    test::TempDir m_logDir;
    QProcess m_process;
    quint16 m_port = 0;
};

// A throwaway PostgreSQL cluster on 127.0.0.1 (scripts/test-postgres.sh), stopped on destruction.
class BenchPostgres {
public:
    BenchPostgres();
    ~BenchPostgres();
    QString url() const { return m_url; }

private:
    QString m_dir;
    QString m_url;
};

// Where a benchmark's server keeps its data: a throwaway PostgreSQL cluster for "postgresql",
// a temporary SQLite folder otherwise. Lives as long as the benchmark part.
struct BenchStore {
    explicit BenchStore(const QString &backend);
    std::unique_ptr<BenchPostgres> postgres;
    TempDir dir;
    StoreLocation where;
};

// Syncs until a run ends well, as the app's worker would after each failure: after a refusal
// (429/5xx) it waits what the server asked; after a dropped connection it tries again at once.
// `totals` adds up the runs.
struct RunTotals {
    int runs = 0;
    int rounds = 0;
    qint64 pushed = 0;
    qint64 applied = 0;
    int busy = 0; // runs refused with 429/5xx
    int offline = 0; // runs ended by a dropped connection
};
sync::SyncOutcome syncUntilDone(store::Database &db, sync::SyncTransport &transport, RandomSource &random,
    sync::SyncSession &session, RunTotals &totals, int maxRuns = 1000);

// Records in a space's log on the server (its head sequence).
qint64 serverRecords(const StoreLocation &where, const QByteArray &spaceId);

// One line of the figures table printed at the end.
struct Figure {
    QString measure;
    QString value;
    QString target;
    QString verdict;
};
void addFigure(const QString &measure, const QString &value, const QString &target = {}, const QString &verdict = {});
void printFigures();
QString fmt(double v, int decimals = 0);

} // namespace lintas::bench
