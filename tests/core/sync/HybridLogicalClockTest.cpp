#include "sync/HybridLogicalClock.h"
#include "base/Clock.h"
#include "sync/Change.h"

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::sync;

TEST_CASE("HLC packs milliseconds and counter and orders like the pair", "[hlc]")
{
    const Hlc a = Hlc::from(1000, 5);
    CHECK(a.ms() == 1000);
    CHECK(a.counter() == 5);
    CHECK(Hlc::from(1000, 6) > a);
    CHECK(Hlc::from(1001, 0) > Hlc::from(1000, 65535));
    bool ok = false;
    CHECK(Hlc::parse(a.toString(), &ok) == a);
    CHECK(ok);
}

TEST_CASE("HLC never decreases when the wall clock jumps backwards", "[hlc]")
{
    ManualClock clock(10'000);
    HybridLogicalClock hlc(clock);
    const Hlc t1 = hlc.tick();
    CHECK(t1 == Hlc::from(10'000, 0));
    clock.setMs(5'000); // CMOS battery died, clock reset
    const Hlc t2 = hlc.tick();
    CHECK(t2 > t1);
    CHECK(t2 == Hlc::from(10'000, 1));
    clock.setMs(20'000);
    CHECK(hlc.tick() == Hlc::from(20'000, 0));
}

TEST_CASE("HLC counter overflow borrows the next millisecond instead of failing", "[hlc]")
{
    ManualClock clock(50);
    HybridLogicalClock hlc(clock, Hlc::from(50, 65534));
    CHECK(hlc.tick() == Hlc::from(50, 65535));
    const Hlc next = hlc.tick();
    CHECK(next == Hlc::from(51, 0));
    CHECK(hlc.tick() == Hlc::from(51, 1));
}

TEST_CASE("HLC observes remote timestamps and orders later local events after them", "[hlc]")
{
    ManualClock clock(1'000);
    HybridLogicalClock hlc(clock);
    hlc.observe(Hlc::from(9'000, 3));
    CHECK(hlc.tick() == Hlc::from(9'000, 4));
    hlc.raiseTo(Hlc::from(100, 0)); // older persisted value never lowers it
    CHECK(hlc.tick() == Hlc::from(9'000, 5));
}

TEST_CASE("HLC applies the corrected-time offset", "[hlc]")
{
    ManualClock clock(1'000'000);
    HybridLogicalClock hlc(clock);
    hlc.setOffsetMs(3'600'000);
    CHECK(hlc.tick().ms() == 4'600'000);
}

TEST_CASE("change payload round-trips through the outbox encoding", "[change]")
{
    Change c;
    c.changeId = QStringLiteral("abc");
    c.deviceId = QStringLiteral("dev1");
    c.deviceSeq = 7;
    c.hlc = Hlc::from(123456789, 2);
    c.entity = QStringLiteral("case");
    c.entityId = QStringLiteral("c1");
    c.op = Change::upsertOp();
    c.fields.insert(QStringLiteral("title"), QStringLiteral("Gaji — tidak dibayar ✓"));
    c.fields.insert(QStringLiteral("safety_flag"), qint64(1));
    c.fields.insert(QStringLiteral("closed_on"), QVariant());
    c.prev.insert(QStringLiteral("title"), Hlc::from((qint64(1) << 46) + 5, 65535)); // beyond 2^53 as raw
    c.adds.push_back({QStringLiteral("case_types"), QStringLiteral("unpaid_wages"), QStringLiteral("abc")});
    c.removes.push_back(
        {QStringLiteral("tags"), QStringLiteral("urgent"), {QStringLiteral("t1"), QStringLiteral("t2")}});
    auto back = Change::fromOutbox(c.changeId, c.deviceSeq, c.hlc, c.entity, c.entityId, c.op, c.payloadJson());
    REQUIRE(back.ok());
    CHECK(back->deviceId == c.deviceId);
    CHECK(back->fields.value(QStringLiteral("title")).toString() == c.fields.value(QStringLiteral("title")).toString());
    CHECK(back->fields.value(QStringLiteral("safety_flag")).toLongLong() == 1);
    CHECK(back->fields.value(QStringLiteral("closed_on")).isNull());
    CHECK(back->prev.value(QStringLiteral("title")) == c.prev.value(QStringLiteral("title")));
    REQUIRE(back->adds.size() == 1);
    CHECK(back->adds[0].element == QStringLiteral("unpaid_wages"));
    REQUIRE(back->removes.size() == 1);
    CHECK(back->removes[0].tags == QStringList {QStringLiteral("t1"), QStringLiteral("t2")});

    CHECK_FALSE(Change::fromOutbox(c.changeId, 1, c.hlc, c.entity, c.entityId, c.op, QByteArray("{not json")).ok());
}
