#include "ProfileFixture.h"

#include "profile/KeySlot.h"
#include "profile/ProfileHeader.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace lintas;
using namespace lintas::profile;
using lintas::test::passphrase;
using lintas::test::ProfileFixture;

namespace {

QJsonObject load(const QString &path)
{
    return QJsonDocument::fromJson(test::readFile(path)).object();
}

void save(const QString &path, const QJsonObject &header)
{
    test::writeFile(path, QJsonDocument(header).toJson());
}

QJsonObject slotsOf(const QJsonObject &header)
{
    return header.value(QStringLiteral("slots")).toObject();
}

QJsonObject withSlots(QJsonObject header, const QJsonObject &passphraseSlot, const QJsonObject &recoverySlot)
{
    QJsonObject slotsJson;
    slotsJson.insert(QStringLiteral("passphrase"), passphraseSlot);
    slotsJson.insert(QStringLiteral("recovery"), recoverySlot);
    header.insert(QStringLiteral("slots"), slotsJson);
    return header;
}

} // namespace

TEST_CASE("swapping the wrapped keys of the two slots makes both fail", "[profile][tamper]")
{
    ProfileFixture fx;
    const CreatedProfile created = fx.create(QStringLiteral("Ani"));
    const QString id = created.info.id;
    const QJsonObject original = load(fx.headerPath(id));
    QJsonObject pass = slotsOf(original).value(QStringLiteral("passphrase")).toObject();
    QJsonObject rec = slotsOf(original).value(QStringLiteral("recovery")).toObject();

    SECTION("wrapped keys only")
    {
        const QJsonValue passKey = pass.value(QStringLiteral("wrappedKey"));
        pass.insert(QStringLiteral("wrappedKey"), rec.value(QStringLiteral("wrappedKey")));
        rec.insert(QStringLiteral("wrappedKey"), passKey);
    }
    SECTION("whole slots, KDF parameters included")
    {
        std::swap(pass, rec);
    }
    save(fx.headerPath(id), withSlots(original, pass, rec));

    CHECK(fx.store.unlock(id, passphrase("kata sandi panjang")).code() == ErrorCode::WrongPassphrase);
    CHECK(fx.store.unlockWithRecoveryCode(id, created.recoveryCode, passphrase("passphrase baru sekali")).code()
        == ErrorCode::WrongPassphrase);

    save(fx.headerPath(id), original);
    CHECK(fx.unlock(id) != nullptr);
}

TEST_CASE("a slot copied from another profile does not open it, even with the same passphrase", "[profile][tamper]")
{
    ProfileFixture fx;
    const QString a = fx.create(QStringLiteral("Ani")).info.id;
    const QString b = fx.create(QStringLiteral("Budi")).info.id; // same passphrase as Ani
    // Same passphrase and same KDF parameters give the same KEK: only the profile id in the
    // associated data stops Budi's wrapped key (for Budi's database) being accepted for Ani.
    const QJsonObject headerA = load(fx.headerPath(a));
    const QJsonObject headerB = load(fx.headerPath(b));
    save(fx.headerPath(a),
        withSlots(headerA, slotsOf(headerB).value(QStringLiteral("passphrase")).toObject(),
            slotsOf(headerA).value(QStringLiteral("recovery")).toObject()));
    CHECK(fx.store.unlock(a, passphrase("kata sandi panjang")).code() == ErrorCode::WrongPassphrase);
}

TEST_CASE("key slots are bound to profile id and purpose", "[profile][tamper]")
{
    SeededRandom random(50);
    SecretBytes dbKey(32);
    random.fill(dbKey.data(), dbKey.size());
    const SecretBytes secret = passphrase("kata sandi panjang");
    const QString id = random.newId();
    auto slot
        = KeySlot::seal(dbKey, secret, crypto::KdfParams::fastForTests(random), id, SlotPurpose::Passphrase, random);
    REQUIRE(slot.ok());

    auto good = slot->open(secret, id, SlotPurpose::Passphrase);
    REQUIRE(good.ok());
    CHECK(good->equals(dbKey));
    CHECK(slot->open(secret, id, SlotPurpose::Recovery).code() == ErrorCode::WrongPassphrase);
    CHECK(slot->open(secret, random.newId(), SlotPurpose::Passphrase).code() == ErrorCode::WrongPassphrase);
    CHECK(
        slot->open(passphrase("kata sandi panjanG"), id, SlotPurpose::Passphrase).code() == ErrorCode::WrongPassphrase);
}

TEST_CASE(
    "tampered KDF parameters or wrapped key give WrongPassphrase, absurd costs are refused early", "[profile][tamper]")
{
    ProfileFixture fx;
    const QString id = fx.create(QStringLiteral("Ani")).info.id;
    const QJsonObject original = load(fx.headerPath(id));
    auto editPassphraseSlot = [&](auto edit) {
        QJsonObject slot = slotsOf(original).value(QStringLiteral("passphrase")).toObject();
        QJsonObject kdf = slot.value(QStringLiteral("kdf")).toObject();
        edit(slot, kdf);
        slot.insert(QStringLiteral("kdf"), kdf);
        save(fx.headerPath(id),
            withSlots(original, slot, slotsOf(original).value(QStringLiteral("recovery")).toObject()));
        return fx.store.unlock(id, passphrase("kata sandi panjang")).code();
    };

    CHECK(editPassphraseSlot([](QJsonObject &, QJsonObject &kdf) { kdf.insert(QStringLiteral("ops"), 2); })
        == ErrorCode::WrongPassphrase);
    CHECK(editPassphraseSlot([](QJsonObject &slot, QJsonObject &) {
        QByteArray wrapped = QByteArray::fromBase64(slot.value(QStringLiteral("wrappedKey")).toString().toLatin1());
        wrapped[40] = static_cast<char>(wrapped[40] ^ 1);
        slot.insert(QStringLiteral("wrappedKey"), QString::fromLatin1(wrapped.toBase64()));
    }) == ErrorCode::WrongPassphrase);
    CHECK(editPassphraseSlot([](QJsonObject &, QJsonObject &kdf) {
        kdf.insert(QStringLiteral("mem"), 64.0 * 1024 * 1024 * 1024);
    }) == ErrorCode::Io);
    CHECK(editPassphraseSlot([](QJsonObject &, QJsonObject &kdf) { kdf.insert(QStringLiteral("ops"), 1e9); })
        == ErrorCode::Io);
    CHECK(editPassphraseSlot([](QJsonObject &, QJsonObject &kdf) {
        kdf.insert(QStringLiteral("alg"), QStringLiteral("scrypt"));
    }) == ErrorCode::SchemaTooNew);

    save(fx.headerPath(id), original);
    CHECK(fx.unlock(id) != nullptr);
}

TEST_CASE("headers that do not describe this profile or this build are refused", "[profile][tamper]")
{
    ProfileFixture fx;
    const QString id = fx.create(QStringLiteral("Ani")).info.id;
    const QJsonObject original = load(fx.headerPath(id));

    QJsonObject otherId = original;
    otherId.insert(QStringLiteral("id"), QStringLiteral("0123456789abcdef0123456789abcdef"));
    save(fx.headerPath(id), otherId);
    CHECK(fx.store.unlock(id, passphrase("kata sandi panjang")).code() == ErrorCode::Io);

    QJsonObject otherCipher = original;
    QJsonObject cipher = original.value(QStringLiteral("cipher")).toObject();
    cipher.insert(QStringLiteral("pageSize"), 1024);
    otherCipher.insert(QStringLiteral("cipher"), cipher);
    save(fx.headerPath(id), otherCipher);
    CHECK(fx.store.unlock(id, passphrase("kata sandi panjang")).code() == ErrorCode::SchemaTooNew);

    test::writeFile(fx.headerPath(id), "{}");
    CHECK(fx.store.unlock(id, passphrase("kata sandi panjang")).code() == ErrorCode::Io);

    save(fx.headerPath(id), original);
    CHECK(fx.unlock(id) != nullptr);
}

TEST_CASE("header JSON round-trips through toJson and fromJson", "[profile]")
{
    ProfileFixture fx;
    const QString id = fx.create(QStringLiteral("Ani")).info.id;
    auto header = ProfileHeader::load(fx.headerPath(id));
    REQUIRE(header.ok());
    auto again = ProfileHeader::fromJson(header->toJson());
    REQUIRE(again.ok());
    CHECK(again->toJson() == header->toJson());
    CHECK(again->info().displayName == QStringLiteral("Ani"));
    CHECK(again->passphrase.kdf.salt == header->passphrase.kdf.salt);
    CHECK(again->recovery.wrappedKey == header->recovery.wrappedKey);
}
