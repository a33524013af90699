#include "StoreTestSupport.h"

using namespace lintas;
using namespace lintas::server;
using namespace lintas::test::storage;

namespace {

MembershipEntry entry(qint64 index)
{
    return {index, QByteArray("signed entry ") + QByteArray::number(index), QByteArray(32, static_cast<char>(index))};
}

InviteRecord inviteRecord(int n, const QByteArray &space)
{
    return {id('I', n), space, QByteArray(32, 'v'), QStringLiteral("member"), deviceId(1), 100, 200, 0, {}};
}

} // namespace

TEST_CASE("devices: add once, read back, OR in flags, revoke once", "[server-store][access]")
{
    test::TempDir dir;
    auto store = openFresh(dir);
    const DeviceRecord d = deviceRecord(1);
    REQUIRE(store->addDevice(d).ok());
    auto again = store->addDevice(deviceRecord(1));
    REQUIRE_FALSE(again.ok());
    CHECK(codeName(again.code()) == codeName(ErrorCode::AlreadyExists));

    auto read = store->device(d.deviceId);
    REQUIRE(read.ok());
    CHECK(read->deviceId == d.deviceId);
    CHECK(read->signKey == d.signKey);
    CHECK(read->boxKey == d.boxKey);
    CHECK(read->label == d.label);
    CHECK(read->createdAt == d.createdAt);
    CHECK(read->revokedAt == 0);
    CHECK(read->flags == 0u);
    CHECK(store->device(deviceId(2)).code() == ErrorCode::NotFound);

    REQUIRE(store->addDeviceFlags(d.deviceId, DeviceFlag::ClockAhead).ok());
    REQUIRE(store->addDeviceFlags(d.deviceId, DeviceFlag::SeqReused | DeviceFlag::ClockAhead).ok());
    CHECK(store->device(d.deviceId).value().flags == (DeviceFlag::ClockAhead | DeviceFlag::SeqReused));
    CHECK(store->addDeviceFlags(deviceId(2), DeviceFlag::ClockAhead).code() == ErrorCode::NotFound);

    REQUIRE(store->revokeDevice(d.deviceId, 5000).ok());
    REQUIRE(store->revokeDevice(d.deviceId, 6000).ok());
    CHECK(store->device(d.deviceId).value().revokedAt == 5000); // the first revocation counts
    CHECK(store->revokeDevice(deviceId(2), 5000).code() == ErrorCode::NotFound);

    DeviceRecord unlabelled = deviceRecord(3);
    unlabelled.label = QString();
    REQUIRE(store->addDevice(unlabelled).ok());
    CHECK(store->device(deviceId(3)).value().label.isEmpty());
}

TEST_CASE("membership: entries append in index order, a taken index changes nothing", "[server-store][access]")
{
    test::TempDir dir;
    auto store = openFresh(dir);
    REQUIRE(store->createSpace(spaceId(1), QStringLiteral("LBH"), 1).ok());
    REQUIRE(store->createSpace(spaceId(2), QStringLiteral("SBMI"), 2).ok());

    REQUIRE(store->appendMembership(spaceId(1), entry(1), {{deviceId(1), QStringLiteral("admin")}}).ok());
    REQUIRE(store
                ->appendMembership(spaceId(1), entry(2),
                    {{deviceId(2), QStringLiteral("member")}, {deviceId(3), QStringLiteral("member")}})
                .ok());
    CHECK(store->memberRole(spaceId(1), deviceId(1)).value() == QStringLiteral("admin"));
    CHECK(store->memberRole(spaceId(1), deviceId(2)).value() == QStringLiteral("member"));

    // Another admin got there first: index 2 is taken. Neither the log nor the members change.
    auto conflict = store->appendMembership(
        spaceId(1), entry(2), {{deviceId(2), QString()}, {deviceId(4), QStringLiteral("admin")}});
    REQUIRE_FALSE(conflict.ok());
    CHECK(codeName(conflict.code()) == codeName(ErrorCode::AlreadyExists));
    CHECK(store->memberRole(spaceId(1), deviceId(2)).value() == QStringLiteral("member"));
    CHECK(store->memberRole(spaceId(1), deviceId(4)).value().isEmpty());
    auto stale = store->appendMembership(spaceId(1), entry(1), {{deviceId(5), QStringLiteral("member")}});
    CHECK(stale.code() == ErrorCode::AlreadyExists);
    auto gap = store->appendMembership(spaceId(1), entry(4), {{deviceId(5), QStringLiteral("member")}});
    CHECK(codeName(gap.code()) == codeName(ErrorCode::InvalidArgument));
    CHECK(store->memberRole(spaceId(1), deviceId(5)).value().isEmpty());
    CHECK(store->appendMembership(spaceId(1), entry(3), {{deviceId(5), QStringLiteral("owner")}}).code()
        == ErrorCode::InvalidArgument);
    CHECK(store->appendMembership(spaceId(9), entry(1), {}).code() == ErrorCode::NotFound);

    // Upgrade, then removal.
    REQUIRE(store->appendMembership(spaceId(1), entry(3), {{deviceId(2), QStringLiteral("admin")}}).ok());
    CHECK(store->memberRole(spaceId(1), deviceId(2)).value() == QStringLiteral("admin"));
    REQUIRE(store->appendMembership(spaceId(1), entry(4), {{deviceId(2), QString()}}).ok());
    CHECK(store->memberRole(spaceId(1), deviceId(2)).value().isEmpty());
    // An entry that changes no member (rotate epoch) is still kept.
    REQUIRE(store->appendMembership(spaceId(1), entry(5), {}).ok());

    auto all = store->membership(spaceId(1), 0);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 5);
    for (int i = 0; i < 5; ++i) {
        CHECK(all->at(i).index == i + 1);
        CHECK(all->at(i).entry == entry(i + 1).entry);
        CHECK(all->at(i).hash == entry(i + 1).hash);
    }
    auto tail = store->membership(spaceId(1), 3);
    REQUIRE(tail.ok());
    REQUIRE(tail->size() == 2);
    CHECK(tail->at(0).index == 4);
    CHECK(store->membership(spaceId(2), 0).value().isEmpty());

    // Membership logs are per space.
    REQUIRE(store->appendMembership(spaceId(2), entry(1), {{deviceId(1), QStringLiteral("member")}}).ok());
    CHECK(store->memberRole(spaceId(2), deviceId(1)).value() == QStringLiteral("member"));
    CHECK(store->memberRole(spaceId(1), deviceId(1)).value() == QStringLiteral("admin"));

    auto ofOne = store->spacesOf(deviceId(1));
    REQUIRE(ofOne.ok());
    REQUIRE(ofOne->size() == 2);
    CHECK(ofOne->contains(spaceId(1)));
    CHECK(ofOne->contains(spaceId(2)));
    CHECK(store->spacesOf(deviceId(2)).value().isEmpty()); // removed
    CHECK(store->spacesOf(deviceId(3)).value() == QVector<QByteArray> {spaceId(1)});
    CHECK(store->spacesOf(deviceId(8)).value().isEmpty());
}

TEST_CASE("invites: stored once, used once", "[server-store][access]")
{
    test::TempDir dir;
    auto store = openFresh(dir);
    REQUIRE(store->createSpace(spaceId(1), QStringLiteral("LBH"), 1).ok());
    const InviteRecord inv = inviteRecord(1, spaceId(1));
    REQUIRE(store->addInvite(inv).ok());
    CHECK(store->addInvite(inv).code() == ErrorCode::AlreadyExists);
    CHECK(store->addInvite(inviteRecord(2, spaceId(9))).code() == ErrorCode::NotFound);

    InviteRecord byServer = inviteRecord(3, spaceId(1));
    byServer.createdBy = QByteArray();
    byServer.role = QStringLiteral("admin");
    REQUIRE(store->addInvite(byServer).ok());
    auto first = store->invite(byServer.inviteId);
    REQUIRE(first.ok());
    CHECK(first->createdBy.isEmpty());
    CHECK(first->role == QStringLiteral("admin"));

    auto read = store->invite(inv.inviteId);
    REQUIRE(read.ok());
    CHECK(read->spaceId == spaceId(1));
    CHECK(read->verifyKey == inv.verifyKey);
    CHECK(read->role == QStringLiteral("member"));
    CHECK(read->createdBy == deviceId(1));
    CHECK(read->createdAt == 100);
    CHECK(read->expiresAt == 200);
    CHECK(read->usedAt == 0);
    CHECK(read->usedBy.isEmpty());

    REQUIRE(store->useInvite(inv.inviteId, deviceId(7), 150).ok());
    auto second = store->useInvite(inv.inviteId, deviceId(8), 160);
    REQUIRE_FALSE(second.ok());
    CHECK(codeName(second.code()) == codeName(ErrorCode::AlreadyExists));
    auto used = store->invite(inv.inviteId);
    REQUIRE(used.ok());
    CHECK(used->usedAt == 150);
    CHECK(used->usedBy == deviceId(7));
    CHECK(store->useInvite(id('I', 9), deviceId(7), 150).code() == ErrorCode::NotFound);
    CHECK(store->invite(id('I', 9)).code() == ErrorCode::NotFound);
}

TEST_CASE("key wraps: one per space, epoch and device, putting it again replaces it", "[server-store][access]")
{
    test::TempDir dir;
    auto store = openFresh(dir);
    REQUIRE(store->createSpace(spaceId(1), QStringLiteral("LBH"), 1).ok());
    REQUIRE(store->putKeyWrap({spaceId(1), 2, deviceId(1), QByteArray("sealed-e2"), 20}).ok());
    REQUIRE(store->putKeyWrap({spaceId(1), 1, deviceId(1), QByteArray("sealed-e1"), 10}).ok());
    REQUIRE(store->putKeyWrap({spaceId(1), 1, deviceId(2), QByteArray("other-device"), 10}).ok());
    REQUIRE(store->putKeyWrap({spaceId(1), 1, deviceId(1), QByteArray("sealed-e1-again"), 30}).ok());
    CHECK(store->putKeyWrap({spaceId(9), 1, deviceId(1), QByteArray("x"), 1}).code() == ErrorCode::NotFound);

    auto wraps = store->keyWraps(spaceId(1), deviceId(1));
    REQUIRE(wraps.ok());
    REQUIRE(wraps->size() == 2);
    CHECK(wraps->at(0).epoch == 1u);
    CHECK(wraps->at(0).sealed == QByteArray("sealed-e1-again"));
    CHECK(wraps->at(0).createdAt == 30);
    CHECK(wraps->at(0).spaceId == spaceId(1));
    CHECK(wraps->at(0).deviceId == deviceId(1));
    CHECK(wraps->at(1).epoch == 2u);
    CHECK(wraps->at(1).sealed == QByteArray("sealed-e2"));
    CHECK(store->keyWraps(spaceId(1), deviceId(2)).value().size() == 1);
    CHECK(store->keyWraps(spaceId(1), deviceId(3)).value().isEmpty());
}
