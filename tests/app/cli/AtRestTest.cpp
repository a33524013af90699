#include "CliRunner.h"

#include "base/Clock.h"
#include "base/RandomSource.h"
#include "crypto/SecretBytes.h"
#include "profile/ProfileStore.h"
#include "repo/Schema.h"
#include "repo/Workspace.h"
#include "store/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>

#include <catch2/catch.hpp>

// A stolen or seized laptop must not give away who the clients are or what happened to them.
// Marker strings go in through the real CLI (and, for the open-database case, the repositories);
// then every file the process could have touched is searched for them.

using namespace lintas;
using lintas::test::CliResult;
using lintas::test::CliRunner;

namespace {

// Distinct, unlikely strings in every kind of field that holds something sensitive.
const QStringList &markers()
{
    static const QStringList list {
        QStringLiteral("Markerwati Rahasiani"), // client name (FTS indexes it, lower-cased)
        QStringLiteral("3201998877665544"), // NIK
        QStringLiteral("C9988776"), // passport number
        QStringLiteral("0812 9988 7766"), // phone
        QStringLiteral("Penyiksaan Zuvrelkat"), // chronology
        QStringLiteral("Tuntutan Kwobranix"), // demands
        QStringLiteral("Catatan Jovlimarek"), // note body
        QStringLiteral("Majikan Threxdovan"), // party name
        QStringLiteral("Desa Plomqizet"), // village
    };
    return list;
}

// Each marker as it could be spelled on disk: as typed, lower-cased (the search index), its
// longest word alone, UTF-16 (SQLite's other text encoding) and phone digits without spaces.
QList<QByteArray> needles()
{
    QList<QByteArray> out;
    for (const QString &m : markers()) {
        out << m.toUtf8().toLower();
        const QStringList words = m.split(QLatin1Char(' '));
        QString longest;
        for (const QString &w : words)
            if (w.size() > longest.size())
                longest = w;
        out << longest.toUtf8().toLower();
        QString digits = m;
        digits.remove(QLatin1Char(' '));
        out << digits.toUtf8().toLower();
        out << QByteArray(reinterpret_cast<const char *>(m.utf16()), m.size() * 2);
    }
    return out;
}

// "relative path: needle" for every hit under `dir` (case-insensitive for the UTF-8 needles).
QStringList findMarkers(const QString &dir, QStringList *scanned = nullptr)
{
    const QList<QByteArray> wanted = needles();
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        const QByteArray lower = raw.toLower();
        for (const QByteArray &n : wanted) {
            if (lower.contains(n) || raw.contains(n))
                hits << QDir(dir).relativeFilePath(path) + QStringLiteral(": ") + QString::fromUtf8(n);
        }
        if (scanned)
            *scanned << QDir(dir).relativeFilePath(path);
    }
    return hits;
}

// Points HOME, XDG and TMPDIR of the child processes into the test's directory, so settings,
// caches and temp files the CLI might write are scanned too.
class PrivateHome {
public:
    explicit PrivateHome(const QString &base)
    {
        for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME",
                 "XDG_RUNTIME_DIR", "TMPDIR"}) {
            const QString path = base + QLatin1Char('/') + QString::fromLatin1(var).toLower();
            REQUIRE(QDir().mkpath(path));
            m_saved.append({var, qgetenv(var)});
            qputenv(var, QFile::encodeName(path));
        }
    }
    ~PrivateHome()
    {
        for (const auto &[var, value] : m_saved)
            qputenv(var, value);
    }

private:
    QList<std::pair<const char *, QByteArray>> m_saved;
};

QString jsonId(const CliResult &r)
{
    REQUIRE(r.exitCode == 0);
    return r.json().object().value(QStringLiteral("id")).toString();
}

} // namespace

TEST_CASE("the at-rest scanner finds markers in plain, lower-cased and UTF-16 form", "[cli][at-rest]")
{
    test::TempDir dir;
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.file(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(QStringLiteral("a.txt"), "xx MARKERWATI RAHASIANI xx");
    write(QStringLiteral("b.bin"), QByteArray("\0\1", 2) + QByteArray("zuvrelkat"));
    const QString note = markers()[6];
    write(QStringLiteral("c.bin"), QByteArray(reinterpret_cast<const char *>(note.utf16()), note.size() * 2));
    write(QStringLiteral("d.txt"), "nothing to see");
    CHECK(findMarkers(dir.path()).size() >= 3);
}

TEST_CASE(
    "sensitive text written through the CLI is in no file on disk, and the database needs its key", "[cli][at-rest]")
{
    CliRunner cli;
    PrivateHome home(cli.file(QStringLiteral("env")));
    cli.createProfile(QStringLiteral("Rini"));
    const QString p = QStringLiteral("Rini");
    const auto &m = markers();

    const QString client = jsonId(cli.as(p,
        {QStringLiteral("--json"), QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--full-name"), m[0],
            QStringLiteral("--nik"), m[1], QStringLiteral("--passport-no"), m[2], QStringLiteral("--village"), m[8]}));
    REQUIRE(
        cli.as(p, {QStringLiteral("phone"), QStringLiteral("add"), client, QStringLiteral("--number"), m[3]}).exitCode
        == 0);
    const QString kase = jsonId(cli.as(p,
        {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--client"), client,
            QStringLiteral("--case-types"), QStringLiteral("unpaid_wages"), QStringLiteral("--chronology"), m[4],
            QStringLiteral("--demands"), m[5]}));
    REQUIRE(cli.as(p,
                   {QStringLiteral("note"), QStringLiteral("add"), kase, QStringLiteral("--body-file"),
                       QStringLiteral("-")},
                   m[6].toUtf8() + "\nbaris kedua\n")
                .exitCode
        == 0);
    const QString party = jsonId(cli.as(p,
        {QStringLiteral("--json"), QStringLiteral("party"), QStringLiteral("add"), QStringLiteral("--kind"),
            QStringLiteral("employer"), QStringLiteral("--name"), m[7]}));
    REQUIRE(cli.as(p, {QStringLiteral("party"), QStringLiteral("link"), kase, party}).exitCode == 0);
    // Reads and searches too: they must not leave plaintext behind (temp files, caches).
    const CliResult found = cli.as(p, {QStringLiteral("search"), QStringLiteral("zuvrelkat")});
    REQUIRE(found.exitCode == 0);
    REQUIRE(found.out.contains("Markerwati")); // the data is really there, readable with the key
    REQUIRE(cli.as(p, {QStringLiteral("case"), QStringLiteral("show"), kase}).exitCode == 0);
    REQUIRE(cli.as(p, {QStringLiteral("profile"), QStringLiteral("verify")}).exitCode == 0);

    QStringList scanned;
    const QStringList hits = findMarkers(cli.profilesDir(), &scanned);
    INFO("scanned: " << scanned.join(QStringLiteral(", ")).toStdString());
    INFO("found: " << hits.join(QStringLiteral("; ")).toStdString());
    CHECK(hits.isEmpty());
    CHECK(scanned.size() >= 3); // at least the header, the database and the passphrase file were read

    SECTION("while a session is open, WAL and SHM hold no plaintext either")
    {
        SystemClock clock;
        SecureRandom random;
        profile::ProfileStore store(cli.file(QStringLiteral("profiles")), clock, random, repo::profileSchema(),
            profile::KdfStrength::FastForTests);
        auto listing = store.list();
        REQUIRE(listing.ok());
        REQUIRE(listing->profiles.size() == 1);
        const QByteArray pass = CliRunner::passphrase().toUtf8();
        auto opened = store.unlock(listing->profiles.first().id, SecretBytes::fromBytes(pass.constData(), pass.size()));
        REQUIRE(opened.ok());
        auto ws = repo::Workspace::open((*opened)->database(), clock, random);
        REQUIRE(ws.ok());
        domain::Client c;
        c.fullName = m[0] + QStringLiteral(" kedua");
        c.nik = m[1];
        REQUIRE((*ws)->clients().create(c).ok());
        domain::Note n;
        n.caseId = (*ws)->cases().list({}, repo::CaseSort::Reference, 1).value().first().id;
        n.body = m[6] + QStringLiteral(" lagi");
        REQUIRE((*ws)->notes().create(n).ok());

        const QString db = (*opened)->database().path();
        REQUIRE(QFileInfo(db + QStringLiteral("-wal")).size() > 0); // the new rows sit in the WAL now
        const QStringList openHits = findMarkers(cli.profilesDir(), &scanned);
        INFO("found: " << openHits.join(QStringLiteral("; ")).toStdString());
        CHECK(openHits.isEmpty());
    }

    SECTION("the database file does not open without its key, nor with another key")
    {
        const QString db = cli.file(QStringLiteral("profiles")) + QLatin1Char('/')
            + QDir(cli.file(QStringLiteral("profiles"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).first()
            + QStringLiteral("/lintas.db");
        QFile f(db);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK_FALSE(f.read(16).startsWith("SQLite format 3"));
        f.close();
        const QByteArray before = [&] {
            QFile r(db);
            REQUIRE(r.open(QIODevice::ReadOnly));
            return r.readAll();
        }();

        auto plain = store::Database::open(db, nullptr);
        if (plain.ok())
            CHECK_FALSE((*plain)->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).ok());
        else
            CHECK(plain.error().code == ErrorCode::DatabaseCorrupt);

        const QByteArray otherKey(32, '\x5a');
        const SecretBytes wrong = SecretBytes::fromBytes(otherKey.constData(), otherKey.size());
        auto keyed = store::Database::open(db, &wrong);
        if (keyed.ok())
            CHECK_FALSE((*keyed)->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).ok());
        else
            CHECK(keyed.error().code == ErrorCode::DatabaseCorrupt);

        QFile after(db);
        REQUIRE(after.open(QIODevice::ReadOnly));
        CHECK(after.readAll() == before); // failed attempts leave the file alone
    }
}
