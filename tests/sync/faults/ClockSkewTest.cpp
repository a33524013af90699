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

// Every laptop's last HLC, checked never to go down between two looks (but for a stamp from the
// far future, see below).
struct HlcWatch {
    test::Laptops &net;
    std::vector<qint64> last = std::vector<qint64>(3, 0);

    void check()
    {
        for (int i = 0; i < 3; ++i) {
            const qint64 now = net.scalar(i, QStringLiteral("SELECT last_hlc FROM device_state"));
            INFO("laptop " << i);
            // The one way down (D25): a clock more than a day ahead left a stamp nobody accepts;
            // once the changes made with it are re-stamped it is dropped, or the laptop would
            // go on writing records everyone sets aside.
            const bool impossible = sync::Hlc::fromRaw(last[std::size_t(i)]).ms() > net.server.clock.nowMs() + kDay;
            CHECK((now >= last[std::size_t(i)] || impossible));
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

// Before their first sync the laptops do not know their clocks are wrong; the first reply tells
// them, and what they wrote is re-stamped before it is sealed (SYNC.md), so nothing is set aside.
// (A record sealed far ahead, which re-stamping can no longer change, is quarantined: sync-engine.)
TEST_CASE("laptops a year ahead and five years behind before their first sync: their records are re-stamped and "
          "reach everyone",
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

    for (int i : {Right, Ahead, Behind}) {
        INFO("laptop " << i);
        for (const auto &client : {now, past, older, early})
            CHECK(net.laptop(i).ws->clients().get(client.id).ok());
        CHECK(net.scalar(i, QStringLiteral("SELECT count(*) FROM sync_quarantine")) == 0);
        CHECK(sync::Hlc::fromRaw(net.scalar(i, QStringLiteral("SELECT last_hlc FROM device_state"))).ms()
            < net.server.clock.nowMs() + kDay);
    }
    CHECK((net.dump(Right) == net.dump(Ahead)));
    CHECK((net.dump(Right) == net.dump(Behind)));
}

// SYNC.md: "Unpushed changes made under a badly wrong clock are re-stamped (order preserved)
// before they are first sent." Without it, a laptop that wrote with its clock a year ahead kept an
// HLC a year ahead, so everything it wrote afterwards was quarantined by everyone: stranded.
TEST_CASE(
    "a laptop that wrote with its clock a year ahead before its first sync is not stranded", "[sync][faults][clock]")
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
