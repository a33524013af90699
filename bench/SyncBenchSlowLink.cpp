// A week of backlog from an offline laptop over a 2G link that drops every 30 s; and an idle
// day's polls over plain HTTP and over TLS, as the sync schedule spaces them.
#include "api/DeviceTokens.h"
#include "base/Clock.h"
#include "base/RandomSource.h"
#include "bench/SyncBench.h"
#include "bench/SyncBenchSupport.h"
#include "support/FaultProxy.h"
#include "sync/HttpTransport.h"
#include "sync/SyncSchedule.h"
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
    NewTokenExpired, // resumes the TLS session, but the token has run out (polls 4 h apart, a
                     // 2-hour token): the engine knows it and logs in before the poll
    NewTokenRefused, // the same, but the server refuses a token the client thought good (the
                     // server restarted): 401, log in, ask again
    AppStart, // nothing kept, no token: a full handshake and a login, as the first sync after
              // the app starts
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
    case PollConnection::NewTokenExpired:
        return QStringLiteral("new connection, session resumed, token run out (log in, poll)");
    case PollConnection::NewTokenRefused:
        return QStringLiteral("new connection, session resumed, token refused (401, log in, poll)");
    case PollConnection::AppStart:
        return QStringLiteral("new connection, no session, no token (app start: full handshake, log in)");
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
        if (how == PollConnection::NewWithoutSession || how == PollConnection::AppStart)
            sessions.clear();
        if (how == PollConnection::AppStart)
            session.token.clear();
        if (how == PollConnection::NewTokenExpired)
            session.tokenExpiresAt = 1; // long gone, on the server's clock the engine corrects to
        if (how == PollConnection::NewTokenRefused) {
            // Same length, wrong MAC: the server answers exactly as to an expired token.
            session.token[session.token.size() - 1] = char(session.token.at(session.token.size() - 1) ^ 1);
        }
        if (how != PollConnection::Kept)
            transport = std::make_unique<sync::HttpTransport>(url, 30'000, &sessions);
        sync::SyncEngine engine(*laptop.db, *transport, SystemClock::instance(), laptop.random, &session);
        const auto outcome = engine.run();
        if (!outcome.ok())
            die(QStringLiteral("idle poll failed: %1").arg(outcome.detail));
        // The schedule below is fed quiet polls: these must be quiet too.
        if (outcome.pushed > 0 || outcome.applied > 0)
            die(QStringLiteral("an idle poll moved data (%1 pushed, %2 applied)")
                    .arg(outcome.pushed)
                    .arg(outcome.applied));
    }
    transport.reset();
    const auto c = proxy.sinceReset();
    return {double(c.bytesUp) / polls, double(c.bytesDown) / polls};
}

} // namespace

namespace {

// One planned poll of an idle day, and whether it finds its token expired.
struct PlannedPoll {
    qint64 atMs = 0; // since the app started
    bool login = false;
};

// The polls SyncSchedule plans over 24 h in which nothing happens: the app starts (the profile
// is unlocked) at 0 and syncs, every poll moves nothing and takes 2 s, nobody touches the
// laptop, the network never drops. The clock is a ManualClock moved to each planned time.
// Tokens live DeviceTokens::TokenLifetimeMs (2 h); a poll past half of it gets a new one in its
// reply, a poll after it has run out logs in first.
QVector<PlannedPoll> plannedIdleDay(const sync::SyncTimings &timings)
{
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    // A poll takes a moment (the token is renewed during it, the next interval counts from its
    // end): without it an hourly poll would find its token at exactly half its life, unrenewed.
    constexpr qint64 kPollMs = 2000;
    ManualClock clock(0);
    SeededRandom random(7); // only backoff jitter uses it: nothing fails here
    sync::SyncSchedule schedule(random, timings);
    schedule.userReturned(clock.nowMs()); // unlocked
    QVector<PlannedPoll> polls;
    qint64 tokenExpiresAt = -1;
    for (;;) {
        const qint64 at = schedule.nextRunAt();
        if (at < 0 || at >= kDayMs)
            break;
        clock.setMs(at);
        PlannedPoll poll {at, tokenExpiresAt < 0 || at >= tokenExpiresAt};
        if (poll.login || tokenExpiresAt - at < server::DeviceTokens::TokenLifetimeMs / 2)
            tokenExpiresAt = at + server::DeviceTokens::TokenLifetimeMs;
        polls << poll;
        schedule.started(clock.nowMs());
        clock.advanceMs(kPollMs);
        schedule.finished(sync::SyncOutcome(), clock.nowMs());
    }
    return polls;
}

QString hours(const QVector<PlannedPoll> &polls)
{
    QStringList h;
    for (const PlannedPoll &p : polls)
        h << QString::number(double(p.atMs) / 3'600'000.0, 'f', 1) + (p.login ? QStringLiteral("*") : QString());
    return h.join(QLatin1Char(' '));
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
    QMap<PollConnection, double> tlsBytes;
    for (const auto &[tls, how] : variants) {
        const PollBytes perPoll = idleBytesPerPoll(o.polls, tls, how);
        if (tls)
            tlsBytes[how] = perPoll.total();
        addFigure(QStringLiteral("idle poll, %1, %2")
                      .arg(tls ? QStringLiteral("TLS") : QStringLiteral("plain HTTP"), describe(how)),
            QStringLiteral("%1 B per poll (%2 up, %3 down), %4 KB a day (24 polls)")
                .arg(fmt(perPoll.total()), fmt(perPoll.up), fmt(perPoll.down), fmt(perPoll.total() * 24 / 1000.0, 1)),
            QStringLiteral("≤ 20 KB a day"),
            perPoll.total() * 24 <= 20'000 ? QStringLiteral("met") : QStringLiteral("MISSED"));
    }
    // A login costs a burst of the server's per-device login limit (10, then one every 6 s): few
    // enough polls that none is refused.
    for (const PollConnection how :
        {PollConnection::NewTokenExpired, PollConnection::NewTokenRefused, PollConnection::AppStart}) {
        const PollBytes perPoll = idleBytesPerPoll(std::min(o.polls, 6), true, how);
        tlsBytes[how] = perPoll.total();
        addFigure(QStringLiteral("idle poll, TLS, %1").arg(describe(how)),
            QStringLiteral("%1 B per poll (%2 up, %3 down)")
                .arg(fmt(perPoll.total()), fmt(perPoll.up), fmt(perPoll.down)));
    }

    // The day as SyncSchedule plans it, priced with the bytes just measured.
    std::printf("\n  Idle day: 24 h in which nothing happens, planned by SyncSchedule on a manual clock;\n"
                "  the app starts (profile unlocked) at 0 h and syncs; every poll moves nothing; nobody\n"
                "  comes back to the window; the network never drops; every poll is a new TCP + TLS\n"
                "  connection (mobile NATs drop idle TCP long before an hour) that resumes the kept TLS\n"
                "  session (tickets live 24 h on lintas-server, D29), except the first: a full handshake.\n"
                "  Tokens live 2 h (* = the token has run out: that poll logs in first).\n"
                "  TCP/IP headers and the ~70 B of a token renewal are not counted.\n");
    struct Schedule {
        QString name;
        sync::SyncTimings timings;
    };
    sync::SyncTimings hourly;
    hourly.maxIdleIntervalMs = hourly.idleIntervalMs; // the schedule before the back-off
    for (const Schedule &plan : {Schedule {QStringLiteral("back-off 1 h, 2 h, then 4 h"), sync::SyncTimings()},
             Schedule {QStringLiteral("fixed hourly (before)"), hourly}}) {
        const QVector<PlannedPoll> polls = plannedIdleDay(plan.timings);
        std::printf("  %s: polls at %s h\n", qPrintable(plan.name), qPrintable(hours(polls)));
        // As the brief states it: one full-handshake poll, the rest resumed, token kept.
        const double simple
            = tlsBytes[PollConnection::NewWithoutSession] + double(polls.size() - 1) * tlsBytes[PollConnection::New];
        addFigure(QStringLiteral("idle day, TLS, %1: %2 polls, first a full handshake, token kept")
                      .arg(plan.name)
                      .arg(polls.size()),
            QStringLiteral("%1 KB a day").arg(fmt(simple / 1000.0, 1)), QStringLiteral("≤ 20 KB a day"),
            simple <= 20'000 ? QStringLiteral("met") : QStringLiteral("MISSED"));
        // With the logins the token's lifetime forces: the first poll logs in (app start), later
        // ones when more than 2 h passed since the token was last renewed.
        double withLogins = tlsBytes[PollConnection::AppStart];
        int logins = 1;
        for (int i = 1; i < polls.size(); ++i) {
            withLogins += tlsBytes[polls.at(i).login ? PollConnection::NewTokenExpired : PollConnection::New];
            logins += polls.at(i).login ? 1 : 0;
        }
        addFigure(QStringLiteral("idle day, TLS, %1: %2 polls, %3 of them logging in")
                      .arg(plan.name)
                      .arg(polls.size())
                      .arg(logins),
            QStringLiteral("%1 KB a day").arg(fmt(withLogins / 1000.0, 1)), QStringLiteral("≤ 20 KB a day"),
            withLogins <= 20'000 ? QStringLiteral("met") : QStringLiteral("MISSED"));
    }
}

} // namespace lintas::bench
