#pragma once

// A real lintas-server with an organisation set up entirely through real lintas-cli processes:
// Eni (admin) joined with the operator's code, Sri (caseworker) invited, approved and joined.
// Profiles use the deliberately weak test KDF; the test can also open them in-process.

#include "support/ServerProcess.h"
#include "support/TempDir.h"

#include "base/Clock.h"
#include "base/RandomSource.h"
#include "crypto/SecretBytes.h"
#include "profile/ProfileStore.h"
#include "repo/Schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>

#include <memory>

namespace lintas::test {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

class CliOrg {
public:
    static QString passphrase() { return QStringLiteral("kata sandi rahasia 2026"); }

    CliOrg()
    {
        m_passFile = m_dir.file(QStringLiteral("passphrase.txt"));
        QFile f(m_passFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(passphrase().toUtf8() + '\n');
        f.close();

        const QString dataDir = m_dir.file(QStringLiteral("server"));
        server = std::make_unique<ServerProcess>(StoreLocation {dataDir, QString()});
        QProcess admin;
        admin.start(QStringLiteral(LINTAS_SERVER_PATH),
            {QStringLiteral("admin"), QStringLiteral("create-org"), QStringLiteral("--name"),
                QStringLiteral("Serikat BMI Hong Kong"), QStringLiteral("--data-dir"), dataDir});
        REQUIRE(admin.waitForFinished(60'000));
        REQUIRE(admin.exitCode() == 0);
        const QString adminCode = QJsonDocument::fromJson(admin.readAllStandardOutput())
                                      .object()
                                      .value(QStringLiteral("invite_code"))
                                      .toString();
        REQUIRE_FALSE(adminCode.isEmpty());

        createProfile(QStringLiteral("Eni"));
        REQUIRE(
            as(QStringLiteral("Eni"),
                {QStringLiteral("org"), QStringLiteral("join"), adminCode, QStringLiteral("--server"), server->url()})
                .exitCode
            == 0);
        const CliRun invite
            = as(QStringLiteral("Eni"), {QStringLiteral("--json"), QStringLiteral("org"), QStringLiteral("invite")});
        REQUIRE(invite.exitCode == 0);
        const QString link = invite.json().value(QStringLiteral("join_link")).toString();
        createProfile(QStringLiteral("Sri"));
        const CliRun waiting = as(
            QStringLiteral("Sri"), {QStringLiteral("--json"), QStringLiteral("org"), QStringLiteral("join"), link});
        REQUIRE(waiting.exitCode == 0);
        const QString fingerprint = waiting.json().value(QStringLiteral("fingerprint")).toString();
        REQUIRE(
            as(QStringLiteral("Eni"), {QStringLiteral("org"), QStringLiteral("approve"), fingerprint}).exitCode == 0);
        REQUIRE(as(QStringLiteral("Sri"), {QStringLiteral("org"), QStringLiteral("complete")}).exitCode == 0);
    }

    std::unique_ptr<ServerProcess> server;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LINTAS_PROFILES_DIR"), profilesDir());
        env.insert(QStringLiteral("LINTAS_INSECURE_FAST_KDF"), QStringLiteral("1"));
        return env;
    }
    QString profilesDir() const { return m_dir.file(QStringLiteral("profiles")); }

    QStringList argsAs(const QString &profile, const QStringList &args) const
    {
        return QStringList {QStringLiteral("--profile"), profile, QStringLiteral("--passphrase-file"), m_passFile}
        + args;
    }

    CliRun run(const QStringList &args, const QByteArray &stdinData = {}) const
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(LINTAS_CLI_PATH), args);
        REQUIRE(p.waitForStarted(10'000));
        p.write(stdinData);
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(300'000));
        CliRun r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        UNSCOPED_INFO("lintas-cli " << args.join(QLatin1Char(' ')).toStdString() << " → " << r.exitCode
                                    << "\nstderr: " << r.err.left(1000).toStdString());
        return r;
    }
    CliRun as(const QString &profile, const QStringList &args) const { return run(argsAs(profile, args)); }

    // Starts `lintas-cli` as `profile` without waiting for it.
    std::unique_ptr<QProcess> start(const QString &profile, const QStringList &args) const
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(environment());
        p->start(QStringLiteral(LINTAS_CLI_PATH), argsAs(profile, args));
        REQUIRE(p->waitForStarted(10'000));
        return p;
    }

    // Opens a profile in this process, as the desktop app would (holding its lock).
    Result<std::unique_ptr<profile::OpenProfile>> open(const QString &name)
    {
        profile::ProfileStore store(profilesDir(), SystemClock::instance(), SecureRandom::instance(),
            repo::profileSchema(), profile::KdfStrength::FastForTests);
        LINTAS_TRY_ASSIGN(const auto listing, store.list());
        for (const auto &info : listing.profiles)
            if (info.displayName == name)
                return store.unlock(info.id, SecretBytes::fromUtf8(passphrase()));
        return makeError(ErrorCode::NotFound, name);
    }

private:
    void createProfile(const QString &name) const
    {
        REQUIRE(run({QStringLiteral("profile"), QStringLiteral("create"), name, QStringLiteral("--passphrase-fd"),
                        QStringLiteral("0")},
                    passphrase().toUtf8() + '\n')
                    .exitCode
            == 0);
    }

    TempDir m_dir;
    QString m_passFile;
};

} // namespace lintas::test
