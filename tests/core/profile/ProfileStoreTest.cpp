#include "ProfileFixture.h"

#include "crypto/RecoveryCode.h"
#include "profile/ProfileHeader.h"
#include "profile/ProfilePolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <sodium.h>

using namespace lintas;
using namespace lintas::profile;
using lintas::test::passphrase;
using lintas::test::ProfileFixture;

namespace {

QJsonObject headerJson(const QString &path)
{
    return QJsonDocument::fromJson(test::readFile(path)).object();
}

QJsonObject slotJson(const QJsonObject &header, const char *slot)
{
    return header.value(QStringLiteral("slots")).toObject().value(QLatin1String(slot)).toObject();
}

} // namespace

TEST_CASE("created profile unlocks and keeps its data across sessions", "[profile]")
{
    ProfileFixture fx;
    const CreatedProfile created = fx.create(QStringLiteral("Siti Rahayu"));
    CHECK(created.info.displayName == QStringLiteral("Siti Rahayu"));
    CHECK(created.info.createdAt == QDateTime::fromMSecsSinceEpoch(fx.clock.nowMs(), Qt::UTC));
    CHECK(created.info.schemaVersionHint == 2);
    CHECK(ProfileHeader::isValidId(created.info.id));
    CHECK(crypto::RecoveryCode::normalise(created.recoveryCode).value() == created.recoveryCode);

    {
        auto open = fx.unlock(created.info.id);
        CHECK(open->info().id == created.info.id);
        CHECK(open->database().userVersion() == 2);
        CHECK(open->checkAtOpen() == OpenProfile::IntegrityCheck::None);
        test::addNote(*open, QStringLiteral("majikan menahan paspor — rahasia-marker"));
    }
    auto again = fx.unlock(created.info.id);
    CHECK(test::notes(*again) == QStringList {QStringLiteral("majikan menahan paspor — rahasia-marker")});
    again.reset();

    CHECK_FALSE(test::readFile(fx.dbPath(created.info.id)).contains("rahasia-marker"));
    auto listing = fx.store.list();
    REQUIRE(listing.ok());
    REQUIRE(listing->profiles.size() == 1);
    CHECK(listing->profiles[0].id == created.info.id);
    CHECK(listing->problems.isEmpty());
}

TEST_CASE("profile header records format, KDF parameters, wrapped keys and pinned cipher settings", "[profile]")
{
    ProfileFixture fx;
    const CreatedProfile created = fx.create(QStringLiteral("Dewi"));
    const QByteArray raw = test::readFile(fx.headerPath(created.info.id));
    CHECK_FALSE(raw.contains("kata sandi panjang"));
    CHECK_FALSE(raw.contains(created.recoveryCode.toLatin1()));
    CHECK_FALSE(raw.contains(crypto::RecoveryCode::kdfInput(created.recoveryCode).exposeCopy()));

    const QJsonObject h = headerJson(fx.headerPath(created.info.id));
    CHECK(h.value(QStringLiteral("format")).toString() == QStringLiteral("lintas-profile"));
    CHECK(h.value(QStringLiteral("formatVersion")).toInt() == 1);
    CHECK(h.value(QStringLiteral("id")).toString() == created.info.id);
    CHECK(h.value(QStringLiteral("displayName")).toString() == QStringLiteral("Dewi"));
    CHECK(h.value(QStringLiteral("createdAt")).toString() == QStringLiteral("2026-09-21T14:13:20.000Z"));
    CHECK(h.value(QStringLiteral("schemaVersionHint")).toInt() == 2);
    const QJsonObject cipher = h.value(QStringLiteral("cipher")).toObject();
    CHECK(cipher.value(QStringLiteral("pageSize")).toInt() == 4096);
    CHECK(cipher.value(QStringLiteral("kdfIter")).toInt() == 64000);
    CHECK(cipher.value(QStringLiteral("hmac")).toBool());

    QSet<QString> salts;
    for (const char *name : {"passphrase", "recovery"}) {
        INFO(name);
        const QJsonObject slot = slotJson(h, name);
        const QJsonObject kdf = slot.value(QStringLiteral("kdf")).toObject();
        CHECK(kdf.value(QStringLiteral("alg")).toString() == QStringLiteral("argon2id13"));
        CHECK(kdf.value(QStringLiteral("ops")).toInteger() == crypto_pwhash_OPSLIMIT_MIN);
        CHECK(kdf.value(QStringLiteral("mem")).toInteger() == crypto_pwhash_MEMLIMIT_MIN);
        CHECK(QByteArray::fromBase64(kdf.value(QStringLiteral("salt")).toString().toLatin1()).size() == 16);
        salts.insert(kdf.value(QStringLiteral("salt")).toString());
        CHECK(QByteArray::fromBase64(slot.value(QStringLiteral("wrappedKey")).toString().toLatin1()).size() == 72);
    }
    CHECK(salts.size() == 2);
}

TEST_CASE("a wrong passphrase is refused and changes nothing on disk", "[profile]")
{
    ProfileFixture fx;
    const QString id = fx.create(QStringLiteral("Ani")).info.id;
    const auto before = test::snapshot(fx.dir.path());

    auto refused = fx.store.unlock(id, passphrase("kata sandi panjanG"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::WrongPassphrase);
    CHECK(test::snapshot(fx.dir.path()) == before);

    CHECK(fx.store.changePassphrase(id, passphrase("bukan kata sandinya"), passphrase("kata sandi baru sekali")).code()
        == ErrorCode::WrongPassphrase);
    CHECK(test::snapshot(fx.dir.path()) == before);
}

TEST_CASE("recovery code sets a new passphrase: old one fails, new one works", "[profile]")
{
    ProfileFixture fx;
    const CreatedProfile created = fx.create(QStringLiteral("Budi"), "passphrase lama sekali");
    const QString id = created.info.id;
    {
        auto open = fx.unlock(id, "passphrase lama sekali");
        test::addNote(*open, QStringLiteral("sebelum lupa"));
    }

    // Typed sloppily: lowercase, no dashes.
    const QString typed = QString(created.recoveryCode).remove(QLatin1Char('-')).toLower();
    {
        auto open = fx.store.unlockWithRecoveryCode(id, typed, passphrase("passphrase baru sekali"));
        REQUIRE(open.ok());
        CHECK(test::notes(**open) == QStringList {QStringLiteral("sebelum lupa")});
    }
    CHECK(fx.store.unlock(id, passphrase("passphrase lama sekali")).code() == ErrorCode::WrongPassphrase);
    CHECK(fx.unlock(id, "passphrase baru sekali") != nullptr);
    // The sheet stays valid: it wraps the same database key.
    CHECK(fx.store.unlockWithRecoveryCode(id, created.recoveryCode, passphrase("passphrase ketiga sekali")).ok());
}

TEST_CASE("recovery unlock tells a typo from a wrong code and validates the new passphrase", "[profile]")
{
    ProfileFixture fx;
    const CreatedProfile created = fx.create(QStringLiteral("Budi"));
    const QString id = created.info.id;
    const auto before = test::snapshot(fx.dir.path());

    QString typo = created.recoveryCode;
    typo[0] = typo[0] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
    auto invalid = fx.store.unlockWithRecoveryCode(id, typo, passphrase("passphrase baru sekali"));
    CHECK(invalid.code() == ErrorCode::Validation);
    CHECK(invalid.error().field == QStringLiteral("recoveryCode"));

    SeededRandom other(777);
    auto wrong = fx.store.unlockWithRecoveryCode(
        id, crypto::RecoveryCode::generate(other), passphrase("passphrase baru sekali"));
    CHECK(wrong.code() == ErrorCode::WrongPassphrase);

    auto weak = fx.store.unlockWithRecoveryCode(id, created.recoveryCode, passphrase("pendek"));
    CHECK(weak.code() == ErrorCode::Validation);
    CHECK(weak.error().field == QStringLiteral("passphrase"));

    CHECK(test::snapshot(fx.dir.path()) == before);
    CHECK(fx.unlock(id) != nullptr);
}

TEST_CASE("changing the passphrase re-wraps the key and leaves the database bytes identical", "[profile]")
{
    ProfileFixture fx;
    const QString id = fx.create(QStringLiteral("Wati"), "passphrase lama sekali").info.id;
    {
        auto open = fx.unlock(id, "passphrase lama sekali");
        test::addNote(*open, QStringLiteral("isi"));
    }
    const QByteArray dbBefore = test::readFile(fx.dbPath(id));
    const QJsonObject headerBefore = headerJson(fx.headerPath(id));
    REQUIRE_FALSE(dbBefore.isEmpty());

    REQUIRE(
        fx.store.changePassphrase(id, passphrase("passphrase lama sekali"), passphrase("passphrase baru sekali")).ok());
    CHECK(test::readFile(fx.dbPath(id)) == dbBefore);
    const QJsonObject headerAfter = headerJson(fx.headerPath(id));
    CHECK(slotJson(headerAfter, "passphrase") != slotJson(headerBefore, "passphrase"));
    CHECK(slotJson(headerAfter, "recovery") == slotJson(headerBefore, "recovery"));

    CHECK(fx.store.unlock(id, passphrase("passphrase lama sekali")).code() == ErrorCode::WrongPassphrase);
    auto open = fx.unlock(id, "passphrase baru sekali");
    CHECK(test::notes(*open) == QStringList {QStringLiteral("isi")});

    // Works while the profile is open, since only the header changes.
    REQUIRE(fx.store.changePassphrase(id, passphrase("passphrase baru sekali"), passphrase("passphrase ketiga sekali"))
                .ok());
    open.reset();
    CHECK(fx.unlock(id, "passphrase ketiga sekali") != nullptr);

    auto weak = fx.store.changePassphrase(id, passphrase("passphrase ketiga sekali"), passphrase("123456789"));
    CHECK(weak.code() == ErrorCode::Validation);
    CHECK(weak.error().field == QStringLiteral("passphrase"));
}

TEST_CASE("display names are trimmed, required and unique regardless of case", "[profile]")
{
    ProfileFixture fx;
    CHECK(fx.create(QStringLiteral("  Siti Rahayu \t")).info.displayName == QStringLiteral("Siti Rahayu"));

    auto duplicate = fx.store.create(QStringLiteral("siti RAHAYU"), passphrase("kata sandi lainnya"));
    CHECK(duplicate.code() == ErrorCode::AlreadyExists);
    CHECK(duplicate.error().field == QStringLiteral("displayName"));

    for (const QString &bad :
        {QString(), QStringLiteral("   "), QStringLiteral("Nama\nBaris"), QString(81, QLatin1Char('x'))}) {
        auto r = fx.store.create(bad, passphrase("kata sandi lainnya"));
        CHECK(r.code() == ErrorCode::Validation);
        CHECK(r.error().field == QStringLiteral("displayName"));
    }
    CHECK(fx.store.list()->profiles.size() == 1);
}

TEST_CASE("passphrases need at least 10 characters, counted as characters not bytes", "[profile]")
{
    ProfileFixture fx;
    auto tooShort = fx.store.create(QStringLiteral("Ani"), passphrase("123456789"));
    CHECK(tooShort.code() == ErrorCode::Validation);
    CHECK(tooShort.error().field == QStringLiteral("passphrase"));

    // 9 characters but 18 bytes: still too short.
    const QByteArray nineAccents = QStringLiteral("ééééééééé").toUtf8();
    CHECK(ProfilePolicy::checkPassphrase(SecretBytes::fromBytes(nineAccents.constData(), 18)).code()
        == ErrorCode::Validation);
    CHECK(ProfilePolicy::checkPassphrase(SecretBytes::fromUtf8(QStringLiteral("éééééééééé"))).ok());
    CHECK(ProfilePolicy::checkPassphrase(passphrase("1234567890")).ok());
    CHECK(ProfilePolicy::checkPassphrase(passphrase("123456789\xff")).code() == ErrorCode::Validation);
    CHECK(ProfilePolicy::checkPassphrase(passphrase("12345678\xc0\xaf")).code() == ErrorCode::Validation);

    CHECK(fx.store.list()->profiles.isEmpty());
    CHECK(test::snapshot(fx.dir.path()).isEmpty());
}

TEST_CASE("list sorts by name and reports malformed profiles instead of failing", "[profile]")
{
    ProfileFixture fx;
    CHECK(fx.store.list()->profiles.isEmpty());
    const QString wati = fx.create(QStringLiteral("Wati")).info.id;
    fx.create(QStringLiteral("ani"));
    fx.create(QStringLiteral("Budi"));

    QDir root(fx.dir.path());
    REQUIRE(root.mkpath(QStringLiteral("garbage")));
    test::writeFile(root.filePath(QStringLiteral("garbage/profile.json")), "{ not json");
    REQUIRE(root.mkpath(QStringLiteral("noheader")));
    REQUIRE(root.mkpath(QStringLiteral("0123456789abcdef0123456789abcdef")));
    QFile::copy(fx.headerPath(wati), root.filePath(QStringLiteral("0123456789abcdef0123456789abcdef/profile.json")));
    REQUIRE(root.mkpath(QStringLiteral("newer")));
    QJsonObject newer = headerJson(fx.headerPath(wati));
    newer.insert(QStringLiteral("formatVersion"), 2);
    test::writeFile(root.filePath(QStringLiteral("newer/profile.json")), QJsonDocument(newer).toJson());
    REQUIRE(root.mkpath(QStringLiteral(".staging-abc")));
    test::writeFile(root.filePath(QStringLiteral("stray-file.txt")), "x");

    auto listing = fx.store.list();
    REQUIRE(listing.ok());
    QStringList names;
    for (const ProfileInfo &p : listing->profiles)
        names << p.displayName;
    CHECK(names == QStringList {QStringLiteral("ani"), QStringLiteral("Budi"), QStringLiteral("Wati")});
    REQUIRE(listing->problems.size() == 4);
    QMap<QString, ErrorCode> problems;
    for (const ProfileProblem &p : listing->problems)
        problems.insert(QFileInfo(p.directory).fileName(), p.error.code);
    CHECK(problems.value(QStringLiteral("garbage")) == ErrorCode::Io);
    CHECK(problems.value(QStringLiteral("noheader")) == ErrorCode::NotFound);
    CHECK(problems.value(QStringLiteral("0123456789abcdef0123456789abcdef")) == ErrorCode::Io);
    CHECK(problems.value(QStringLiteral("newer")) == ErrorCode::SchemaTooNew);
}

TEST_CASE("unlock refuses ids that are not profile ids or do not exist", "[profile]")
{
    ProfileFixture fx;
    fx.create(QStringLiteral("Ani"));
    CHECK(fx.store.unlock(QStringLiteral("../etc"), passphrase("kata sandi panjang")).code()
        == ErrorCode::InvalidArgument);
    CHECK(fx.store.unlock(QStringLiteral("0123456789abcdef0123456789abcdef"), passphrase("kata sandi panjang")).code()
        == ErrorCode::NotFound);
}

TEST_CASE("production strength writes moderate Argon2id parameters and still unlocks", "[profile][slow]")
{
    ProfileFixture fx;
    ProfileStore production = fx.makeStore(fx.schema, KdfStrength::Moderate);
    auto created = production.create(QStringLiteral("Produksi"), passphrase("kata sandi produksi"));
    REQUIRE(created.ok());
    const QJsonObject h = headerJson(fx.headerPath(created->info.id));
    for (const char *name : {"passphrase", "recovery"}) {
        INFO(name);
        const QJsonObject kdf = slotJson(h, name).value(QStringLiteral("kdf")).toObject();
        CHECK(kdf.value(QStringLiteral("ops")).toInteger() == crypto_pwhash_OPSLIMIT_MODERATE);
        CHECK(kdf.value(QStringLiteral("mem")).toInteger() == crypto_pwhash_MEMLIMIT_MODERATE);
    }
    auto open = production.unlock(created->info.id, passphrase("kata sandi produksi"));
    REQUIRE(open.ok());
}

TEST_CASE("parameters come from the header, so any store opens a profile made at any strength", "[profile]")
{
    ProfileFixture fx;
    const QString id = fx.create(QStringLiteral("Ani")).info.id;
    ProfileStore production = fx.makeStore(fx.schema, KdfStrength::Moderate);
    auto open = production.unlock(id, passphrase("kata sandi panjang")); // fast: header says so
    REQUIRE(open.ok());
}
