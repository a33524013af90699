#include "protocol/SyncMessages.h"
#include "base/RandomSource.h"
#include "protocol/LogChain.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::protocol;

TEST_CASE("a sync request round-trips", "[protocol][messages]")
{
    SeededRandom random(1);
    SyncRequest r;
    r.spaceId = random.bytes(16);
    r.cursor = {random.bytes(16), 77, random.bytes(32)};
    r.push = {QByteArrayLiteral("one"), QByteArrayLiteral("two")};
    r.pullBytes = 16384;
    const auto back = SyncRequest::decode(r.encode());
    REQUIRE(back.ok());
    CHECK(back->spaceId == r.spaceId);
    CHECK(back->cursor == r.cursor);
    CHECK(back->push == r.push);
    CHECK(back->pullBytes == 16384);
}

TEST_CASE("a first sync request needs only the space and starts at the genesis", "[protocol][messages]")
{
    SyncRequest r;
    r.spaceId = QByteArray(16, 'S');
    const QByteArray bytes = r.encode();
    CHECK(bytes.size() < 24);
    const auto back = SyncRequest::decode(bytes);
    REQUIRE(back.ok());
    CHECK(back->cursor.seq == 0);
    CHECK(back->cursor.generation.isEmpty());
    CHECK(back->cursor.chain == LogChain::genesis());
}

TEST_CASE("a sync reply round-trips, the idle answer is tiny", "[protocol][messages]")
{
    SyncReply idle;
    idle.serverTime = 1'795'000'000'000;
    idle.headSeq = 120'345;
    const QByteArray idleBytes = idle.encode();
    CHECK(idleBytes.size() <= 20);

    SyncReply r;
    r.serverTime = 1'795'000'000'000;
    r.status = SyncStatus::Ok;
    r.acks = {{AckStatus::Stored, 10}, {AckStatus::Duplicate, 4}, {AckStatus::Rejected, 0}};
    r.records = {QByteArrayLiteral("env-a"), QByteArray()};
    r.headSeq = 12;
    r.generation = QByteArray(16, 'g');
    r.chain = QByteArray(32, 'c');
    r.token = QByteArray(56, 't');
    r.tokenExpiresAt = 1'795'000'007'200;
    r.deviceFlags = 1;
    const auto back = SyncReply::decode(r.encode());
    REQUIRE(back.ok());
    CHECK(back->acks.size() == 3);
    CHECK(back->acks.at(1).status == AckStatus::Duplicate);
    CHECK(back->acks.at(1).seq == 4);
    CHECK(back->records == r.records);
    CHECK(back->chain == r.chain);
    CHECK(back->token == r.token);
    CHECK(back->tokenExpiresAt == r.tokenExpiresAt);
    CHECK(back->deviceFlags == 1);
}

TEST_CASE("malformed messages are refused with InvalidArgument", "[protocol][messages]")
{
    CHECK(SyncRequest::decode(QByteArrayLiteral("not cbor at all")).code() == ErrorCode::InvalidArgument);
    CHECK(SyncRequest::decode(QCborValue(QCborMap {{1, 5}}).toCbor()).code() == ErrorCode::InvalidArgument);
    CHECK(SyncRequest::decode(QCborValue(QCborMap {{1, QByteArray(15, 's')}}).toCbor()).code()
        == ErrorCode::InvalidArgument);
    CHECK(SyncRequest::decode(QCborValue(QCborMap {{1, QByteArray(16, 's')}, {3, -1}}).toCbor()).code()
        == ErrorCode::InvalidArgument);
    CHECK(
        SyncReply::decode(QCborValue(QCborMap {{1, 5}, {2, 9}, {5, 0}}).toCbor()).code() == ErrorCode::InvalidArgument);
    CHECK(SyncReply::decode(QCborValue(QCborMap {{1, 5}, {4, QCborArray {QByteArray("r")}}, {5, 1}}).toCbor()).code()
        == ErrorCode::InvalidArgument); // records without a chain
    CHECK(TokenRequest::decode(QCborValue(QCborMap {{1, QByteArray(16, 'd')}, {2, QByteArray("c")}}).toCbor()).code()
        == ErrorCode::InvalidArgument);
}

TEST_CASE("the log chain depends on every record and its order", "[protocol][chain]")
{
    const QByteArray a = QByteArrayLiteral("a");
    const QByteArray b = QByteArrayLiteral("b");
    const QByteArray ab = LogChain::next(LogChain::next(LogChain::genesis(), a), b);
    const QByteArray ba = LogChain::next(LogChain::next(LogChain::genesis(), b), a);
    CHECK(ab.size() == LogChain::Bytes);
    CHECK(ab != ba);
    CHECK(ab == LogChain::next(LogChain::next(LogChain::genesis(), a), b));
    CHECK(LogChain::next(LogChain::genesis(), a) != LogChain::next(LogChain::genesis(), QByteArrayLiteral("A")));
}

namespace {

// What the messages were before they were written straight to bytes: a QCborMap built key by key
// in this order. Peers of older versions read exactly these bytes.
QByteArray asCborMap(std::initializer_list<std::pair<int, QCborValue>> entries)
{
    QCborMap m;
    for (const auto &[key, value] : entries)
        if (!value.isUndefined())
            m.insert(key, value);
    return QCborValue(m).toCbor();
}

QCborArray asArray(const QVector<QByteArray> &items)
{
    QCborArray a;
    for (const QByteArray &b : items)
        a.append(b);
    return a;
}

} // namespace

TEST_CASE("sync messages keep their bytes on the wire", "[protocol][messages]")
{
    SeededRandom random(3);
    SyncReply r;
    r.serverTime = 1'795'000'000'000;
    r.status = SyncStatus::Resync;
    r.acks = {{AckStatus::Stored, 70'000}, {AckStatus::Rejected, 0}};
    for (int i = 0; i < 40; ++i)
        r.records.push_back(random.bytes(i * 7)); // empty, short and longer than 255 bytes
    r.headSeq = 5'000'000'000LL;
    r.generation = random.bytes(16);
    r.chain = random.bytes(32);
    r.token = random.bytes(56);
    r.tokenExpiresAt = 1'795'000'007'200;
    r.deviceFlags = 5;
    r.membershipHead = 3;
    QCborArray acks;
    for (const Ack &a : std::as_const(r.acks))
        acks.append(QCborArray {static_cast<qint64>(a.status), a.seq});
    CHECK(r.encode()
        == asCborMap({{1, r.serverTime}, {2, 1}, {3, acks}, {4, asArray(r.records)}, {5, r.headSeq}, {6, r.generation},
            {7, r.chain}, {8, r.token}, {9, r.tokenExpiresAt}, {10, 5}, {11, 3}}));

    SyncReply idle;
    idle.serverTime = 1'795'000'000'000;
    idle.headSeq = 0;
    CHECK(idle.encode() == asCborMap({{1, idle.serverTime}, {5, 0}}));

    SyncRequest q;
    q.spaceId = random.bytes(16);
    q.cursor = {random.bytes(16), 300, random.bytes(32)};
    q.push = {random.bytes(250), QByteArray(), random.bytes(24)};
    q.pullBytes = 1 << 20;
    q.membershipIndex = 9;
    CHECK(q.encode()
        == asCborMap({{1, q.spaceId}, {2, q.cursor.generation}, {3, q.cursor.seq}, {4, q.cursor.chain},
            {5, asArray(q.push)}, {6, q.pullBytes}, {7, 9}}));
    SyncRequest first;
    first.spaceId = q.spaceId;
    CHECK(first.encode() == asCborMap({{1, first.spaceId}}));
}
