// A week of backlog from an offline laptop over a 2G link that drops every 30 s; and an idle
// day's polls over plain HTTP and over TLS.
#include "bench/SyncBench.h"
#include "bench/SyncBenchSupport.h"
#include "support/FaultProxy.h"
#include "sync/HttpTransport.h"
#include "sync/TlsSessionCache.h"

#include <QSslCertificate>
#include <QSslConfiguration>

namespace lintas::bench {

void runSlowLink(const SyncBenchOptions &o)
{
    std::printf(
        "\n== 4. A week of backlog (%d changes) over 50/20 kbit/s, 500 ms each way, reset every 30 s ==\n", o.backlog);
    TempDir dir;
    const StoreLocation where {dir.file(QStringLiteral("server-data")), QString()};
    Org org(where);
    Laptop laptop(31);
    laptop.addCases(40);
    org.enrol({&laptop});
    ServerProcess server(where);
    test::FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
    must(proxy.startInThread(), "start proxy");
    sync::HttpTransport http(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())), 30'000);
    sync::SyncSession session;
    RunTotals first;
    if (!syncUntilDone(*laptop.db, http, laptop.random, session, first, 5).ok())
        die(QStringLiteral("first sync failed"));

    // A week offline: 40 open cases, ~200 saves a day.
    const qint64 made = laptop.edit(o.backlog, 4242);
    const qint64 start = serverRecords(where, org.spaceId);
    proxy.setPlan(test::FaultPlan::slowLossyLink());
    proxy.resetCounters();
    QElapsedTimer t;
    t.start();
    std::vector<qint64> counts {start};
    int runs = 0;
    bool monotonic = true;
    for (;;) {
        ++runs;
        sync::SyncEngine engine(*laptop.db, http, SystemClock::instance(), laptop.random, &session);
        const auto outcome = engine.run();
        counts.push_back(serverRecords(where, org.spaceId));
        monotonic = monotonic && counts.back() >= counts.at(counts.size() - 2);
        if (outcome.ok())
            break;
        if (outcome.problem != sync::SyncProblem::Offline || runs > 500)
            die(QStringLiteral("backlog sync stopped: %1").arg(outcome.detail));
    }
    const double seconds = secondsSince(t);
    const auto c = proxy.sinceReset();
    const qint64 arrived = counts.back() - start;
    QStringList progress;
    for (qint64 n : counts)
        progress << QString::number(n - start);
    std::printf("  server records after each run: %s\n", qPrintable(progress.join(QLatin1Char(' '))));
    addFigure(QStringLiteral("week of backlog, %1 changes over the slow, cut link").arg(made),
        QStringLiteral("done in %1 s, %2 sync runs, %3 connections cut and survived, %4 of %5 on the server")
            .arg(fmt(seconds, 1), QString::number(runs), QString::number(c.connectionsCut), QString::number(arrived),
                QString::number(made)),
        QStringLiteral("completes"), arrived == made ? QStringLiteral("met") : QStringLiteral("MISSED"));
    addFigure(QStringLiteral("  bytes per change on that link (up + down, HTTP and retries included)"),
        QStringLiteral("%1 B (%2 KiB up, %3 KiB down)")
            .arg(fmt(double(c.bytesUp + c.bytesDown) / double(made)), fmt(double(c.bytesUp) / 1024.0),
                fmt(double(c.bytesDown) / 1024.0)));
    addFigure(QStringLiteral("  progress kept across cuts (server count never falls back)"),
        monotonic ? QStringLiteral("yes") : QStringLiteral("NO"), QStringLiteral("never restarts from zero"),
        monotonic ? QStringLiteral("met") : QStringLiteral("MISSED"));
}

namespace {

// How each idle poll reaches the server.
enum class PollConnection {
    Kept, // one transport: the connection is reused
    New, // a new transport per poll (new TCP and TLS connection, as after an hour's gap), which
         // resumes the TLS session the previous poll kept, as the app's does (D29)
    NewWithoutSession, // the same, but nothing kept: a full TLS handshake every poll
};

QString describe(PollConnection how)
{
    switch (how) {
    case PollConnection::Kept:
        return QStringLiteral("connection kept");
    case PollConnection::New:
        return QStringLiteral("new connection each poll");
    case PollConnection::NewWithoutSession:
        return QStringLiteral("new connection, no session kept (full handshake)");
    }
    return {};
}

struct PollBytes {
    double up = 0;
    double down = 0;
    double total() const { return up + down; }
};

// `polls` idle runs after a first sync, with the token kept. Returns bytes each way per poll
// (TCP payload: TLS records or HTTP, not TCP/IP headers).
PollBytes idleBytesPerPoll(int polls, bool tls, PollConnection how)
{
    TempDir dir;
    const StoreLocation where {dir.file(QStringLiteral("server-data")), QString()};
    Org org(where);
    Laptop laptop(41);
    laptop.addCases(1);
    org.enrol({&laptop});
    const QString data = QStringLiteral(LINTAS_SOURCE_DIR "/tests/server/http/data/");
    QStringList args;
    if (tls)
        args << QStringLiteral("--tls-cert") << data + QStringLiteral("test-cert.pem") << QStringLiteral("--tls-key")
             << data + QStringLiteral("test-key.pem");
    ServerProcess server(where, args);
    test::FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
    must(proxy.startInThread(), "start proxy");
    const QUrl url(QStringLiteral("%1://127.0.0.1:%2")
                       .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
                       .arg(proxy.port()));
    sync::SyncSession session;
    sync::TlsSessionCache sessions; // this run's own, so no other run's session is offered
    auto transport = std::make_unique<sync::HttpTransport>(url, 30'000, &sessions);
    RunTotals totals;
    if (!syncUntilDone(*laptop.db, *transport, laptop.random, session, totals, 3).ok())
        die(QStringLiteral("first sync failed"));
    proxy.resetCounters();
    for (int i = 0; i < polls; ++i) {
        if (how == PollConnection::NewWithoutSession)
            sessions.clear();
        if (how != PollConnection::Kept)
            transport = std::make_unique<sync::HttpTransport>(url, 30'000, &sessions);
        sync::SyncEngine engine(*laptop.db, *transport, SystemClock::instance(), laptop.random, &session);
        const auto outcome = engine.run();
        if (!outcome.ok())
            die(QStringLiteral("idle poll failed: %1").arg(outcome.detail));
    }
    transport.reset();
    const auto c = proxy.sinceReset();
    return {double(c.bytesUp) / polls, double(c.bytesDown) / polls};
}

} // namespace

void runIdlePolls(const SyncBenchOptions &o)
{
    std::printf("\n== 5. Idle day: %d polls with a kept token, plain HTTP and TLS ==\n", o.polls);
    // The committed test certificate (ECDSA P-256; CN and SAN 127.0.0.1) is the one CA the client
    // trusts.
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(
        QSslCertificate::fromPath(QStringLiteral(LINTAS_SOURCE_DIR "/tests/server/http/data/test-cert.pem")));
    QSslConfiguration::setDefaultConfiguration(config);
    const QList<std::pair<bool, PollConnection>> variants
        = {{false, PollConnection::Kept}, {false, PollConnection::New}, {true, PollConnection::Kept},
            {true, PollConnection::New}, {true, PollConnection::NewWithoutSession}};
    for (const auto &[tls, how] : variants) {
        const PollBytes perPoll = idleBytesPerPoll(o.polls, tls, how);
        addFigure(QStringLiteral("idle poll, %1, %2")
                      .arg(tls ? QStringLiteral("TLS") : QStringLiteral("plain HTTP"), describe(how)),
            QStringLiteral("%1 B per poll (%2 up, %3 down), %4 KB a day (24 polls)")
                .arg(fmt(perPoll.total()), fmt(perPoll.up), fmt(perPoll.down), fmt(perPoll.total() * 24 / 1000.0, 1)),
            QStringLiteral("≤ 20 KB a day"),
            perPoll.total() * 24 <= 20'000 ? QStringLiteral("met") : QStringLiteral("MISSED"));
    }
}

} // namespace lintas::bench
