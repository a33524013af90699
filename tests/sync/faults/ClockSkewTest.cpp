// SYNC.md test 7: laptops with clocks a year ahead, five years behind, and a clock jumping back
// mid-session edit and sync with a laptop whose clock is right. Nobody is stranded, no HLC ever
// decreases, and a record more than 24 h ahead of the receiver's corrected time is quarantined
// while the rest flows.

#include "Laptops.h"

#include "store/Database.h"
#include "sync/Hlc.h"

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
constexpr qint64 kYear = 365 * kDay;
enum { Right = 0, Ahead = 1, Behind = 2 };

// Every laptop's last HLC, checked never to go down between two looks.
struct HlcWatch {
    test::Laptops &net;
    std::vector<qint64> last = std::vector<qint64>(3, 0);

    void check()
    {
        for (int i = 0; i < 3; ++i) {
            const qint64 now = net.scalar(i, QStringLiteral("SELECT last_hlc FROM device_state"));
            INFO("laptop " << i);
            CHECK(now >= last[std::size_t(i)]);
            last[std::size_t(i)] = now;
            // The outbox agrees: stamps grow with device_seq.
            CHECK(net.scalar(i,
                      QStringLiteral("SELECT count(*) FROM outbox a JOIN outbox b ON b.device_seq = a.device_seq + 1 "
                                     "WHERE b.hlc <= a.hlc"))
                == 0);
        }
    }
};

domain::Case caseOf(test::WorkspaceFixture &l, const QString &id)
{
    auto c = l.ws->cases().get(id);
    REQUIRE(c.ok());
    return *c;
}

void syncAll(test::Laptops &net, HlcWatch &watch)
{
    for (int round = 0; round < 2; ++round)
        for (int i : {Right, Ahead, Behind}) {
            const auto o = net.sync(i);
            INFO("laptop " << i << ": " << o.detail.toStdString());
            CHECK(o.ok()); // nobody stranded
            watch.check();
        }
}

} // namespace

TEST_CASE("after their first sync, laptops a year ahead and five years behind stamp with corrected time: edits "
          "flow and the later edit wins",
    "[sync][faults][clock]")
{
    test::Laptops net(3);
    HlcWatch watch {net};
    auto &right = net.laptop(Right);
    const auto client = right.addClient(QStringLiteral("Siti Aminah"));
    const auto kase = right.addCase(client.id);
    net.laptop(Ahead).clock.advanceMs(kYear);
    net.laptop(Behind).clock.advanceMs(-5 * kYear);
    syncAll(net, watch);
    CHECK(std::abs(net.scalar(Ahead, QStringLiteral("SELECT clock_offset_ms FROM device_state")) + kYear) < kDay);
    CHECK(std::abs(net.scalar(Behind, QStringLiteral("SELECT clock_offset_ms FROM device_state")) - 5 * kYear) < kDay);

    // In real order: the laptop from the future edits, then the one from the past, then the
    // right one edits another field. Each later edit must win its field, whatever the clocks say.
    auto a = caseOf(net.laptop(Ahead), kase.id);
    a.risk = QStringLiteral("low");
    a.demands = QStringLiteral("Dari laptop 2027");
    REQUIRE(net.laptop(Ahead).ws->cases().update(a).ok());
    for (auto &l : net.laptops)
        l->clock.advanceMs(60'000);
    auto b = caseOf(net.laptop(Behind), kase.id);
    b.risk = QStringLiteral("high");
    REQUIRE(net.laptop(Behind).ws->cases().update(b).ok());
    for (auto &l : net.laptops)
        l->clock.advanceMs(60'000);
    auto r = caseOf(right, kase.id);
    r.title = QStringLiteral("Paspor ditahan");
    REQUIRE(right.ws->cases().update(r).ok());
    watch.check();

    syncAll(net, watch);
    CHECK((net.dump(Right) == net.dump(Ahead)));
    CHECK((net.dump(Right) == net.dump(Behind)));
    CHECK(caseOf(right, kase.id).risk == QStringLiteral("high")); // the five-years-behind laptop's later edit
    CHECK(caseOf(right, kase.id).demands == QStringLiteral("Dari laptop 2027"));
    CHECK(caseOf(right, kase.id).title == QStringLiteral("Paspor ditahan"));
    for (int i : {Right, Ahead, Behind}) {
        CHECK(net.scalar(i, QStringLiteral("SELECT count(*) FROM sync_quarantine")) == 0);
        // No HLC followed a wrong clock.
        CHECK(sync::Hlc::fromRaw(net.scalar(i, QStringLiteral("SELECT last_hlc FROM device_state"))).ms()
            < net.server.clock.nowMs() + kDay);
    }
}

TEST_CASE("a clock jumping back mid-session never takes the HLC back, and edits made after the jump still flow",
    "[sync][faults][clock]")
{
    test::Laptops net(3);
    HlcWatch watch {net};
    auto &right = net.laptop(Right);
    const auto client = right.addClient(QStringLiteral("Wartini"));
    const auto kase = right.addCase(client.id);
    syncAll(net, watch);

    // Laptop 1's clock jumps back two hours (a dead CMOS battery, a time zone set wrong) just
    // after laptop 2 edited the case; laptop 1 then edits the same field, later in real time.
    auto other = caseOf(net.laptop(Behind), kase.id);
    other.risk = QStringLiteral("medium");
    REQUIRE(net.laptop(Behind).ws->cases().update(other).ok());
    REQUIRE(net.sync(Behind).ok());
    REQUIRE(net.sync(Ahead).ok()); // laptop 1 has seen laptop 2's edit
    const qint64 hlcBefore = net.scalar(Ahead, QStringLiteral("SELECT last_hlc FROM device_state"));
    net.laptop(Ahead).clock.advanceMs(-2 * 3600 * 1000);
    auto mine = caseOf(net.laptop(Ahead), kase.id);
    mine.risk = QStringLiteral("critical");
    REQUIRE(net.laptop(Ahead).ws->cases().update(mine).ok());
    CHECK(net.scalar(Ahead, QStringLiteral("SELECT last_hlc FROM device_state")) > hlcBefore);
    watch.check();

    syncAll(net, watch);
    CHECK((net.dump(Right) == net.dump(Ahead)));
    CHECK((net.dump(Right) == net.dump(Behind)));
    // It saw laptop 2's value before replacing it: a plain successor, kept everywhere, no conflict.
    CHECK(caseOf(right, kase.id).risk == QStringLiteral("critical"));
    CHECK(right.db->scalar(QStringLiteral("SELECT count(*) FROM conflicts")).value().toInt() == 0);
}

TEST_CASE("a record stamped far ahead is quarantined by everyone, and everything else keeps flowing",
    "[sync][faults][clock][quarantine]")
{
    test::Laptops net(3);
    HlcWatch watch {net};
    // Laptop 1 has never talked to a server and its clock says next year.
    net.laptop(Ahead).clock.advanceMs(kYear);
    const auto early = net.laptop(Ahead).addClient(QStringLiteral("Dari Masa Depan"));
    const auto past = net.laptop(Behind).addClient(QStringLiteral("Dari Masa Lalu"));
    net.laptop(Behind).clock.advanceMs(-5 * kYear); // behind from here on, before its first sync
    const auto older = net.laptop(Behind).addClient(QStringLiteral("Lima Tahun Lalu"));
    const auto now = net.laptop(Right).addClient(QStringLiteral("Sekarang"));
    syncAll(net, watch);

    for (int i : {Right, Behind}) {
        INFO("laptop " << i);
        CHECK(net.laptop(i).ws->clients().get(now.id).ok());
        CHECK(net.laptop(i).ws->clients().get(past.id).ok());
        CHECK(net.laptop(i).ws->clients().get(older.id).ok()); // behind is fine: it only ever loses ties
        CHECK_FALSE(net.laptop(i).ws->clients().get(early.id).ok());
        CHECK(net.scalar(i, QStringLiteral("SELECT count(*) FROM sync_quarantine WHERE reason = 'clock_ahead'")) >= 1);
        CHECK(sync::Hlc::fromRaw(net.scalar(i, QStringLiteral("SELECT last_hlc FROM device_state"))).ms()
            < net.server.clock.nowMs() + kDay);
    }
    CHECK(net.laptop(Ahead).ws->clients().get(now.id).ok()); // the laptop from the future is not stranded either
}

// SYNC.md: "Unpushed changes made under a badly wrong clock are re-stamped (order preserved)
// before they are first sent." Until that exists, a laptop that wrote with its clock a year ahead
// keeps an HLC a year ahead, so everything it writes afterwards is also quarantined by everyone:
// it is stranded. Marked to fail until re-stamping lands (then remove [!shouldfail]).
TEST_CASE("a laptop that wrote with its clock a year ahead before its first sync is not stranded",
    "[sync][faults][clock][!shouldfail]")
{
    test::Laptops net(3);
    HlcWatch watch {net};
    net.laptop(Ahead).clock.advanceMs(kYear);
    const auto early = net.laptop(Ahead).addClient(QStringLiteral("Dari Masa Depan"));
    syncAll(net, watch);
    const auto later = net.laptop(Ahead).addClient(QStringLiteral("Sesudah Sinkron"));
    syncAll(net, watch);
    for (int i : {Right, Behind}) {
        INFO("laptop " << i);
        CHECK(net.laptop(i).ws->clients().get(early.id).ok());
        CHECK(net.laptop(i).ws->clients().get(later.id).ok());
        CHECK(net.scalar(i, QStringLiteral("SELECT count(*) FROM sync_quarantine")) == 0);
    }
    CHECK((net.dump(Right) == net.dump(Ahead)));
}
