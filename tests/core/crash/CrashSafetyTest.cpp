#include "base/Clock.h"
#include "base/RandomSource.h"
#include "crypto/SecretBytes.h"
#include "profile/ProfileStore.h"
#include "repo/Schema.h"
#include "repo/Workspace.h"
#include "store/Database.h"
#include "support/RandomWorkload.h"
#include "support/TempDir.h"
#include "sync/OutboxReplay.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

#include <cstring>
#include <iostream>

// Power cuts and force-quits on donated laptops are normal. This harness re-runs its own binary
// as a writer (the hidden test case below), kills it with SIGKILL at a random moment, then
// reopens the profile exactly as the app would and demands that the database is intact and that
// its data is exactly what its outbox says — nothing written without being queued for sync, and
// nothing acknowledged to the writer lost.

using namespace lintas;

namespace {

const char *const kChildTest = "crash-safety writer child";
const char *const kRootVar = "LINTAS_CRASH_ROOT";
const char *const kIdVar = "LINTAS_CRASH_PROFILE";
const char *const kSeedVar = "LINTAS_CRASH_SEED";

SecretBytes passphrase()
{
    const char *text = "kata sandi uji kerusakan";
    return SecretBytes::fromBytes(text, std::strlen(text));
}

struct OutboxShape {
    qint64 count = 0;
    qint64 maxSeq = 0;
};

OutboxShape outboxShape(store::Database &db)
{
    OutboxShape s;
    s.count = db.scalar(QStringLiteral("SELECT count(*) FROM outbox")).value().toLongLong();
    s.maxSeq = db.scalar(QStringLiteral("SELECT coalesce(max(device_seq), 0) FROM outbox")).value().toLongLong();
    return s;
}

// Kills `kills` writers in a row on one profile and checks the profile after every kill.
void killWritersRepeatedly(std::uint64_t seed, int kills)
{
    test::TempDir dir;
    SystemClock clock;
    SecureRandom random;
    profile::ProfileStore store(dir.path(), clock, random, repo::profileSchema(), profile::KdfStrength::FastForTests);
    auto created = store.create(QStringLiteral("Crash %1").arg(seed), passphrase());
    REQUIRE(created.ok());
    const QString id = created->info.id;

    SeededRandom timing(seed);
    qint64 outboxBefore = 0;
    int killedWhileWriting = 0;
    for (int k = 0; k < kills; ++k) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kRootVar), dir.path());
        env.insert(QLatin1String(kIdVar), id);
        env.insert(QLatin1String(kSeedVar), QString::number(seed * 1000 + k));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QLatin1String(kChildTest)});
        REQUIRE(child.waitForStarted(20000));

        // Most kills land mid-write, at a random moment after the first commit (how long the child
        // takes to get there depends on the machine's load); one in five at a random moment from
        // the start, which may be during unlock and migration checks, before the first write.
        const bool fromStart = timing.uniform(5) == 0;
        const int delayMs = static_cast<int>(timing.uniform(fromStart ? 150 : 400));
        QByteArray output;
        QElapsedTimer since;
        since.start();
        while (!fromStart && !output.contains("committed ") && since.elapsed() < 20000
            && child.state() == QProcess::Running) {
            child.waitForReadyRead(100);
            output += child.readAllStandardOutput();
        }
        since.restart();
        while (since.elapsed() < delayMs && child.state() == QProcess::Running)
            child.waitForReadyRead(delayMs - static_cast<int>(since.elapsed()));
        child.kill();
        REQUIRE(child.waitForFinished(20000));
        REQUIRE(child.exitStatus() == QProcess::CrashExit); // it really died mid-run
        output += child.readAllStandardOutput();

        // The child reports the outbox position after every committed step: all of it must be there.
        qint64 acknowledged = 0;
        bool wroteSomething = false;
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith("committed ")) {
                acknowledged = line.mid(10).toLongLong();
                wroteSomething = true;
            }
        }
        if (wroteSomething)
            ++killedWhileWriting;

        auto opened = store.unlock(id, passphrase());
        INFO("kill " << k << " after " << delayMs << " ms, outbox acknowledged up to " << acknowledged);
        INFO((opened.ok() ? QString() : opened.error().detail).toStdString());
        REQUIRE(opened.ok());
        store::Database &db = (*opened)->database();
        REQUIRE(db.checkIntegrity(true).ok());
        const OutboxShape shape = outboxShape(db);
        CHECK(shape.count == shape.maxSeq); // device_seq stays gap-free
        CHECK(shape.maxSeq >= acknowledged);
        CHECK(shape.count >= outboxBefore);
        outboxBefore = shape.count;
        auto diff = sync::OutboxReplay::differences(db);
        REQUIRE(diff.ok());
        INFO(diff->mid(0, 5).join(QLatin1Char('\n')).toStdString());
        REQUIRE(diff->isEmpty());
    }
    // The harness must actually interrupt writes, not just kill idle processes.
    CHECK(killedWhileWriting >= kills * 3 / 4);
    CHECK(outboxBefore > kills);
}

} // namespace

TEST_CASE("crash-safety writer child", "[.][crash-child]")
{
    const QString root = qEnvironmentVariable(kRootVar);
    REQUIRE_FALSE(root.isEmpty());
    SystemClock clock;
    SecureRandom random;
    profile::ProfileStore store(root, clock, random, repo::profileSchema(), profile::KdfStrength::FastForTests);
    auto opened = store.unlock(qEnvironmentVariable(kIdVar), passphrase());
    REQUIRE(opened.ok());
    auto ws = repo::Workspace::open((*opened)->database(), clock, random);
    REQUIRE(ws.ok());
    store::Database &db = (*opened)->database();
    test::RandomWorkload workload(**ws, qEnvironmentVariable(kSeedVar).toULongLong());
    // Runs until killed; the cap only stops a runaway child if the parent died.
    for (int step = 1; step <= 200000; ++step) {
        workload.step();
        std::cout << "committed " << outboxShape(db).maxSeq << std::endl;
    }
}

TEST_CASE("crash safety: 50 kill -9 at random points, profile A", "[crash]")
{
    killWritersRepeatedly(1, 50);
}

TEST_CASE("crash safety: 50 kill -9 at random points, profile B", "[crash]")
{
    killWritersRepeatedly(2, 50);
}

TEST_CASE("crash safety: 50 kill -9 at random points, profile C", "[crash]")
{
    killWritersRepeatedly(3, 50);
}

TEST_CASE("crash safety: 50 kill -9 at random points, profile D", "[crash]")
{
    killWritersRepeatedly(4, 50);
}
