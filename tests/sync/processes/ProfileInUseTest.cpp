// SYNC.md test 16: two instances on one profile. While one process syncs a profile, a second
// lintas-cli (or the app) opening it is refused with ProfileInUse and a message saying why, and
// the first carries on undisturbed.

#include "CliOrg.h"
#include "PullReplica.h"

#include "repo/Workspace.h"
#include "support/FaultProxy.h"
#include "support/Wait.h"
#include "sync/HttpTransport.h"
#include "sync/SyncEngine.h"

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

constexpr int kProfileInUseExit = 6; // docs/cli.md

} // namespace

TEST_CASE("a second lintas-cli on a profile that another one is syncing is refused, and the first finishes",
    "[sync][processes][profile-in-use]")
{
    test::CliOrg org;
    REQUIRE(
        org.as(QStringLiteral("Eni"), {QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("40")}).exitCode
        == 0);
    REQUIRE(org.as(QStringLiteral("Eni"), {QStringLiteral("sync")}).exitCode == 0);
    QVector<sync::Change> changes;
    {
        auto eni = org.open(QStringLiteral("Eni"));
        REQUIRE(eni.ok());
        changes = test::outboxChanges((*eni)->database());
    }

    // The first instance pulls slowly, holding the profile the whole time.
    test::FaultProxy proxy(QStringLiteral("127.0.0.1"), org.server->port());
    REQUIRE(proxy.startInThread().ok());
    proxy.setPlan({.down = {.bytesPerSecond = 50'000}});
    auto first = org.start(QStringLiteral("Sri"),
        {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("--server"),
            QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())});
    REQUIRE(test::waitUntil([&] { return proxy.total().bytesDown > 20'000; }));
    REQUIRE(first->state() == QProcess::Running);

    const test::CliRun second = org.as(QStringLiteral("Sri"), {QStringLiteral("sync")});
    CHECK(second.exitCode == kProfileInUseExit);
    CHECK(QString::fromUtf8(second.err).contains(QStringLiteral("is open in Lintas or another lintas-cli command")));
    const test::CliRun reader = org.as(QStringLiteral("Sri"), {QStringLiteral("client"), QStringLiteral("list")});
    CHECK(reader.exitCode == kProfileInUseExit);
    // The app's way in is refused the same way.
    CHECK(org.open(QStringLiteral("Sri")).code() == ErrorCode::ProfileInUse);

    REQUIRE(first->waitForFinished(300'000));
    INFO(first->readAllStandardError().toStdString());
    CHECK(first->exitCode() == 0);
    const QJsonObject done = QJsonDocument::fromJson(first->readAllStandardOutput()).object();
    CHECK(done.value(QStringLiteral("applied")).toInt() == changes.size());
    auto sri = org.open(QStringLiteral("Sri"));
    REQUIRE(sri.ok());
    CHECK((test::canonicalDump((*sri)->database()) == test::dumpAfter(changes, changes.size())));
}

TEST_CASE("while the app holds a profile lintas-cli is refused, and the app goes on editing and syncing",
    "[sync][processes][profile-in-use]")
{
    test::CliOrg org;
    auto app = org.open(QStringLiteral("Eni"));
    REQUIRE(app.ok());

    const test::CliRun cli = org.as(QStringLiteral("Eni"), {QStringLiteral("--json"), QStringLiteral("sync")});
    CHECK(cli.exitCode == kProfileInUseExit);
    CHECK(QString::fromUtf8(cli.err).contains(QStringLiteral("profile Eni is open")));

    store::Database &db = (*app)->database();
    auto ws = repo::Workspace::open(db, SystemClock::instance(), SecureRandom::instance());
    REQUIRE(ws.ok());
    domain::Client c;
    c.fullName = QStringLiteral("Ratna Dewi binti Slamet");
    REQUIRE((*ws)->clients().create(c).ok());
    sync::HttpTransport transport(QUrl(org.server->url()), 30'000);
    const auto outcome = sync::SyncEngine(db, transport, SystemClock::instance(), SecureRandom::instance()).run();
    INFO(outcome.detail.toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome.pushed >= 1);
    ws->reset();
    app->reset(); // the app closes the profile

    const test::CliRun after = org.as(QStringLiteral("Sri"), {QStringLiteral("--json"), QStringLiteral("sync")});
    REQUIRE(after.exitCode == 0);
    const test::CliRun list = org.as(QStringLiteral("Sri"), {QStringLiteral("client"), QStringLiteral("list")});
    CHECK(QString::fromUtf8(list.out).contains(QStringLiteral("Ratna Dewi binti Slamet")));
    CHECK(org.as(QStringLiteral("Eni"), {QStringLiteral("sync")}).exitCode == 0); // free again
}
