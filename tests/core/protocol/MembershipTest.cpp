#include "protocol/Membership.h"

#include "base/RandomSource.h"
#include "crypto/DeviceKeys.h"

#include <QCborMap>
#include <QCborValue>

#include <catch2/catch.hpp>

using namespace lintas;
using protocol::MembershipEntryData;
using protocol::MembershipLog;
using protocol::MembershipOp;

namespace {

struct Device {
    QByteArray id;
    crypto::SigningKey sign;
    crypto::BoxKey box;
};

struct LogBuilder {
    SeededRandom random {11};
    QByteArray spaceId = random.bytes(16);
    std::vector<Device> devices;
    QVector<QByteArray> entries;
    QByteArray head = MembershipEntryData::zeroHash();

    LogBuilder()
    {
        for (int i = 0; i < 4; ++i)
            devices.push_back(
                {random.bytes(16), crypto::SigningKey::generate(random), crypto::BoxKey::generate(random)});
    }

    MembershipEntryData next(MembershipOp op, int target, int signer)
    {
        MembershipEntryData e;
        e.spaceId = spaceId;
        e.index = entries.size() + 1;
        e.previousHash = head;
        e.op = op;
        if (op != MembershipOp::RotateEpoch)
            e.deviceId = devices[static_cast<std::size_t>(target)].id;
        if (op == MembershipOp::AddDevice) {
            e.signKey = devices[static_cast<std::size_t>(target)].sign.publicKey();
            e.boxKey = devices[static_cast<std::size_t>(target)].box.publicKey();
            e.label = QStringLiteral("Laptop %1").arg(target);
            e.role = entries.isEmpty() ? QStringLiteral("admin") : QStringLiteral("member");
        }
        e.signer = devices[static_cast<std::size_t>(signer)].id;
        return e;
    }

    void push(MembershipEntryData e, int signer)
    {
        e.sign(devices[static_cast<std::size_t>(signer)].sign);
        entries.push_back(e.encode());
        head = MembershipEntryData::hashOf(entries.last());
    }

    void add(MembershipOp op, int target, int signer) { push(next(op, target, signer), signer); }
};

QString failure(const LogBuilder &b)
{
    const auto r = MembershipLog::verify(b.spaceId, b.entries);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Crypto);
    return r.error().detail;
}

} // namespace

TEST_CASE("a membership log verifies into its member set", "[protocol][membership]")
{
    LogBuilder b;
    b.add(MembershipOp::AddDevice, 0, 0); // genesis
    b.add(MembershipOp::AddDevice, 1, 0);
    b.add(MembershipOp::AddDevice, 2, 0);
    b.add(MembershipOp::GrantAdmin, 1, 0);
    auto remove = b.next(MembershipOp::RemoveDevice, 2, 1); // the new admin removes a device
    remove.lastSeq = 42;
    b.push(remove, 1);
    const SecretBytes key = SecretBytes::fromBytes(QByteArray(32, 'k').constData(), 32);
    auto rotate = b.next(MembershipOp::RotateEpoch, 0, 1);
    rotate.epoch = 2;
    rotate.keyCommit = protocol::epochKeyCommit(b.spaceId, 2, key);
    b.push(rotate, 1);

    const auto set = MembershipLog::verify(b.spaceId, b.entries);
    REQUIRE(set.ok());
    CHECK(set->headIndex == 6);
    CHECK(set->headHash == b.head);
    CHECK(set->hashes.size() == 6);
    CHECK(set->epoch == 2);
    CHECK(set->isAdmin(b.devices[0].id));
    CHECK(set->isAdmin(b.devices[1].id));
    CHECK(set->members.value(b.devices[1].id).boxKey == b.devices[1].box.publicKey());
    CHECK_FALSE(set->isActive(b.devices[2].id));
    CHECK(set->members.value(b.devices[2].id).removed);
    CHECK(set->members.value(b.devices[2].id).lastSeq == 42);
    CHECK_FALSE(set->members.contains(b.devices[3].id));
    REQUIRE(set->keyCommits.contains(2));
    CHECK(set->keyCommits.value(2) == protocol::epochKeyCommit(b.spaceId, 2, key));
    // The commitment names the key, the space and the epoch.
    const SecretBytes other = SecretBytes::fromBytes(QByteArray(32, 'j').constData(), 32);
    CHECK(set->keyCommits.value(2) != protocol::epochKeyCommit(b.spaceId, 2, other));
    CHECK(set->keyCommits.value(2) != protocol::epochKeyCommit(b.spaceId, 3, key));
    CHECK(set->keyCommits.value(2) != protocol::epochKeyCommit(QByteArray(16, 's'), 2, key));

    const auto removal = MembershipEntryData::decode(b.entries[4]);
    REQUIRE(removal.ok());
    CHECK(removal->lastSeq == 42);
    CHECK(removal->encode() == b.entries[4]);

    const auto decoded = MembershipEntryData::decode(b.entries[1]);
    REQUIRE(decoded.ok());
    CHECK(decoded->encode() == b.entries[1]);
    CHECK(decoded->label == QLatin1String("Laptop 1"));
}

TEST_CASE("the first bad membership entry is named", "[protocol][membership]")
{
    SECTION("bad signature")
    {
        LogBuilder b;
        b.add(MembershipOp::AddDevice, 0, 0);
        auto e = b.next(MembershipOp::AddDevice, 1, 0);
        e.sign(b.devices[0].sign);
        e.boxKey = b.devices[3].box.publicKey(); // a swapped key after signing
        b.entries.push_back(e.encode());
        CHECK(failure(b) == QLatin1String("membership entry 2: bad signature"));
    }
    SECTION("signer not an admin")
    {
        LogBuilder b;
        b.add(MembershipOp::AddDevice, 0, 0);
        b.add(MembershipOp::AddDevice, 1, 0);
        b.add(MembershipOp::AddDevice, 3, 1); // a member adds a device
        CHECK(failure(b) == QLatin1String("membership entry 3: signer is not an admin at this point"));
    }
    SECTION("a removed admin can no longer sign")
    {
        LogBuilder b;
        b.add(MembershipOp::AddDevice, 0, 0);
        b.add(MembershipOp::AddDevice, 1, 0);
        b.add(MembershipOp::GrantAdmin, 1, 0);
        b.add(MembershipOp::RemoveDevice, 1, 0);
        b.add(MembershipOp::AddDevice, 2, 1);
        CHECK(failure(b).startsWith(QLatin1String("membership entry 5: signer is not an admin")));
    }
    SECTION("removing the last admin")
    {
        LogBuilder b;
        b.add(MembershipOp::AddDevice, 0, 0);
        b.add(MembershipOp::AddDevice, 1, 0);
        b.add(MembershipOp::RemoveDevice, 0, 0);
        CHECK(failure(b) == QLatin1String("membership entry 3: removes the last admin"));
    }
    SECTION("a rotation without its key commitment")
    {
        LogBuilder b;
        b.add(MembershipOp::AddDevice, 0, 0);
        auto rotate = b.next(MembershipOp::RotateEpoch, 0, 0);
        rotate.epoch = 2; // keyCommit left empty
        b.push(rotate, 0);
        CHECK(failure(b).startsWith(QLatin1String("membership entry 2: ")));
    }
    SECTION("broken chain")
    {
        LogBuilder b;
        b.add(MembershipOp::AddDevice, 0, 0);
        b.add(MembershipOp::AddDevice, 1, 0);
        b.head = MembershipEntryData::zeroHash();
        b.add(MembershipOp::AddDevice, 2, 0);
        CHECK(failure(b).startsWith(QLatin1String("membership entry 3: broken chain")));
    }
    SECTION("index gap and withheld entries")
    {
        LogBuilder b;
        b.add(MembershipOp::AddDevice, 0, 0);
        b.add(MembershipOp::AddDevice, 1, 0);
        b.add(MembershipOp::AddDevice, 2, 0);
        b.entries.removeAt(1);
        CHECK(failure(b).startsWith(QLatin1String("membership entry 2: index gap")));
    }
    SECTION("genesis signed by someone else, or adding a member")
    {
        LogBuilder b;
        auto e = b.next(MembershipOp::AddDevice, 0, 1);
        b.push(e, 1);
        CHECK(failure(b).startsWith(QLatin1String("membership entry 1: genesis")));
    }
    SECTION("an entry of another space")
    {
        LogBuilder b;
        b.add(MembershipOp::AddDevice, 0, 0);
        const auto r = MembershipLog::verify(QByteArray(16, 'x'), b.entries);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().detail == QLatin1String("membership entry 1: belongs to another space"));
    }
    SECTION("a non-canonical encoding")
    {
        LogBuilder b;
        b.add(MembershipOp::AddDevice, 0, 0);
        QCborMap m = QCborValue::fromCbor(b.entries[0]).toMap();
        m.insert(99, 1);
        b.entries[0] = QCborValue(m).toCbor();
        CHECK(failure(b).contains(QLatin1String("canonical")));
    }
}
