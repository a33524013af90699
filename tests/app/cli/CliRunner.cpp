#include "CliRunner.h"

#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

namespace lintas::test {

CliRunner::CliRunner()
{
    m_passphraseFile = m_dir.file(QStringLiteral("passphrase.txt"));
    QFile f(m_passphraseFile);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(passphrase().toUtf8() + '\n');
}

CliResult CliRunner::run(const QStringList &args, const QByteArray &stdinData) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LINTAS_PROFILES_DIR"), m_dir.file(QStringLiteral("profiles")));
    env.insert(QStringLiteral("LINTAS_INSECURE_FAST_KDF"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LINTAS_CLI_PATH), args);
    REQUIRE(p.waitForStarted(10000));
    p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    UNSCOPED_INFO("lintas-cli " << args.join(QLatin1Char(' ')).toStdString() << " → " << r.exitCode << "\nstdout: "
                                << r.out.left(2000).toStdString() << "\nstderr: " << r.err.left(2000).toStdString());
    return r;
}

CliResult CliRunner::as(const QString &profile, const QStringList &args, const QByteArray &stdinData) const
{
    return run(QStringList {QStringLiteral("--profile"), profile, QStringLiteral("--passphrase-file"), m_passphraseFile}
            + args,
        stdinData);
}

CliResult CliRunner::createProfile(const QString &name, bool json) const
{
    QStringList args {QStringLiteral("profile"), QStringLiteral("create"), name, QStringLiteral("--passphrase-fd"),
        QStringLiteral("0")};
    if (json)
        args.prepend(QStringLiteral("--json"));
    const CliResult r = run(args, passphrase().toUtf8() + '\n');
    REQUIRE(r.exitCode == 0);
    return r;
}

} // namespace lintas::test
