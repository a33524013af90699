#pragma once

#include "base/Clock.h"
#include "base/RandomSource.h"
#include "crypto/SecretBytes.h"
#include "profile/ProfileStore.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/Transaction.h"
#include "support/TempDir.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>

#include <catch2/catch.hpp>

#include <cstring>

namespace lintas::test {

// Stand-in for repo::profileSchema(): the profile layer only needs *a* Migrator. `versions`
// steps; step 1 creates the table the tests write to.
inline store::Migrator testSchema(int versions)
{
    std::vector<store::Migration> steps;
    steps.push_back({1, QStringLiteral("notes"), [](store::Database &db) {
                         return db.execScript(
                             QStringLiteral("CREATE TABLE note(id INTEGER PRIMARY KEY, body TEXT NOT NULL);"));
                     }});
    for (int v = 2; v <= versions; ++v) {
        steps.push_back({v, QStringLiteral("step %1").arg(v),
            [v](store::Database &db) { return db.execScript(QStringLiteral("CREATE TABLE t%1(x);").arg(v)); }});
    }
    return store::Migrator(std::move(steps));
}

inline SecretBytes passphrase(const char *text)
{
    return SecretBytes::fromBytes(text, std::strlen(text));
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// Every file under `dir` (relative path → bytes): "nothing changed on disk" made checkable.
inline QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), readFile(path));
    }
    return files;
}

// One laptop: a temp root, a clock and a seeded random source, cheap Argon2id.
struct ProfileFixture {
    explicit ProfileFixture(int schemaVersions = 2, std::uint64_t seed = 42)
        : random(seed), schema(testSchema(schemaVersions))
    { }

    profile::ProfileStore makeStore(
        const store::Migrator &migrator, profile::KdfStrength strength = profile::KdfStrength::FastForTests)
    {
        return profile::ProfileStore(dir.path(), clock, random, migrator, strength);
    }

    profile::CreatedProfile create(const QString &name, const char *pass = "kata sandi panjang")
    {
        auto created = store.create(name, passphrase(pass));
        REQUIRE(created.ok());
        return std::move(created).value();
    }

    std::unique_ptr<profile::OpenProfile> unlock(const QString &id, const char *pass = "kata sandi panjang")
    {
        auto opened = store.unlock(id, passphrase(pass));
        INFO((opened.ok() ? QString() : opened.error().detail).toStdString());
        REQUIRE(opened.ok());
        return std::move(opened).value();
    }

    QString profileDir(const QString &id) const { return dir.file(id); }
    QString dbPath(const QString &id) const { return QDir(profileDir(id)).filePath(QStringLiteral("lintas.db")); }
    QString headerPath(const QString &id) const
    {
        return QDir(profileDir(id)).filePath(QStringLiteral("profile.json"));
    }
    QString markerPath(const QString &id) const
    {
        return QDir(profileDir(id)).filePath(QStringLiteral("session.open"));
    }

    TempDir dir;
    ManualClock clock;
    SeededRandom random;
    store::Migrator schema;
    profile::ProfileStore store {dir.path(), clock, random, schema, profile::KdfStrength::FastForTests};
};

inline void addNote(profile::OpenProfile &open, const QString &body)
{
    auto stmt = open.database().prepare(QStringLiteral("INSERT INTO note(body) VALUES(?)"));
    REQUIRE(stmt.ok());
    stmt->bind(1, body);
    REQUIRE(stmt->exec().ok());
}

inline QStringList notes(profile::OpenProfile &open)
{
    QStringList out;
    auto stmt = open.database().prepare(QStringLiteral("SELECT body FROM note ORDER BY id"));
    REQUIRE(stmt.ok());
    while (stmt->step().value())
        out << stmt->text(0);
    return out;
}

} // namespace lintas::test
