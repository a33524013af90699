#include "SyncDevices.h"

#include "store/Database.h"
#include "sync/ConflictLog.h"
#include "sync/Hlc.h"
#include "sync/OutboxReplay.h"

#include <catch2/catch.hpp>

using namespace lintas;
using test::SyncDevices;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kYear = 365LL * 24 * 3600 * 1000;

// Real time passes for the server and every laptop alike (each keeps its own error).
void advance(SyncDevices &net, qint64 ms)
{
    net.server.clock.advanceMs(ms);
    for (auto &l : net.laptops)
        l->clock.advanceMs(ms);
}

void edit(test::WorkspaceFixture &f, const QString &id, const QString &title, const QString &chronology)
{
    auto c = caseOf(f, id);
    if (!title.isNull())
        c.title = title;
    if (!chronology.isNull())
        c.chronology = chronology;
    REQUIRE(f.ws->cases().update(c).ok());
}

sync::Hlc lastHlc(test::WorkspaceFixture &f)
{
    return sync::Hlc::fromRaw(f.db->scalar(QStringLiteral("SELECT last_hlc FROM device_state")).value().toLongLong());
}

struct OutboxRow {
    qint64 seq;
    sync::Hlc hlc;
    QByteArray envelope;
};

QVector<OutboxRow> outbox(test::WorkspaceFixture &f)
{
    auto st = f.db->prepare(QStringLiteral("SELECT device_seq, hlc, envelope FROM outbox ORDER BY device_seq"));
    REQUIRE(st.ok());
    QVector<OutboxRow> rows;
    REQUIRE(st->forEachRow([&] {
                  rows.push_back({st->int64(0), sync::Hlc::fromRaw(st->int64(1)), st->blob(2)});
              }).ok());
    return rows;
}

void requireReplayAgrees(test::WorkspaceFixture &f)
{
    const auto diff = sync::OutboxReplay::differences(*f.db);
    REQUIRE(diff.ok());
    INFO(diff->join(QLatin1Char('\n')).toStdString());
    // Every field clock this device owns is exactly what replaying its own outbox gives: nothing
    // was left behind under an old stamp. (Fields others won differ from a replay of our outbox
    // alone, so only the lines for our own clocks are compared.)
    QStringList ours;
    for (const QString &line : *diff) {
        if (line.startsWith(QLatin1String("- clock|")) && line.contains(f.ws->writer().deviceId()))
            ours << line;
    }
    CHECK(ours.isEmpty());
}

} // namespace

TEST_CASE("a laptop five years behind: its offline edits are re-stamped before they are sent and win or lose as if "
          "made at the right time",
    "[sync][engine][clock]")
{
    SyncDevices net(2);
    auto &lampung = net.laptop(0);
    auto &laptop = net.laptop(1);
    const auto client = lampung.addClient(QStringLiteral("Siti Aminah"));
    const auto kase = lampung.addCase(client.id);
    REQUIRE(net.sync(0).ok());
    REQUIRE(net.sync(1).ok());
    // One edit made and sent while the clock was still right: its bytes are final.
    edit(laptop, kase.id, QString(), QStringLiteral("awal"));
    REQUIRE(net.sync(1).ok());
    const QVector<OutboxRow> sentBefore = outbox(laptop);
    REQUIRE(!sentBefore.isEmpty());
    REQUIRE(!sentBefore.last().envelope.isEmpty());

    // The CMOS battery dies: the laptop wakes up five years in the past, and works offline for
    // hours. (Its edits are stamped just after the newest time it has seen, as HLC does; within
    // an hour of that, no re-stamping is needed.)
    laptop.clock.advanceMs(-5 * kYear);
    advance(net, 2 * 60 * kMinute);
    edit(lampung, kase.id, QStringLiteral("Judul Lampung"), QString()); // title at T0
    REQUIRE(net.sync(0).ok());
    advance(net, 10 * kMinute);
    const qint64 madeAt = net.server.clock.nowMs(); // T1, true time of the laptop's edits
    edit(laptop, kase.id, QStringLiteral("Judul laptop"), QStringLiteral("kronologi laptop"));
    advance(net, kMinute);
    edit(laptop, kase.id, QString(), QStringLiteral("kronologi laptop 2")); // a later edit of the same field
    advance(net, 5 * kMinute);
    edit(lampung, kase.id, QString(), QStringLiteral("kronologi Lampung")); // chronology at T2 > T1
    REQUIRE(net.sync(0).ok());
    const sync::Hlc hlcBefore = lastHlc(laptop);

    advance(net, kMinute);
    const auto out = net.sync(1);
    INFO(out.detail.toStdString());
    REQUIRE(out.ok());
    CHECK(out.restamped == 2);
    CHECK(out.quarantined == 0);
    CHECK(lastHlc(laptop) >= hlcBefore);

    const QVector<OutboxRow> after = outbox(laptop);
    REQUIRE(after.size() == sentBefore.size() + 2);
    for (int i = 0; i < sentBefore.size(); ++i) { // already sent: not touched
        CHECK(after.at(i).hlc == sentBefore.at(i).hlc);
        CHECK(after.at(i).envelope == sentBefore.at(i).envelope);
    }
    const OutboxRow &first = after.at(sentBefore.size());
    const OutboxRow &second = after.at(sentBefore.size() + 1);
    CHECK(first.hlc.ms() >= madeAt);
    CHECK(first.hlc.ms() < madeAt + kMinute);
    CHECK(second.hlc > first.hlc); // order kept
    CHECK(second.hlc.ms() >= madeAt + kMinute);
    CHECK(lastHlc(laptop) >= second.hlc);
    requireReplayAgrees(laptop);

    REQUIRE(net.sync(0).ok());
    // Made later than Lampung's title: the laptop's wins. Made earlier than Lampung's chronology:
    // Lampung's wins. Everywhere the same, as with right clocks.
    CHECK(caseOf(lampung, kase.id).title == QStringLiteral("Judul laptop"));
    CHECK(caseOf(laptop, kase.id).title == QStringLiteral("Judul laptop"));
    CHECK(caseOf(lampung, kase.id).chronology == QStringLiteral("kronologi Lampung"));
    CHECK(caseOf(laptop, kase.id).chronology == QStringLiteral("kronologi Lampung"));
    CHECK(net.dump(0) == net.dump(1));

    // New edits on the laptop are stamped with corrected time and keep going up.
    const sync::Hlc settled = lastHlc(laptop);
    advance(net, kMinute);
    edit(laptop, kase.id, QStringLiteral("Judul terakhir"), QString());
    CHECK(lastHlc(laptop) > settled);
    CHECK(lastHlc(laptop).ms() >= net.server.clock.nowMs() - kMinute);
    REQUIRE(net.sync(1).ok());
    REQUIRE(net.sync(0).ok());
    CHECK(caseOf(lampung, kase.id).title == QStringLiteral("Judul terakhir"));
    CHECK(net.dump(0) == net.dump(1));
}

TEST_CASE("a laptop a year ahead: its first changes are re-stamped, so others apply them instead of setting them "
          "aside, and they do not win every edit",
    "[sync][engine][clock]")
{
    SyncDevices net(2);
    auto &jakarta = net.laptop(0);
    auto &ahead = net.laptop(1);
    ahead.clock.advanceMs(kYear);
    // Written before the laptop ever talked to the server.
    const auto client = ahead.addClient(QStringLiteral("Dari Depan"));
    const auto kase = ahead.addCase(client.id);
    // A set removal (its tombstone carries the stamp) and an append-only note too.
    auto retyped = caseOf(ahead, kase.id);
    retyped.caseTypes = {QStringLiteral("trafficking_forced_labour")};
    REQUIRE(ahead.ws->cases().update(retyped).ok());
    domain::Note note;
    note.caseId = kase.id;
    note.kind = QStringLiteral("note");
    note.body = QStringLiteral("Ditulis dengan jam yang salah");
    REQUIRE(ahead.ws->notes().create(note).ok());
    const sync::Hlc stampedAhead = lastHlc(ahead);
    REQUIRE(stampedAhead.ms() > net.server.clock.nowMs() + 300LL * 24 * 3600 * 1000);

    advance(net, kMinute);
    const auto out = net.sync(1);
    INFO(out.detail.toStdString());
    REQUIRE(out.ok());
    CHECK(out.restamped == ahead.outboxCount());
    for (const OutboxRow &row : outbox(ahead)) {
        CHECK(row.hlc.ms() <= net.server.clock.nowMs());
        CHECK(row.hlc.ms() > net.server.clock.nowMs() - 5 * kMinute);
    }
    // Lowered below the stamps nothing holds any more, and never below what is kept.
    CHECK(lastHlc(ahead).ms() < net.server.clock.nowMs() + 24LL * 3600 * 1000);
    CHECK(lastHlc(ahead) >= outbox(ahead).last().hlc);
    requireReplayAgrees(ahead);

    const auto pulled = net.sync(0);
    INFO(pulled.detail.toStdString());
    REQUIRE(pulled.ok());
    CHECK(pulled.quarantined == 0);
    CHECK(jakarta.ws->clients().get(client.id).ok());
    CHECK(caseOf(jakarta, kase.id).caseTypes == QStringList {QStringLiteral("trafficking_forced_labour")});
    CHECK(net.dump(0) == net.dump(1)); // tombstones, updated_at and field clocks moved alike
    CHECK(ahead.db->scalar(QStringLiteral("SELECT max(updated_at) FROM cases")).value().toLongLong()
        <= net.server.clock.nowMs());

    // Jakarta's later edit beats the laptop's earlier one (it would have lost to a stamp a year
    // ahead), and the laptop's next edit after that wins again.
    advance(net, kMinute);
    edit(jakarta, kase.id, QStringLiteral("Judul Jakarta"), QString());
    REQUIRE(net.sync(0).ok());
    REQUIRE(net.sync(1).ok());
    CHECK(caseOf(ahead, kase.id).title == QStringLiteral("Judul Jakarta"));
    advance(net, kMinute);
    edit(ahead, kase.id, QStringLiteral("Judul laptop"), QString());
    CHECK(lastHlc(ahead).ms() < net.server.clock.nowMs() + 24LL * 3600 * 1000);
    REQUIRE(net.sync(1).ok());
    const auto again = net.sync(0);
    REQUIRE(again.ok());
    CHECK(again.quarantined == 0);
    CHECK(caseOf(jakarta, kase.id).title == QStringLiteral("Judul laptop"));
    CHECK(net.dump(0) == net.dump(1));
}

TEST_CASE("a laptop right for a while, then five years behind, before its first sync: only the changes made under "
          "the wrong clock are re-stamped",
    "[sync][engine][clock]")
{
    SyncDevices net(2);
    auto &laptop = net.laptop(1);
    const auto client = laptop.addClient(QStringLiteral("Sebelum baterai mati"));
    const QVector<OutboxRow> rightClock = outbox(laptop);
    advance(net, 3 * 60 * kMinute);
    laptop.clock.advanceMs(-5 * kYear);
    advance(net, 2 * 60 * kMinute);
    const qint64 madeAt = net.server.clock.nowMs();
    laptop.addClient(QStringLiteral("Sesudah baterai mati"));

    advance(net, kMinute);
    const auto out = net.sync(1);
    INFO(out.detail.toStdString());
    REQUIRE(out.ok());
    const QVector<OutboxRow> after = outbox(laptop);
    REQUIRE(after.size() == rightClock.size() + 1);
    for (int i = 0; i < rightClock.size(); ++i)
        CHECK(after.at(i).hlc == rightClock.at(i).hlc);
    CHECK(out.restamped == 1);
    CHECK(after.last().hlc.ms() >= madeAt);
    CHECK(after.last().hlc.ms() < madeAt + kMinute);
    requireReplayAgrees(laptop);
    REQUIRE(net.sync(0).ok());
    CHECK(net.laptop(0).ws->clients().get(client.id).ok());
    CHECK(net.dump(0) == net.dump(1));
}

// The offset a laptop learnt goes stale when its clock is put right before it syncs again (a new
// CMOS battery): what it writes meanwhile is stamped with the old correction. Five years ahead,
// every receiver would set those records aside and the laptop's HLC would stay ahead, stranding
// everything it writes afterwards; a year behind, they would lose every edit made since.
TEST_CASE("a laptop whose clock is put right after it synced with a wrong one: what it wrote under the stale "
          "correction is re-stamped",
    "[sync][engine][clock]")
{
    const qint64 wrongBy = GENERATE(-5 * kYear, kYear);
    INFO("the laptop's clock was off by " << wrongBy / kYear << " years");
    SyncDevices net(2);
    auto &office = net.laptop(0);
    auto &laptop = net.laptop(1);
    const auto client = office.addClient(QStringLiteral("Siti Aminah"));
    const auto kase = office.addCase(client.id);
    REQUIRE(net.sync(0).ok());
    laptop.clock.advanceMs(wrongBy);
    REQUIRE(net.sync(1).ok()); // learns the offset, -wrongBy
    const QVector<OutboxRow> sentBefore = outbox(laptop);

    laptop.clock.advanceMs(-wrongBy); // put right; the stored offset is now wrong by as much
    // Hours pass: stamps held up by HLC at the newest time seen would be within an hour of the
    // truth, and need nothing.
    advance(net, 2 * 60 * kMinute);
    edit(office, kase.id, QStringLiteral("Judul kantor"), QString());
    REQUIRE(net.sync(0).ok());
    advance(net, 10 * kMinute);
    const qint64 madeAt = net.server.clock.nowMs();
    edit(laptop, kase.id, QStringLiteral("Judul laptop"), QString()); // later than the office's: wins
    const auto added = laptop.addClient(QStringLiteral("Sesudah jam diperbaiki"));

    advance(net, kMinute);
    const auto out = net.sync(1);
    INFO(out.detail.toStdString());
    REQUIRE(out.ok());
    CHECK(std::abs(out.clockOffsetMs) < kMinute);
    CHECK(out.restamped == laptop.outboxCount() - static_cast<int>(sentBefore.size()));
    CHECK(out.restamped >= 2);
    const QVector<OutboxRow> after = outbox(laptop);
    for (int i = sentBefore.size(); i < after.size(); ++i) {
        CHECK(after.at(i).hlc.ms() >= madeAt);
        CHECK(after.at(i).hlc.ms() <= net.server.clock.nowMs());
    }
    CHECK(lastHlc(laptop).ms() < net.server.clock.nowMs() + 24LL * 3600 * 1000);
    requireReplayAgrees(laptop);

    const auto pulled = net.sync(0);
    REQUIRE(pulled.ok());
    CHECK(pulled.quarantined == 0);
    CHECK(office.ws->clients().get(added.id).ok());
    CHECK(caseOf(office, kase.id).title == QStringLiteral("Judul laptop"));
    CHECK(net.dump(0) == net.dump(1));

    // What it writes from now on is stamped right and reaches the others.
    advance(net, kMinute);
    edit(laptop, kase.id, QStringLiteral("Judul terakhir"), QString());
    CHECK(std::abs(lastHlc(laptop).ms() - net.server.clock.nowMs()) < kMinute);
    REQUIRE(net.sync(1).ok());
    const auto again = net.sync(0);
    REQUIRE(again.ok());
    CHECK(again.quarantined == 0);
    CHECK(caseOf(office, kase.id).title == QStringLiteral("Judul terakhir"));
    CHECK(net.dump(0) == net.dump(1));
}
