#pragma once

#include "support/TempDir.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace lintas::test {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// Runs the real lintas-cli binary (LINTAS_CLI_PATH) against a private profiles directory, with
// the deliberately weak test KDF so each unlock costs milliseconds.
class CliRunner {
public:
    static QString passphrase() { return QStringLiteral("kata sandi rahasia 2026"); }

    CliRunner();
    QString profilesDir() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.file(name); }
    // A file holding the passphrase (for --passphrase-file).
    QString passphraseFile() const { return m_passphraseFile; }

    CliResult run(const QStringList &args, const QByteArray &stdinData = {}) const;
    // `args` for profile `profile`, passphrase from a file.
    CliResult as(const QString &profile, const QStringList &args, const QByteArray &stdinData = {}) const;
    // Creates a profile (passphrase on stdin via --passphrase-fd 0); with `json` the result
    // carries the recovery code.
    CliResult createProfile(const QString &name, bool json = false) const;

private:
    TempDir m_dir;
    QString m_passphraseFile;
};

} // namespace lintas::test
