#include "sync/ConflictLog.h"
#include "support/WorkspaceFixture.h"
#include "sync/ChangeApplier.h"
#include "sync/ConflictRestore.h"

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::sync;

namespace {

// Hands every change in `from`'s outbox to `to`, as sync will (in a different order each time
// is the convergence suite's business; here: device order).
void deliver(test::WorkspaceFixture &from, test::WorkspaceFixture &to)
{
    ChangeApplier applier(*to.db, to.ws->writer().hlc());
    auto tx = to.db->begin();
    REQUIRE(tx.ok());
    auto st = from.db->prepare(QStringLiteral(
        "SELECT change_id, device_seq, hlc, entity, entity_id, op, payload FROM outbox ORDER BY device_seq"));
    REQUIRE(st.ok());
    QVector<Change> changes;
    REQUIRE(st->forEachRow([&] {
                  auto c = Change::fromOutbox(st->text(0), st->int64(1), Hlc::fromRaw(st->int64(2)), st->text(3),
                      st->text(4), st->text(5), st->blob(6));
                  REQUIRE(c.ok());
                  changes.push_back(*c);
              }).ok());
    for (const Change &c : changes)
        REQUIRE(applier.apply(c).ok());
    REQUIRE(tx->commit().ok());
}

QString riskOf(test::WorkspaceFixture &f, const QString &caseId)
{
    auto c = f.ws->cases().get(caseId);
    REQUIRE(c.ok());
    return c->risk;
}

QVector<Conflict> conflictsOf(test::WorkspaceFixture &f)
{
    auto open = ConflictLog(*f.db).open();
    REQUIRE(open.ok());
    return *open;
}

// A case both laptops know, whose risk each changes offline (Lampung to "medium", then Hong Kong,
// a minute later, to "high"), exchanged both ways: Hong Kong's value wins, Lampung's loses.
QString offlineRiskConflict(test::WorkspaceFixture &lampung, test::WorkspaceFixture &hongKong, const QString &name)
{
    const auto client = lampung.addClient(name);
    const auto kase = lampung.addCase(client.id);
    deliver(lampung, hongKong);
    auto here = *lampung.ws->cases().get(kase.id);
    here.risk = QStringLiteral("medium");
    REQUIRE(lampung.ws->cases().update(here).ok());
    hongKong.clock.advanceMs(60'000);
    auto there = *hongKong.ws->cases().get(kase.id);
    there.risk = QStringLiteral("high");
    REQUIRE(hongKong.ws->cases().update(there).ok());
    deliver(lampung, hongKong);
    deliver(hongKong, lampung);
    return kase.id;
}

} // namespace

TEST_CASE("concurrent edits of one field: same winner everywhere, the loser kept once", "[sync][conflict]")
{
    test::WorkspaceFixture lampung(11);
    test::WorkspaceFixture hongKong(12);
    const QString caseId = offlineRiskConflict(lampung, hongKong, QStringLiteral("Siti Aminah"));
    CHECK(riskOf(lampung, caseId) == QStringLiteral("high"));
    CHECK(riskOf(hongKong, caseId) == QStringLiteral("high"));

    for (auto *f : {&lampung, &hongKong}) {
        const auto conflicts = conflictsOf(*f);
        REQUIRE(conflicts.size() == 1);
        const Conflict &c = conflicts.first();
        CHECK(c.entity == QStringLiteral("case"));
        CHECK(c.entityId == caseId);
        CHECK(c.field == QStringLiteral("risk"));
        CHECK(c.lostValue.toString() == QStringLiteral("medium"));
        CHECK(c.lostDevice == lampung.ws->writer().deviceId());
        CHECK(c.keptValue.toString() == QStringLiteral("high"));
        CHECK(c.keptDevice == hongKong.ws->writer().deviceId());
    }

    // Delivered again (a retried pull): still one entry per losing write.
    deliver(lampung, hongKong);
    deliver(hongKong, lampung);
    CHECK(conflictsOf(lampung).size() == 1);
    CHECK(conflictsOf(hongKong).size() == 1);
}

TEST_CASE("an edit made after seeing the other device's value is no conflict", "[sync][conflict]")
{
    test::WorkspaceFixture lampung(21);
    test::WorkspaceFixture hongKong(22);
    const auto client = lampung.addClient(QStringLiteral("Sri Wahyuni"));
    auto kase = lampung.addCase(client.id);
    auto here = *lampung.ws->cases().get(kase.id);
    here.risk = QStringLiteral("low");
    REQUIRE(lampung.ws->cases().update(here).ok());
    deliver(lampung, hongKong);

    hongKong.clock.advanceMs(1000);
    auto there = *hongKong.ws->cases().get(kase.id);
    there.risk = QStringLiteral("high");
    there.chronology = QStringLiteral("Dipukul majikan, lapor ke polisi Sha Tin");
    REQUIRE(hongKong.ws->cases().update(there).ok());
    deliver(hongKong, lampung);

    CHECK(riskOf(lampung, kase.id) == QStringLiteral("high"));
    CHECK(conflictsOf(lampung).isEmpty());
    CHECK(conflictsOf(hongKong).isEmpty());
}

TEST_CASE("two laptops writing the same value offline is no conflict, a different value is", "[sync][conflict]")
{
    test::WorkspaceFixture lampung(23);
    test::WorkspaceFixture hongKong(24);
    const auto client = lampung.addClient(QStringLiteral("Sri Wahyuni"));
    const auto kase = lampung.addCase(client.id);
    deliver(lampung, hongKong);

    // Both correct the same field to the same words, and change another to different ones.
    auto here = *lampung.ws->cases().get(kase.id);
    here.title = QStringLiteral("Gaji tidak dibayar, Tuen Mun");
    here.risk = QStringLiteral("medium");
    REQUIRE(lampung.ws->cases().update(here).ok());
    hongKong.clock.advanceMs(1000);
    auto there = *hongKong.ws->cases().get(kase.id);
    there.title = QStringLiteral("Gaji tidak dibayar, Tuen Mun");
    there.risk = QStringLiteral("high");
    REQUIRE(hongKong.ws->cases().update(there).ok());
    deliver(lampung, hongKong);
    deliver(hongKong, lampung);

    for (auto *f : {&lampung, &hongKong}) {
        const auto conflicts = conflictsOf(*f);
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts.first().field == QStringLiteral("risk"));
    }
}

TEST_CASE("a conflict is marked restored once, and only an existing one", "[sync][conflict]")
{
    test::WorkspaceFixture f;
    ConflictLog log(*f.db);
    Conflict c;
    c.entity = QStringLiteral("case");
    c.entityId = QStringLiteral("00000000000000000000000000000001");
    c.field = QStringLiteral("status");
    c.keptValue = QStringLiteral("closed");
    c.keptHlc = Hlc::from(2000, 0);
    c.keptDevice = QStringLiteral("b");
    c.lostValue = QStringLiteral("hearing");
    c.lostHlc = Hlc::from(1000, 0);
    c.lostDevice = QStringLiteral("a");
    c.detectedAt = 5;
    REQUIRE(log.record(c).ok());
    REQUIRE(log.record(c).ok());
    CHECK(log.openCount().value() == 1);
    const qint64 id = log.open()->first().id;
    REQUIRE(log.markRestored(id, 99).ok());
    CHECK(log.openCount().value() == 0);
    CHECK(log.forEntity(c.entity, c.entityId)->first().restoredAt == 99);
    CHECK(log.markRestored(id + 100, 99).code() == ErrorCode::NotFound);
}

TEST_CASE("a losing value is restored with one click and the conflict settles on every device", "[sync][conflict]")
{
    test::WorkspaceFixture lampung(31);
    test::WorkspaceFixture hongKong(32);
    const QString caseId = offlineRiskConflict(lampung, hongKong, QStringLiteral("Wartini"));
    REQUIRE(conflictsOf(lampung).size() == 1);

    lampung.clock.advanceMs(120'000);
    REQUIRE(sync::ConflictRestore::restore(lampung.ws->writer(), conflictsOf(lampung).first().id).ok());
    CHECK(riskOf(lampung, caseId) == QStringLiteral("medium"));
    CHECK(conflictsOf(lampung).isEmpty());
    CHECK(ConflictLog(*lampung.db).forEntity(QStringLiteral("case"), caseId)->first().restoredAt > 0);

    deliver(lampung, hongKong);
    CHECK(riskOf(hongKong, caseId) == QStringLiteral("medium"));
    CHECK(conflictsOf(hongKong).isEmpty()); // settled there too, and the restore is no new conflict
    CHECK(sync::ConflictRestore::restore(lampung.ws->writer(), 9999).code() == ErrorCode::NotFound);
}
