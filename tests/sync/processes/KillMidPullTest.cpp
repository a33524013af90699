// SYNC.md test 3: `lintas-cli sync` killed (SIGKILL) at random points of a long pull through a
// slow link. After every kill the profile passes integrity_check and holds exactly the records
// up to its cursor (the cursor is never ahead of the applied data, nothing beyond it is kept),
// and the final run applies only what is left, once.

#include "CliOrg.h"
#include "PullReplica.h"
#include "repo/Workspace.h"

#include "support/FaultProxy.h"
#include "support/Wait.h"

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

constexpr int kServerBusy = 8; // lintas-cli's exit code (Io) when the server says 429 or 5xx
constexpr int kBusyPauseMs = 2000;

void pauseWhileBusy()
{
    test::waitUntil([] { return false; }, kBusyPauseMs);
}

// A sync run, tried again after a pause while the server's login rate limit answers 429.
test::CliRun syncPatiently(const test::CliOrg &org)
{
    test::CliRun run = org.as(QStringLiteral("Sri"), {QStringLiteral("--json"), QStringLiteral("sync")});
    for (int i = 0; i < 10 && run.exitCode == kServerBusy; ++i) {
        pauseWhileBusy();
        run = org.as(QStringLiteral("Sri"), {QStringLiteral("--json"), QStringLiteral("sync")});
    }
    return run;
}

} // namespace

TEST_CASE("lintas-cli sync killed at random points of a long pull: the profile is sound, its cursor never ahead of "
          "its data, and the re-run applies only the rest",
    "[sync][processes][crash]")
{
    test::CliOrg org;
    REQUIRE(org.as(QStringLiteral("Eni"), {QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("100")})
                .exitCode
        == 0);
    REQUIRE(org.as(QStringLiteral("Eni"), {QStringLiteral("sync")}).exitCode == 0);
    // Eni is the only writer: the space's log is her outbox, in order.
    QVector<sync::Change> changes;
    {
        auto eni = org.open(QStringLiteral("Eni"));
        REQUIRE(eni.ok());
        changes = test::outboxChanges((*eni)->database());
    }
    const qint64 total = changes.size();
    REQUIRE(total >= 1500);

    test::FaultProxy proxy(QStringLiteral("127.0.0.1"), org.server->port());
    REQUIRE(proxy.startInThread().ok());
    proxy.setPlan({.down = {.bytesPerSecond = 200'000}});
    const QString via = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());

    SeededRandom random(33);
    qint64 lastCursor = 0;
    int killedMidway = 0;
    bool finished = false;
    for (int attempt = 0; attempt < 20 && !finished; ++attempt) {
        // Kill once a random number of bytes came down this time: in a page, between pages,
        // while one is being applied.
        const qint64 killAt = 8'000 + random.uniform(300'000);
        proxy.resetCounters();
        auto sync = org.start(
            QStringLiteral("Sri"), {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("--server"), via});
        REQUIRE(test::waitUntil(
            [&] { return proxy.sinceReset().bytesDown >= killAt || sync->state() == QProcess::NotRunning; }, 120'000));
        if (sync->state() == QProcess::NotRunning && sync->exitCode() == kServerBusy) {
            // So many logins in a few seconds meet the server's rate limit: come back later, as
            // the app's backoff would.
            pauseWhileBusy();
        } else if (sync->state() == QProcess::NotRunning) {
            INFO(sync->readAllStandardError().toStdString());
            CHECK(sync->exitCode() == 0);
            finished = true;
        } else {
            sync->kill(); // SIGKILL
            REQUIRE(sync->waitForFinished(30'000));
        }

        auto sri = org.open(QStringLiteral("Sri"));
        REQUIRE(sri.ok());
        store::Database &db = (*sri)->database();
        CHECK((*sri)->verifyIntegrity().ok());
        // As the app and lintas-cli do on opening it: what the killed pull parked for the search
        // index and the case list is refreshed (D27).
        REQUIRE(repo::Workspace::open(db, SystemClock::instance(), SecureRandom::instance()).ok());
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM derived_pending")).value().toInt() == 0);
        const qint64 cursor = db.scalar(QStringLiteral("SELECT cursor_seq FROM sync_spaces")).value().toLongLong();
        INFO("attempt " << attempt << ": killed after " << killAt << " bytes down, cursor " << cursor << " of "
                        << total);
        CHECK(cursor >= lastCursor); // progress never goes back
        CHECK(cursor <= total);
        // Exactly the records up to the cursor, nothing more, nothing less.
        CHECK((test::canonicalDump(db) == test::dumpAfter(changes, cursor)));
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM conflicts")).value().toInt() == 0);
        if (cursor > 0 && cursor < total && !finished)
            ++killedMidway;
        lastCursor = cursor;
    }
    CHECK(killedMidway >= 2);

    // The last run takes only what is left, and a further one nothing.
    const test::CliRun rest = syncPatiently(org);
    REQUIRE(rest.exitCode == 0);
    CHECK(rest.json().value(QStringLiteral("applied")).toInt() == (finished ? 0 : total - lastCursor));
    const test::CliRun idle = syncPatiently(org);
    REQUIRE(idle.exitCode == 0);
    CHECK(idle.json().value(QStringLiteral("applied")).toInt() == 0);
    auto sri = org.open(QStringLiteral("Sri"));
    REQUIRE(sri.ok());
    CHECK(
        (*sri)->database().scalar(QStringLiteral("SELECT cursor_seq FROM sync_spaces")).value().toLongLong() == total);
    CHECK((test::canonicalDump((*sri)->database()) == test::dumpAfter(changes, total)));
}
