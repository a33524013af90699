#pragma once

#include <QDir>
#include <QString>

namespace lintas::profile {

// The files of one profile directory, <root>/<profileId>/.
class ProfilePaths {
public:
    explicit ProfilePaths(QString directory) : m_dir(std::move(directory)) { }

    QString directory() const { return m_dir; }
    QString header() const { return file(QStringLiteral("profile.json")); }
    QString database() const { return file(QStringLiteral("lintas.db")); }
    // Held by an OpenProfile for its whole life: one session per profile, across processes.
    QString sessionLock() const { return file(QStringLiteral("profile.lock")); }
    // Held for moments only, around read-modify-write of the header.
    QString headerLock() const { return file(QStringLiteral("profile.json.lock")); }
    // Exists while a session is open; found at unlock = the last session did not end cleanly.
    QString sessionMarker() const { return file(QStringLiteral("session.open")); }

private:
    QString file(const QString &name) const { return QDir(m_dir).filePath(name); }
    QString m_dir;
};

} // namespace lintas::profile
