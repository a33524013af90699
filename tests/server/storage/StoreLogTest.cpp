#include "StoreTestSupport.h"

#include "protocol/LogChain.h"

using namespace lintas;
using namespace lintas::server;
using namespace lintas::test::storage;

namespace {

std::unique_ptr<ServerStore> storeWithSpace(test::TempDir &dir)
{
    auto store = openFresh(dir);
    REQUIRE(store->createSpace(spaceId(1), QStringLiteral("LBH Lampung"), 1000).ok());
    return store;
}

} // namespace

TEST_CASE("append numbers records 1..n without gaps and acknowledges in order", "[server-store][log]")
{
    test::TempDir dir;
    auto store = storeWithSpace(dir);
    auto first = store->append(spaceId(1), deviceId(1), {item(1, 1), item(2, 2), item(3, 3)}, 5000);
    REQUIRE(first.ok());
    REQUIRE(first->size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(first->at(i).outcome == PushOutcome::Stored);
        CHECK(first->at(i).seq == i + 1);
    }
    auto second = store->append(spaceId(1), deviceId(2), {item(10, 1), item(11, 2)}, 5001);
    REQUIRE(second.ok());
    CHECK(second->at(0).seq == 4);
    CHECK(second->at(1).seq == 5);
    CHECK(store->head(spaceId(1)).value().seq == 5);

    auto empty = store->append(spaceId(1), deviceId(2), {}, 5002);
    REQUIRE(empty.ok());
    CHECK(empty->isEmpty());
    CHECK(store->head(spaceId(1)).value().seq == 5);

    auto records = store->read(spaceId(1), 0, 100, 1 << 20);
    REQUIRE(records.ok());
    REQUIRE(records->size() == 5);
    CHECK(records->at(0).deviceId == deviceId(1));
    CHECK(records->at(0).envelope == envelope(1));
    CHECK(records->at(3).deviceId == deviceId(2));
    CHECK(records->at(3).envelope == envelope(10));

    // A second space numbers on its own.
    REQUIRE(store->createSpace(spaceId(2), QStringLiteral("SBMI"), 1001).ok());
    auto other = store->append(spaceId(2), deviceId(1), {item(1, 4)}, 5003);
    REQUIRE(other.ok());
    CHECK(other->at(0).outcome == PushOutcome::Stored); // change ids are per space
    CHECK(other->at(0).seq == 1);
}

TEST_CASE("a repeated change id is a Duplicate with the same bytes and a Mismatch with others", "[server-store][log]")
{
    test::TempDir dir;
    auto store = storeWithSpace(dir);
    REQUIRE(store->addDevice(deviceRecord(1)).ok());
    appendRecords(*store, spaceId(1), deviceId(1), 1, 3);
    const LogHead before = store->head(spaceId(1)).value();

    // A retried push: same change, same bytes.
    auto retried = store->append(spaceId(1), deviceId(1), {item(2, 2), item(4, 4)}, 6000);
    REQUIRE(retried.ok());
    REQUIRE(retried->size() == 2);
    CHECK(retried->at(0).outcome == PushOutcome::Duplicate);
    CHECK(retried->at(0).seq == 2);
    CHECK(retried->at(1).outcome == PushOutcome::Stored);
    CHECK(retried->at(1).seq == 4);
    CHECK(store->device(deviceId(1)).value().flags == 0u);

    // The same change id twice in one batch: the second is a duplicate of the first.
    PushItem twiceA = item(5, 5);
    PushItem twiceB = item(5, 5);
    PushItem changed = item(5, 5);
    changed.envelope = envelope(99);
    auto batch = store->append(spaceId(1), deviceId(1), {twiceA, item(6, 6), twiceB, changed}, 6001);
    REQUIRE(batch.ok());
    REQUIRE(batch->size() == 4);
    CHECK(batch->at(0).outcome == PushOutcome::Stored);
    CHECK(batch->at(0).seq == 5);
    CHECK(batch->at(1).outcome == PushOutcome::Stored);
    CHECK(batch->at(1).seq == 6);
    CHECK(batch->at(2).outcome == PushOutcome::Duplicate);
    CHECK(batch->at(2).seq == 5);
    CHECK(batch->at(3).outcome == PushOutcome::Mismatch);
    CHECK(batch->at(3).seq == 5);

    // Different bytes under a stored change id: refused, the device flagged, nothing stored.
    PushItem tampered = item(1, 1);
    tampered.envelope = envelope(1) + QByteArray("x");
    auto mismatch = store->append(spaceId(1), deviceId(1), {tampered}, 6002);
    REQUIRE(mismatch.ok());
    CHECK(mismatch->at(0).outcome == PushOutcome::Mismatch);
    CHECK(mismatch->at(0).seq == 1);
    CHECK(store->head(spaceId(1)).value().seq == 6);
    CHECK((store->device(deviceId(1)).value().flags & DeviceFlag::BytesMismatch) != 0u);
    auto records = store->read(spaceId(1), 0, 100, 1 << 20);
    REQUIRE(records.ok());
    REQUIRE(records->size() == 6);
    CHECK(records->at(0).envelope == envelope(1));
    CHECK(records->at(4).envelope == envelope(5));
    CHECK(before.seq == 3);
}

TEST_CASE("append to an unknown space is NotFound and stores nothing", "[server-store][log]")
{
    test::TempDir dir;
    auto store = storeWithSpace(dir);
    auto acks = store->append(spaceId(7), deviceId(1), {item(1, 1), item(2, 2)}, 7000);
    REQUIRE_FALSE(acks.ok());
    CHECK(codeName(acks.code()) == codeName(ErrorCode::NotFound));
    CHECK(store->read(spaceId(7), 0, 10, 1000).code() == ErrorCode::NotFound);
    CHECK(store->chainAt(spaceId(7), 0).code() == ErrorCode::NotFound);
    CHECK(store->lastDeviceSeq(spaceId(7), deviceId(1)).code() == ErrorCode::NotFound);
    // The change ids are free: the same items go to the real space as new records.
    auto real = store->append(spaceId(1), deviceId(1), {item(1, 1), item(2, 2)}, 7001);
    REQUIRE(real.ok());
    CHECK(real->at(0).outcome == PushOutcome::Stored);
    CHECK(real->at(1).seq == 2);

    auto noChange = store->append(spaceId(1), deviceId(1), {PushItem {}}, 7002);
    REQUIRE_FALSE(noChange.ok());
    CHECK(codeName(noChange.code()) == codeName(ErrorCode::InvalidArgument));
    CHECK(store->head(spaceId(1)).value().seq == 2);
}

TEST_CASE("read pages by record count and byte budget, always at least one record", "[server-store][log]")
{
    test::TempDir dir;
    auto store = storeWithSpace(dir);
    // Ten records of 100 bytes, then one of 1000 bytes.
    appendRecords(*store, spaceId(1), deviceId(1), 1, 10, 1, 100);
    appendRecords(*store, spaceId(1), deviceId(1), 11, 1, 11, 1000);

    auto byCount = store->read(spaceId(1), 0, 4, 1 << 20);
    REQUIRE(byCount.ok());
    REQUIRE(byCount->size() == 4);
    CHECK(byCount->at(0).seq == 1);
    CHECK(byCount->at(3).seq == 4);

    auto next = store->read(spaceId(1), 4, 4, 1 << 20);
    REQUIRE(next.ok());
    REQUIRE(next->size() == 4);
    CHECK(next->at(0).seq == 5);

    auto byBytes = store->read(spaceId(1), 0, 100, 350); // 3 × 100 fit, the 4th would make 400
    REQUIRE(byBytes.ok());
    CHECK(byBytes->size() == 3);
    auto exact = store->read(spaceId(1), 0, 100, 300);
    REQUIRE(exact.ok());
    CHECK(exact->size() == 3);

    auto big = store->read(spaceId(1), 10, 100, 500); // the 1000-byte record alone exceeds the budget
    REQUIRE(big.ok());
    REQUIRE(big->size() == 1);
    CHECK(big->at(0).seq == 11);
    CHECK(big->at(0).envelope.size() == 1000);

    auto stops = store->read(spaceId(1), 8, 100, 500); // 9, 10 fit; 11 would go over
    REQUIRE(stops.ok());
    REQUIRE(stops->size() == 2);
    CHECK(stops->at(1).seq == 10);

    auto zeroBudget = store->read(spaceId(1), 0, 100, 0);
    REQUIRE(zeroBudget.ok());
    CHECK(zeroBudget->size() == 1);

    auto atHead = store->read(spaceId(1), 11, 100, 1 << 20);
    REQUIRE(atHead.ok());
    CHECK(atHead->isEmpty());

    CHECK(store->read(spaceId(1), 0, 0, 100).code() == ErrorCode::InvalidArgument);
}

TEST_CASE("chain values equal LogChain recomputed over the envelopes", "[server-store][log]")
{
    test::TempDir dir;
    auto store = storeWithSpace(dir);
    appendRecords(*store, spaceId(1), deviceId(1), 1, 4);
    appendRecords(*store, spaceId(1), deviceId(2), 20, 3, 1, 300);
    PushItem empty = item(40, 4);
    empty.envelope = QByteArray();
    REQUIRE(store->append(spaceId(1), deviceId(1), {empty}, 1).ok());

    auto records = store->read(spaceId(1), 0, 100, 1 << 20);
    REQUIRE(records.ok());
    REQUIRE(records->size() == 8);
    CHECK(records->at(7).envelope.isEmpty());

    auto zero = store->chainAt(spaceId(1), 0);
    REQUIRE(zero.ok());
    CHECK(*zero == protocol::LogChain::genesis());
    QByteArray chain = protocol::LogChain::genesis();
    for (const LogRecord &record : *records) {
        chain = protocol::LogChain::next(chain, record.envelope);
        auto stored = store->chainAt(spaceId(1), record.seq);
        REQUIRE(stored.ok());
        CHECK(stored->toHex() == chain.toHex());
    }
    auto head = store->head(spaceId(1));
    REQUIRE(head.ok());
    CHECK(head->seq == 8);
    CHECK(head->chain.toHex() == chain.toHex());
    auto spaces = store->spaces();
    REQUIRE(spaces.ok());
    CHECK(spaces->at(0).head.chain == chain);

    auto beyond = store->chainAt(spaceId(1), 9);
    REQUIRE_FALSE(beyond.ok());
    CHECK(codeName(beyond.code()) == codeName(ErrorCode::NotFound));
    CHECK(store->chainAt(spaceId(1), -1).code() == ErrorCode::InvalidArgument);
}

TEST_CASE("lastDeviceSeq is the highest device_seq a device has in the space", "[server-store][log]")
{
    test::TempDir dir;
    auto store = storeWithSpace(dir);
    CHECK(store->lastDeviceSeq(spaceId(1), deviceId(1)).value() == 0);
    appendRecords(*store, spaceId(1), deviceId(1), 1, 3, 1);
    appendRecords(*store, spaceId(1), deviceId(2), 10, 5, 40);
    appendRecords(*store, spaceId(1), deviceId(1), 20, 2, 4);
    CHECK(store->lastDeviceSeq(spaceId(1), deviceId(1)).value() == 5);
    CHECK(store->lastDeviceSeq(spaceId(1), deviceId(2)).value() == 44);
    CHECK(store->lastDeviceSeq(spaceId(1), deviceId(3)).value() == 0);
    REQUIRE(store->createSpace(spaceId(2), QString(), 1).ok());
    CHECK(store->lastDeviceSeq(spaceId(2), deviceId(1)).value() == 0);
}
