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

TEST_CASE("a sync reply round-trips; the idle answer is tiny", "[protocol][messages]")
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
