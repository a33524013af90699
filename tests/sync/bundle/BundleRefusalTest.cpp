#include "BundleTestSupport.h"

#include "crypto/DeviceKeys.h"
#include "sync/SyncIdentity.h"

#include <catch2/catch.hpp>

using namespace lintas;
using test::count;
using test::exportBundle;
using test::importBundle;
using test::SyncDevices;

namespace {

// What an import that was refused must have left alone.
struct Untouched {
    test::WorkspaceFixture &f;
    QStringList dump;
    qint64 applied;

    explicit Untouched(SyncDevices &net, int i)
        : f(net.laptop(i)), dump(net.dump(i)), applied(count(f, "SELECT count(*) FROM sync_applied"))
    { }

    void check(SyncDevices &net, int i) const
    {
        CHECK(net.dump(i) == dump);
        CHECK(count(f, "SELECT count(*) FROM sync_applied") == applied);
        CHECK(count(f, "SELECT count(*) FROM sync_quarantine") == 0);
    }
};

QByteArray flipped(QByteArray file, qsizetype at)
{
    REQUIRE(at >= 0);
    REQUIRE(at < file.size());
    file[at] = static_cast<char>(file.at(at) ^ 0x01);
    return file;
}

void requireRefused(test::WorkspaceFixture &f, const QByteArray &file, const char *rule)
{
    const auto imported = importBundle(f, file);
    REQUIRE_FALSE(imported.ok());
    INFO(imported.error().detail.toStdString());
    CHECK(imported.error().rule == QLatin1String(rule));
    CHECK_FALSE(imported.error().detail.isEmpty());
}

} // namespace

TEST_CASE("a bundle changed on the way is refused whole", "[sync][bundle][tamper]")
{
    SyncDevices net(2);
    auto &lampung = net.laptop(0);
    auto &office = net.laptop(1);
    const auto client = lampung.addClient(QStringLiteral("Siti Aminah"));
    lampung.addCase(client.id);
    const QByteArray file = exportBundle(lampung);
    const auto read = protocol::ReadBundle::decode(file);
    REQUIRE(read.ok());
    const Untouched before(net, 1);

    SECTION("a byte of an envelope")
    {
        const QByteArray &last = read->bundle.envelopes.last();
        requireRefused(office, flipped(file, file.indexOf(last) + last.size() / 2), "bundle_damaged");
    }
    SECTION("a byte of the header: when it was made")
    {
        // The created-at time is the only 8-byte integer: CBOR 0x1b then 8 bytes.
        const QByteArray created = QByteArrayLiteral("\x05\x1b");
        requireRefused(office, flipped(file, file.indexOf(created) + 9), "bundle_damaged");
    }
    SECTION("a byte of the header: the membership head")
    {
        REQUIRE(read->bundle.membershipHash.size() == 32);
        requireRefused(office, flipped(file, file.indexOf(read->bundle.membershipHash)), "bundle_damaged");
    }
    SECTION("a byte of the header: the device")
    {
        requireRefused(office, flipped(file, file.indexOf(read->bundle.deviceId) + 3), "bundle_unknown_device");
    }
    SECTION("a byte of the signature")
    {
        requireRefused(office, flipped(file, file.size() - 10), "bundle_damaged");
    }
    SECTION("cut short")
    {
        requireRefused(office, file.left(file.size() - 100), "bundle_damaged");
    }
    SECTION("an envelope swapped for another of the same device")
    {
        protocol::Bundle other = read->bundle;
        std::swap(other.envelopes.first(), other.envelopes.last());
        // Re-signed by someone who does not hold the device's key.
        auto forger = crypto::SigningKey::generate(office.random);
        requireRefused(office, other.encode(forger), "bundle_damaged");
    }
    before.check(net, 1);
}

TEST_CASE("a bundle for another space, from an unknown device, or no bundle at all is refused", "[sync][bundle]")
{
    SyncDevices net(2);
    auto &office = net.laptop(1);
    const Untouched before(net, 1);

    SECTION("another organisation's space")
    {
        // Made and signed by a member, for a space this profile is not in.
        auto &lampung = net.laptop(0);
        lampung.addClient(QStringLiteral("Ratna Sari"));
        auto read = protocol::ReadBundle::decode(exportBundle(lampung));
        REQUIRE(read.ok());
        protocol::Bundle elsewhere = read->bundle;
        elsewhere.spaceId = QByteArray(16, '\x42');
        const auto lampungId = sync::SyncIdentity::loadOrCreate(*lampung.db, lampung.random);
        REQUIRE(lampungId.ok());
        requireRefused(office, elsewhere.encode(lampungId->signing()), "bundle_other_space");
    }
    SECTION("a device the member list does not know")
    {
        auto &lampung = net.laptop(0);
        lampung.addClient(QStringLiteral("Siti Aminah"));
        const QByteArray file = exportBundle(lampung);
        const auto lampungId = sync::SyncIdentity::loadOrCreate(*lampung.db, lampung.random);
        REQUIRE(lampungId.ok());
        auto forget = office.db->prepare(QStringLiteral("DELETE FROM space_devices WHERE device_id = ?"));
        REQUIRE(forget.ok());
        forget->bind(1, lampungId->deviceId());
        REQUIRE(forget->exec().ok());
        requireRefused(office, file, "bundle_unknown_device");
    }
    SECTION("not a bundle")
    {
        requireRefused(office, QByteArrayLiteral("PK\x03\x04 a zip file, or a photo"), "not_a_bundle");
        requireRefused(office, QByteArray(), "not_a_bundle");
    }
    before.check(net, 1);
}

TEST_CASE("a bundle holds no plaintext of what was written", "[sync][bundle][privacy]")
{
    SyncDevices net(2);
    auto &lampung = net.laptop(0);
    const QString name = QStringLiteral("Kartini Wulandari Prasetyo");
    const QString body = QStringLiteral("Majikan di Kowloon menahan paspor dan gaji");
    const auto client = lampung.addClient(name);
    const auto kase = lampung.addCase(client.id, {QStringLiteral("contract_substitution")});
    test::addNote(lampung, kase.id, body);
    const QByteArray file = exportBundle(lampung);
    REQUIRE(test::importOk(net.laptop(1), file).applied == lampung.outboxCount());

    for (const QString &secret : {name, body, QStringLiteral("Kartini"), QStringLiteral("Kowloon"),
             QStringLiteral("contract_substitution"), client.id, kase.id}) {
        INFO(secret.toStdString());
        CHECK_FALSE(file.contains(secret.toUtf8()));
    }
    // Row ids travel as 16 bytes inside the box, never outside it.
    for (const QString &id : {client.id, kase.id}) {
        REQUIRE(QByteArray::fromHex(id.toLatin1()).size() == 16);
        CHECK_FALSE(file.contains(QByteArray::fromHex(id.toLatin1())));
    }
}
