#include "ProfileFixture.h"

#include "profile/DamagedDatabase.h"

#include <QFileInfo>

using namespace lintas;
using namespace lintas::profile;
using lintas::test::passphrase;
using lintas::test::ProfileFixture;

namespace {

// 1'790'000'000'000 ms, ManualClock's default start.
const QString kStamp = QStringLiteral("20260921-141320");

// Enough rows that the middle of the file is table data, not the schema page.
QString createWithData(ProfileFixture &fx)
{
    const QString id = fx.create(QStringLiteral("Ani")).info.id;
    auto open = fx.unlock(id);
    auto tx = open->database().begin();
    REQUIRE(tx.ok());
    for (int i = 0; i < 300; ++i)
        test::addNote(*open, QStringLiteral("catatan %1 ").arg(i).repeated(20));
    REQUIRE(tx->commit().ok());
    return id;
}

QByteArray corruptMiddle(const QString &path)
{
    QByteArray bytes = test::readFile(path);
    REQUIRE(bytes.size() > 8 * 4096);
    const qsizetype middle = bytes.size() / 2;
    for (qsizetype i = 0; i < 64; ++i)
        bytes[middle + i] = static_cast<char>(0xA5 ^ i);
    test::writeFile(path, bytes);
    return bytes;
}

void simulateCrash(const ProfileFixture &fx, const QString &id)
{
    test::writeFile(fx.markerPath(id), "quick\n");
}

} // namespace

TEST_CASE("a database replaced by a text file is set aside, bytes intact, never deleted", "[profile][integrity]")
{
    ProfileFixture fx;
    const QString id = fx.create(QStringLiteral("Ani")).info.id;
    const QByteArray text("this is not a database, it is a shopping list\n");
    test::writeFile(fx.dbPath(id), text);

    auto refused = fx.store.unlock(id, passphrase("kata sandi panjang"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::DatabaseCorrupt);
    const QString expected = fx.dbPath(id) + QStringLiteral(".damaged-") + kStamp;
    CHECK(refused.error().detail == expected);
    CHECK(test::readFile(expected) == text);
    CHECK_FALSE(QFile::exists(fx.dbPath(id)));
    CHECK_FALSE(QFile::exists(fx.markerPath(id)));

    auto missing = fx.store.unlock(id, passphrase("kata sandi panjang"));
    CHECK(missing.code() == ErrorCode::DatabaseMissing);
    CHECK(test::readFile(expected) == text);
}

TEST_CASE("another profile's database (foreign key) is set aside", "[profile][integrity]")
{
    ProfileFixture fx;
    const QString a = fx.create(QStringLiteral("Ani")).info.id;
    const QString b = fx.create(QStringLiteral("Budi")).info.id;
    const QByteArray foreign = test::readFile(fx.dbPath(b));
    test::writeFile(fx.dbPath(a), foreign);

    auto refused = fx.store.unlock(a, passphrase("kata sandi panjang"));
    CHECK(refused.code() == ErrorCode::DatabaseCorrupt);
    CHECK(test::readFile(refused.error().detail) == foreign);
    CHECK(fx.unlock(b) != nullptr);
}

TEST_CASE("an empty database file is set aside, not silently replaced by a new one", "[profile][integrity]")
{
    ProfileFixture fx;
    const QString id = fx.create(QStringLiteral("Ani")).info.id;
    test::writeFile(fx.dbPath(id), QByteArray());
    auto refused = fx.store.unlock(id, passphrase("kata sandi panjang"));
    CHECK(refused.code() == ErrorCode::DatabaseCorrupt);
    CHECK(QFileInfo::exists(refused.error().detail));
    CHECK_FALSE(QFile::exists(fx.dbPath(id)));
}

TEST_CASE("a missing database with a header present is DatabaseMissing", "[profile][integrity]")
{
    ProfileFixture fx;
    const QString id = fx.create(QStringLiteral("Ani")).info.id;
    REQUIRE(QFile::remove(fx.dbPath(id)));
    CHECK(fx.store.unlock(id, passphrase("kata sandi panjang")).code() == ErrorCode::DatabaseMissing);
    CHECK_FALSE(QFile::exists(fx.markerPath(id)));
}

TEST_CASE("after a crash, quick_check runs at unlock and sets a damaged file aside", "[profile][integrity]")
{
    ProfileFixture fx;
    const QString id = createWithData(fx);
    const QByteArray damaged = corruptMiddle(fx.dbPath(id));
    simulateCrash(fx, id);

    auto refused = fx.store.unlock(id, passphrase("kata sandi panjang"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::DatabaseCorrupt);
    CHECK(refused.error().detail == fx.dbPath(id) + QStringLiteral(".damaged-") + kStamp);
    CHECK(test::readFile(refused.error().detail) == damaged);
    CHECK_FALSE(QFile::exists(fx.dbPath(id)));
}

TEST_CASE(
    "the session marker: present while open, gone after a clean close, checked after a crash", "[profile][integrity]")
{
    ProfileFixture fx;
    const QString id = createWithData(fx);
    CHECK_FALSE(QFile::exists(fx.markerPath(id)));
    {
        auto open = fx.unlock(id);
        CHECK(open->checkAtOpen() == OpenProfile::IntegrityCheck::None);
        CHECK(QFile::exists(fx.markerPath(id)));
    }
    CHECK_FALSE(QFile::exists(fx.markerPath(id)));

    simulateCrash(fx, id);
    {
        auto open = fx.unlock(id);
        CHECK(open->checkAtOpen() == OpenProfile::IntegrityCheck::Quick);
        CHECK(test::notes(*open).size() == 300);
    }
    auto next = fx.unlock(id);
    CHECK(next->checkAtOpen() == OpenProfile::IntegrityCheck::None);
}

TEST_CASE("damage after a clean close surfaces in verifyIntegrity and the next unlock sets the file aside",
    "[profile][integrity]")
{
    // The price of fast opens: a clean session followed by damage (bad sector, meddling) is not
    // checked at unlock. SQLCipher's page HMAC fails any read of the damaged page, and the
    // thorough check finds it; the file is then set aside when it is next closed and reopened.
    ProfileFixture fx;
    const QString id = createWithData(fx);
    const QByteArray damaged = corruptMiddle(fx.dbPath(id));

    {
        auto open = fx.unlock(id);
        CHECK(open->checkAtOpen() == OpenProfile::IntegrityCheck::None);
        CHECK(open->database().scalar(QStringLiteral("SELECT group_concat(body) FROM note")).code()
            == ErrorCode::DatabaseCorrupt);
        auto verified = open->verifyIntegrity();
        CHECK(verified.code() == ErrorCode::DatabaseCorrupt);
    }
    CHECK(test::readFile(fx.markerPath(id)).startsWith("thorough"));

    auto refused = fx.store.unlock(id, passphrase("kata sandi panjang"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::DatabaseCorrupt);
    CHECK(test::readFile(refused.error().detail) == damaged);
}

TEST_CASE("a query that meets a damaged page owes the file a thorough check at the next unlock", "[profile][integrity]")
{
    ProfileFixture fx;
    const QString id = createWithData(fx);
    const QByteArray damaged = corruptMiddle(fx.dbPath(id));
    {
        auto open = fx.unlock(id);
        CHECK(open->database().scalar(QStringLiteral("SELECT group_concat(body) FROM note")).code()
            == ErrorCode::DatabaseCorrupt);
        // No verifyIntegrity(): the failed read alone marks the session.
    }
    CHECK(test::readFile(fx.markerPath(id)).startsWith("thorough"));
    auto refused = fx.store.unlock(id, passphrase("kata sandi panjang"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::DatabaseCorrupt);
    CHECK(test::readFile(refused.error().detail) == damaged);
}

TEST_CASE("verifyIntegrity passes on a healthy database and leaves a clean close clean", "[profile][integrity]")
{
    ProfileFixture fx;
    const QString id = createWithData(fx);
    {
        auto open = fx.unlock(id);
        CHECK(open->verifyIntegrity().ok());
    }
    CHECK_FALSE(QFile::exists(fx.markerPath(id)));
}

TEST_CASE("a database from a newer schema is refused and left byte-for-byte untouched", "[profile][integrity]")
{
    ProfileFixture fx;
    const QString id = fx.create(QStringLiteral("Ani")).info.id;
    {
        // A newer Lintas (schema 3) opens the profile once and migrates it.
        const store::Migrator newer = test::testSchema(3);
        ProfileStore newerStore = fx.makeStore(newer);
        auto open = newerStore.unlock(id, passphrase("kata sandi panjang"));
        REQUIRE(open.ok());
        CHECK((*open)->info().schemaVersionHint == 3);
    }
    CHECK(fx.store.list()->profiles.value(0).schemaVersionHint == 3);
    const auto before = test::snapshot(fx.profileDir(id));

    auto refused = fx.store.unlock(id, passphrase("kata sandi panjang"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::SchemaTooNew);
    CHECK(test::snapshot(fx.profileDir(id)) == before);
}

TEST_CASE("setting aside moves -wal and -shm along and never overwrites an earlier copy", "[profile][integrity]")
{
    test::TempDir dir;
    const QString db = dir.file(QStringLiteral("lintas.db"));
    test::writeFile(db, "main-1");
    test::writeFile(db + QStringLiteral("-wal"), "wal-1");
    test::writeFile(db + QStringLiteral("-shm"), "shm-1");
    auto first = DamagedDatabase::setAside(db, 1'790'000'000'000);
    REQUIRE(first.ok());
    CHECK(*first == db + QStringLiteral(".damaged-") + kStamp);
    CHECK(test::readFile(*first) == "main-1");
    CHECK(test::readFile(*first + QStringLiteral("-wal")) == "wal-1");
    CHECK(test::readFile(*first + QStringLiteral("-shm")) == "shm-1");
    CHECK_FALSE(QFile::exists(db + QStringLiteral("-wal")));

    test::writeFile(db, "main-2");
    auto second = DamagedDatabase::setAside(db, 1'790'000'000'000);
    REQUIRE(second.ok());
    CHECK(*second == db + QStringLiteral(".damaged-") + kStamp + QStringLiteral("-2"));
    CHECK(test::readFile(*second) == "main-2");
    CHECK(test::readFile(*first) == "main-1");
}
