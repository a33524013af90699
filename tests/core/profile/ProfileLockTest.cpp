#include "ProfileFixture.h"

#include "profile/FileLock.h"
#include "support/TempDir.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <iostream>
#include <string>

using namespace lintas;
using namespace lintas::profile;
using lintas::test::passphrase;
using lintas::test::ProfileFixture;

// The cross-process tests re-run this very test binary as the "other process": it executes only
// the hidden test case below, steered by environment variables. No extra executable (and no
// build-system change) is needed, and the child runs the real ProfileStore code.
namespace {

const char *const kChildTest = "profile lock child process";
const char *const kRootVar = "LINTAS_PROFILE_CHILD_ROOT";
const char *const kIdVar = "LINTAS_PROFILE_CHILD_ID";
const char *const kModeVar = "LINTAS_PROFILE_CHILD_MODE"; // "hold" or "try"

class Child {
public:
    Child(const QString &root, const QString &id, const QString &mode)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kRootVar), root);
        env.insert(QLatin1String(kIdVar), id);
        env.insert(QLatin1String(kModeVar), mode);
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QCoreApplication::applicationFilePath(), {QLatin1String(kChildTest)});
    }
    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // The first line the child prints about the profile ("opened", "refused:<code>").
    QString firstReport()
    {
        while (true) {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                if (line.startsWith(QStringLiteral("opened")) || line.startsWith(QStringLiteral("refused")))
                    return line;
            }
            if (!m_process.waitForReadyRead(20000))
                return QStringLiteral("no report: ") + m_process.errorString();
        }
    }
    bool finishCleanly()
    {
        m_process.closeWriteChannel();
        return m_process.waitForFinished(20000) && m_process.exitStatus() == QProcess::NormalExit
            && m_process.exitCode() == 0;
    }
    void killHard()
    {
        m_process.kill(); // SIGKILL: no destructors, no cleanup — like a power cut for the app
        REQUIRE(m_process.waitForFinished(20000)); // and reaped, so its PID is really gone
    }

private:
    QProcess m_process;
};

} // namespace

TEST_CASE("profile lock child process", "[.][profile-child]")
{
    const QString root = qEnvironmentVariable(kRootVar);
    const QString id = qEnvironmentVariable(kIdVar);
    const QString mode = qEnvironmentVariable(kModeVar);
    REQUIRE_FALSE(root.isEmpty());
    ManualClock clock;
    SeededRandom random(7);
    const store::Migrator schema = test::testSchema(2);
    ProfileStore store(root, clock, random, schema, KdfStrength::FastForTests);
    auto opened = store.unlock(id, passphrase("kata sandi panjang"));
    if (!opened.ok()) {
        std::cout << "refused:" << errorCodeName(opened.code()).toStdString() << std::endl;
        return;
    }
    std::cout << "opened" << std::endl;
    if (mode == QStringLiteral("hold")) {
        std::string line;
        while (std::getline(std::cin, line)) { }
    }
}

TEST_CASE("a second OpenProfile in the same process is refused with ProfileInUse", "[profile][lock]")
{
    ProfileFixture fx;
    const CreatedProfile created = fx.create(QStringLiteral("Ani"));
    const QString id = created.info.id;
    auto first = fx.unlock(id);
    const QByteArray header = test::readFile(fx.headerPath(id));
    const QByteArray marker = test::readFile(fx.markerPath(id));

    auto second = fx.store.unlock(id, passphrase("kata sandi panjang"));
    REQUIRE_FALSE(second.ok());
    CHECK(second.code() == ErrorCode::ProfileInUse);

    // Recovery is refused the same way, before the passphrase is re-wrapped.
    auto recovery = fx.store.unlockWithRecoveryCode(id, created.recoveryCode, passphrase("passphrase baru sekali"));
    CHECK(recovery.code() == ErrorCode::ProfileInUse);
    CHECK(test::readFile(fx.headerPath(id)) == header);
    CHECK(test::readFile(fx.markerPath(id)) == marker); // the refused attempts left the session alone

    first.reset();
    CHECK(fx.unlock(id) != nullptr);
}

TEST_CASE("another process cannot open a profile this process holds", "[profile][lock][process]")
{
    ProfileFixture fx;
    const QString id = fx.create(QStringLiteral("Ani")).info.id;
    auto held = fx.unlock(id);
    Child child(fx.dir.path(), id, QStringLiteral("try"));
    CHECK(child.firstReport() == QStringLiteral("refused:profile-in-use"));
    CHECK(child.finishCleanly());
}

TEST_CASE("this process cannot open a profile another process holds, and can once it exits", "[profile][lock][process]")
{
    ProfileFixture fx;
    const QString id = fx.create(QStringLiteral("Ani")).info.id;
    Child child(fx.dir.path(), id, QStringLiteral("hold"));
    REQUIRE(child.firstReport() == QStringLiteral("opened"));

    CHECK(fx.store.unlock(id, passphrase("kata sandi panjang")).code() == ErrorCode::ProfileInUse);

    REQUIRE(child.finishCleanly());
    auto open = fx.unlock(id);
    CHECK(open->checkAtOpen() == OpenProfile::IntegrityCheck::None);
}

TEST_CASE(
    "a killed owner's lock is recognised as stale and its unclean end triggers quick_check", "[profile][lock][process]")
{
    ProfileFixture fx;
    const QString id = fx.create(QStringLiteral("Ani")).info.id;
    Child child(fx.dir.path(), id, QStringLiteral("hold"));
    REQUIRE(child.firstReport() == QStringLiteral("opened"));
    child.killHard();

    CHECK(QFile::exists(fx.markerPath(id)));
    auto open = fx.unlock(id);
    CHECK(open->checkAtOpen() == OpenProfile::IntegrityCheck::Quick);
}

TEST_CASE(
    "a lock file left empty by a process killed while making it does not keep the profile shut", "[profile][lock]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("profile.lock"));
    {
        QFile empty(path);
        REQUIRE(empty.open(QIODevice::WriteOnly)); // created, owner never written: the kill -9 window
    }
    auto taken = FileLock::acquire(path, 0, ErrorCode::ProfileInUse);
    INFO((taken.ok() ? QString() : taken.error().detail).toStdString());
    REQUIRE(taken.ok());
    // A lock whose owner is alive is still refused.
    auto second = FileLock::acquire(path, 0, ErrorCode::ProfileInUse);
    REQUIRE_FALSE(second.ok());
    CHECK(second.code() == ErrorCode::ProfileInUse);
}
