// Fields and set operations from a newer Lintas (SYNC.md: "unknown fields from
// newer versions: preserved and re-emitted unchanged"): kept last-writer-wins
// beside the row, readable for re-emission, and folded into the row once an
// upgrade knows them.

#include "support/WorkspaceFixture.h"

#include "repo/EntityDef.h"
#include "repo/EntityTable.h"
#include "repo/NewerFields.h"
#include "repo/Workspace.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/ChangeApplier.h"
#include "sync/ChangeCodec.h"
#include "sync/OutboxReplay.h"
#include "sync/UnknownFields.h"
#include "transfer/DataExporter.h"
#include "transfer/DataImporter.h"

#include <catch2/catch.hpp>

using namespace lintas;
using test::WorkspaceFixture;

namespace {

const QString kNewerDevice = QStringLiteral("fedcba9876543210fedcba9876543210");

// A change as a newer Lintas would send it: a known field, a field and a set
// this version lacks.
sync::Change fromNewer(const QString &caseId, qint64 hlcMs, const QString &tribunalNo, int seq)
{
    sync::Change c;
    c.changeId = QStringLiteral("%1").arg(seq, 32, 10, QLatin1Char('0'));
    c.deviceId = kNewerDevice;
    c.deviceSeq = seq;
    c.hlc = sync::Hlc::from(hlcMs, 0);
    c.entity = QStringLiteral("case");
    c.entityId = caseId;
    c.op = sync::Change::upsertOp();
    c.fields.insert(QStringLiteral("tribunal_no"), tribunalNo);
    return c;
}

void apply(WorkspaceFixture &f, const sync::Change &c)
{
    sync::ChangeApplier applier(*f.db, f.ws->writer().hlc());
    auto tx = f.db->begin();
    REQUIRE(tx.ok());
    const Status applied = applier.apply(c);
    const std::string detail = applied.ok() ? std::string() : applied.error().detail.toStdString();
    INFO(detail);
    REQUIRE(applied.ok());
    REQUIRE(tx->commit().ok());
}

qint64 count(WorkspaceFixture &f, const QString &sql)
{
    return f.db->scalar(sql).value().toLongLong();
}

// This version's definitions, with `case` as the next version has it.
struct UpgradedDefs {
    repo::EntityDef kase = *repo::entityDefByName(QStringLiteral("case"));
    QVector<const repo::EntityDef *> defs;

    UpgradedDefs()
    {
        kase.fields.push_back({QStringLiteral("tribunal_no"), repo::FieldType::Text});
        kase.setFields << QStringLiteral("hearing_days");
        for (const repo::EntityDef *def : repo::allEntityDefs())
            defs << (def->name == kase.name ? &kase : def);
    }
};

} // namespace

TEST_CASE("a field and set operations this version does not know are kept, "
          "last writer wins",
    "[sync][unknown]")
{
    WorkspaceFixture f(500);
    const auto client = f.addClient(QStringLiteral("Siti Aminah"));
    const auto kase = f.addCase(client.id);
    const qint64 t = f.clock.nowMs();

    auto first = fromNewer(kase.id, t + 1000, QStringLiteral("LBTC 1234/2026"), 1);
    first.fields.insert(QStringLiteral("title"), QStringLiteral("Upah tidak dibayar"));
    first.adds.push_back({QStringLiteral("hearing_days"), QStringLiteral("2026-12-14"), first.changeId});
    first.removes.push_back({QStringLiteral("hearing_days"), QStringLiteral("2026-12-01"), {QStringLiteral("t1")}});
    apply(f, first);
    apply(f, first); // again: nothing more
    // The known field is applied as usual.
    CHECK(f.ws->cases().get(kase.id)->title == QStringLiteral("Upah tidak dibayar"));

    auto kept = sync::UnknownFields(*f.db).forRecord(QStringLiteral("case"), kase.id);
    REQUIRE(kept.ok());
    REQUIRE(kept->fields.size() == 1);
    CHECK(kept->fields.value(QStringLiteral("tribunal_no")).value.toString() == QStringLiteral("LBTC 1234/2026"));
    CHECK(kept->fields.value(QStringLiteral("tribunal_no")).hlc == first.hlc);
    CHECK(kept->fields.value(QStringLiteral("tribunal_no")).device == kNewerDevice);
    REQUIRE(kept->adds.size() == 1);
    CHECK(kept->adds.first().element == QStringLiteral("2026-12-14"));
    CHECK(kept->adds.first().tag == first.changeId);
    REQUIRE(kept->removes.size() == 1);
    CHECK(kept->removes.first().tags == QStringList {QStringLiteral("t1")});
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM unknown_set_ops")) == 2);

    // An older write loses, a newer one wins, whatever the order they come in.
    apply(f, fromNewer(kase.id, t + 500, QStringLiteral("older"), 2));
    CHECK(sync::UnknownFields(*f.db)
              .forRecord(QStringLiteral("case"), kase.id)
              ->fields.value(QStringLiteral("tribunal_no"))
              .value.toString()
        == QStringLiteral("LBTC 1234/2026"));
    apply(f, fromNewer(kase.id, t + 2000, QStringLiteral("LBTC 1234/2026 (banding)"), 3));
    CHECK(sync::UnknownFields(*f.db)
              .forRecord(QStringLiteral("case"), kase.id)
              ->fields.value(QStringLiteral("tribunal_no"))
              .value.toString()
        == QStringLiteral("LBTC 1234/2026 (banding)"));

    // Kept data is part of what every laptop must agree on.
    const auto dump = sync::OutboxReplay::canonicalDump(*f.db);
    REQUIRE(dump.ok());
    CHECK(dump->filter(QStringLiteral("tribunal_no")).size() == 1);
    CHECK(dump->filter(QStringLiteral("hearing_days")).size() == 2);
}

TEST_CASE("after an upgrade knows the field, kept values go into the row "
          "unless a newer write is there",
    "[sync][unknown]")
{
    WorkspaceFixture f(501);
    const auto client = f.addClient(QStringLiteral("Wartini"));
    const auto a = f.addCase(client.id);
    const auto b = f.addCase(client.id);
    const qint64 t = f.clock.nowMs();
    auto withSet = fromNewer(a.id, t + 1000, QStringLiteral("LBTC 1/2026"), 1);
    withSet.adds.push_back({QStringLiteral("hearing_days"), QStringLiteral("2026-12-14"), withSet.changeId});
    apply(f, withSet);
    apply(f, fromNewer(b.id, t + 1000, QStringLiteral("LBTC 2/2026"), 2));
    apply(f, fromNewer(QStringLiteral("0000000000000000000000000000beef"), t, QStringLiteral("x"), 3));

    // Nothing known yet: opening the workspace leaves them where they are.
    auto none = repo::NewerFields::foldKnown(*f.db, repo::allEntityDefs());
    REQUIRE(none.ok());
    CHECK(*none == 0);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM unknown_fields")) == 3);

    // The upgrade: its migration adds the column; case b was written after it,
    // newer than the kept value.
    REQUIRE(f.db->execScript(QStringLiteral("ALTER TABLE cases ADD COLUMN tribunal_no TEXT;")).ok());
    UpgradedDefs upgraded;
    {
        repo::EntityTable table(*f.db, upgraded.kase);
        REQUIRE(table.updateRow(b.id, {{QStringLiteral("tribunal_no"), QStringLiteral("ditulis sesudahnya")}}, t + 5000)
                    .ok());
        REQUIRE(table
                    .setFieldClock(
                        b.id, QStringLiteral("tribunal_no"), {sync::Hlc::from(t + 5000, 0), QStringLiteral("aa")})
                    .ok());
    }
    auto folded = repo::NewerFields::foldKnown(*f.db, upgraded.defs);
    REQUIRE(folded.ok());
    CHECK(*folded == 2); // a (field and set) and the row that did not exist yet;
                         // b kept its newer value

    auto value = [&](const QString &id) {
        return f.db->scalar(QStringLiteral("SELECT tribunal_no FROM cases WHERE id = '%1'").arg(id)).value().toString();
    };
    CHECK(value(a.id) == QStringLiteral("LBTC 1/2026"));
    CHECK(value(b.id) == QStringLiteral("ditulis sesudahnya"));
    CHECK(count(f,
              QStringLiteral("SELECT count(*) FROM field_clock WHERE entity "
                             "= 'case' AND field = 'tribunal_no' AND "
                             "device = '%1'")
                  .arg(kNewerDevice))
        == 2);
    repo::EntityTable table(*f.db, upgraded.kase);
    auto days = table.liveTags(a.id, QStringLiteral("hearing_days"));
    REQUIRE(days.ok());
    CHECK(days->keys() == QStringList {QStringLiteral("2026-12-14")});
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM unknown_fields")) == 0);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM unknown_set_ops")) == 0);

    // Done once: a second open has nothing to fold.
    auto again = repo::NewerFields::foldKnown(*f.db, upgraded.defs);
    REQUIRE(again.ok());
    CHECK(*again == 0);
}

TEST_CASE("a whole-profile export carries kept fields unchanged, and an import "
          "keeps them again",
    "[sync][unknown]")
{
    WorkspaceFixture from(502);
    const auto client = from.addClient(QStringLiteral("Sri Wahyuni"));
    const auto kase = from.addCase(client.id);
    auto change = fromNewer(kase.id, from.clock.nowMs() + 1000, QStringLiteral("LBTC 7/2026"), 1);
    change.adds.push_back({QStringLiteral("hearing_days"), QStringLiteral("2026-12-14"), change.changeId});
    change.removes.push_back({QStringLiteral("hearing_days"), QStringLiteral("2026-12-01"), {QStringLiteral("t1")}});
    apply(from, change);

    auto json = transfer::DataExporter(*from.ws).toJson();
    REQUIRE(json.ok());
    CHECK(json->contains("\"preserved\""));
    CHECK(json->contains("LBTC 7/2026"));

    WorkspaceFixture to(503);
    auto imported = transfer::DataImporter(*to.ws).importJson(*json);
    const std::string detail = imported.ok() ? std::string() : imported.error().detail.toStdString();
    INFO(detail);
    REQUIRE(imported.ok());
    auto there = sync::UnknownFields(*to.db).forRecord(QStringLiteral("case"), kase.id);
    auto here = sync::UnknownFields(*from.db).forRecord(QStringLiteral("case"), kase.id);
    REQUIRE(there.ok());
    REQUIRE(here.ok());
    CHECK(sync::UnknownFields::toJson(*there) == sync::UnknownFields::toJson(*here));
    const auto dumpFrom = sync::OutboxReplay::canonicalDump(*from.db);
    const auto dumpTo = sync::OutboxReplay::canonicalDump(*to.db);
    CHECK(dumpFrom->filter(QStringLiteral("unknown")) == dumpTo->filter(QStringLiteral("unknown")));
    // Importing the same file again adds nothing.
    REQUIRE(transfer::DataImporter(*to.ws).importJson(*json).ok());
    CHECK(count(to, QStringLiteral("SELECT count(*) FROM unknown_set_ops")) == 2);
}

TEST_CASE("an import sends kept fields on with their own clocks, and a laptop receiving them keeps them",
    "[sync][unknown][transfer]")
{
    WorkspaceFixture from(504);
    const auto client = from.addClient(QStringLiteral("Nur Hasanah"));
    const auto kase = from.addCase(client.id);
    auto change = fromNewer(kase.id, from.clock.nowMs() + 1000, QStringLiteral("LBTC 9/2026"), 1);
    change.adds.push_back({QStringLiteral("hearing_days"), QStringLiteral("2026-12-14"), change.changeId});
    change.removes.push_back({QStringLiteral("hearing_days"), QStringLiteral("2026-12-01"), {QStringLiteral("t1")}});
    apply(from, change);
    auto json = transfer::DataExporter(*from.ws).toJson();
    REQUIRE(json.ok());

    // A laptop restored from the export.
    WorkspaceFixture to(505);
    REQUIRE(transfer::DataImporter(*to.ws).importJson(*json).ok());
    QVector<sync::Change> sent;
    {
        auto st = to.db->prepare(QStringLiteral(
            "SELECT change_id, device_seq, hlc, entity, entity_id, op, payload FROM outbox ORDER BY device_seq"));
        REQUIRE(st.ok());
        REQUIRE(st->forEachRow([&] {
                      auto c = sync::Change::fromOutbox(st->text(0), st->int64(1), sync::Hlc::fromRaw(st->int64(2)),
                          st->text(3), st->text(4), st->text(5), st->blob(6));
                      REQUIRE(c.ok());
                      sent.push_back(*c);
                  }).ok());
    }
    const auto forCase = std::find_if(sent.cbegin(), sent.cend(),
        [&](const sync::Change &c) { return c.entity == QStringLiteral("case") && c.entityId == kase.id; });
    REQUIRE(forCase != sent.cend());
    // The case's change carries the kept field with the newer laptop's clock, not the import's.
    REQUIRE(forCase->carried.contains(QStringLiteral("tribunal_no")));
    const auto carried = forCase->carried.value(QStringLiteral("tribunal_no"));
    CHECK(carried.value.toString() == QStringLiteral("LBTC 9/2026"));
    CHECK(carried.hlc == change.hlc);
    CHECK(carried.device == kNewerDevice);
    REQUIRE(forCase->carriedRemoves.size() == 1);
    CHECK(forCase->carriedRemoves.first().hlc == change.hlc);
    CHECK(std::any_of(forCase->adds.cbegin(), forCase->adds.cend(),
        [&](const sync::SetAdd &a) { return a.field == QStringLiteral("hearing_days") && a.tag == change.changeId; }));
    // Replaying the outbox gives what the profile holds, kept fields included.
    const auto differences = sync::OutboxReplay::differences(*to.db);
    REQUIRE(differences.ok());
    CHECK(differences->isEmpty());

    // Another laptop of this version receives the import's changes over the wire and keeps them
    // exactly as the first one did.
    WorkspaceFixture peer(506);
    for (const sync::Change &c : std::as_const(sent)) {
        const auto wire = sync::ChangeCodec::fromEnvelope(
            sync::ChangeCodec::header(c, QByteArray(16, 's'), 1), sync::ChangeCodec::plaintext(c));
        REQUIRE(wire.ok());
        apply(peer, *wire);
    }
    auto there = sync::UnknownFields(*peer.db).forRecord(QStringLiteral("case"), kase.id);
    auto here = sync::UnknownFields(*from.db).forRecord(QStringLiteral("case"), kase.id);
    REQUIRE(there.ok());
    REQUIRE(here.ok());
    CHECK(sync::UnknownFields::toJson(*there) == sync::UnknownFields::toJson(*here));
}

TEST_CASE("a carried field this version knows goes into the row by its own clock", "[sync][unknown]")
{
    WorkspaceFixture f(507);
    const auto client = f.addClient(QStringLiteral("Yuli"));
    const auto a = f.addCase(client.id);
    const auto b = f.addCase(client.id);
    const qint64 t = f.clock.nowMs();
    REQUIRE(f.db->execScript(QStringLiteral("ALTER TABLE cases ADD COLUMN tribunal_no TEXT;")).ok());
    UpgradedDefs upgraded;
    {
        repo::EntityTable table(*f.db, upgraded.kase);
        REQUIRE(table.updateRow(b.id, {{QStringLiteral("tribunal_no"), QStringLiteral("lebih baru")}}, t + 5000).ok());
        REQUIRE(table
                    .setFieldClock(
                        b.id, QStringLiteral("tribunal_no"), {sync::Hlc::from(t + 5000, 0), QStringLiteral("aa")})
                    .ok());
    }
    // Sent on by an older laptop that kept it: the clock is the newer laptop's write.
    for (const auto &id : {a.id, b.id}) {
        sync::Change c;
        c.changeId = QStringLiteral("%1").arg(id == a.id ? 1 : 2, 32, 10, QLatin1Char('0'));
        c.deviceId = QStringLiteral("0000000000000000000000000000000a");
        c.deviceSeq = id == a.id ? 1 : 2;
        c.hlc = sync::Hlc::from(t + 9000, 0);
        c.entity = QStringLiteral("case");
        c.entityId = id;
        c.op = sync::Change::upsertOp();
        c.carried.insert(
            QStringLiteral("tribunal_no"), {QStringLiteral("LBTC 3/2026"), sync::Hlc::from(t + 1000, 0), kNewerDevice});
        auto tx = f.db->begin();
        REQUIRE(tx.ok());
        REQUIRE(sync::UnknownFields(*f.db).keep(upgraded.kase, c).ok());
        REQUIRE(tx->commit().ok());
    }
    auto value = [&](const QString &id) {
        return f.db->scalar(QStringLiteral("SELECT tribunal_no FROM cases WHERE id = '%1'").arg(id)).value().toString();
    };
    CHECK(value(a.id) == QStringLiteral("LBTC 3/2026"));
    CHECK(value(b.id) == QStringLiteral("lebih baru")); // a newer write was there
    CHECK(count(f,
              QStringLiteral("SELECT count(*) FROM field_clock WHERE entity_id = '%1' AND field = 'tribunal_no' AND "
                             "device = '%2' AND hlc = %3")
                  .arg(a.id, kNewerDevice)
                  .arg(sync::Hlc::from(t + 1000, 0).toInt64()))
        == 1);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM unknown_fields")) == 0);
}

TEST_CASE("a kept field that refers to a row not here yet stays kept, and the profile opens", "[sync][unknown]")
{
    WorkspaceFixture f(508);
    const auto client = f.addClient(QStringLiteral("Tini"));
    const auto kase = f.addCase(client.id);
    const qint64 t = f.clock.nowMs();
    // As if kept by a version that did not know the fields, and learnt now: the client it names is
    // one only a record still waiting in quarantine creates.
    const QString waiting = QStringLiteral("0000000000000000000000000000cafe");
    auto keep
        = f.db->prepare(QStringLiteral("INSERT INTO unknown_fields (entity, entity_id, field, value, hlc, device) "
                                       "VALUES ('case', ?, 'client_id', ?, ?, ?), ('case', ?, 'title', 'Dilipat', "
                                       "?, ?)"));
    REQUIRE(keep.ok());
    keep->bind(1, kase.id).bind(2, waiting).bind(3, sync::Hlc::from(t + 1000, 0).toInt64()).bind(4, kNewerDevice);
    keep->bind(5, kase.id).bind(6, sync::Hlc::from(t + 1000, 0).toInt64()).bind(7, kNewerDevice);
    REQUIRE(keep->exec().ok());
    auto clientOf = [&] {
        return f.db->scalar(QStringLiteral("SELECT client_id FROM cases WHERE id = '%1'").arg(kase.id))
            .value()
            .toString();
    };

    auto folded = repo::NewerFields::foldKnown(*f.db, repo::allEntityDefs());
    const std::string detail = folded.ok() ? std::string() : folded.error().detail.toStdString();
    INFO(detail);
    REQUIRE(folded.ok());
    CHECK(*folded == 1);
    CHECK(f.ws->cases().get(kase.id)->title == QStringLiteral("Dilipat"));
    CHECK(clientOf() == client.id); // the client_id waits
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM unknown_fields WHERE field = 'client_id'")) == 1);

    // Once the client is here, the next open folds it.
    {
        auto tx = f.db->begin();
        REQUIRE(tx.ok());
        repo::EntityTable clients(*f.db, *repo::entityDefByName(QStringLiteral("client")));
        REQUIRE(clients.ensureRow(waiting, t).ok());
        REQUIRE(tx->commit().ok());
    }
    auto later = repo::NewerFields::foldKnown(*f.db, repo::allEntityDefs());
    REQUIRE(later.ok());
    CHECK(*later == 1);
    CHECK(clientOf() == waiting);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM unknown_fields")) == 0);
}

TEST_CASE("a carried field this version knows is found by search once applied", "[sync][unknown]")
{
    // A laptop older than the writer sends on a case's strategy it kept without knowing it; this
    // laptop knows the field, so the text goes into the row and must be searchable like any edit.
    WorkspaceFixture f(509);
    const auto client = f.addClient(QStringLiteral("Yuli"));
    const auto kase = f.addCase(client.id);
    auto find = [&](const QString &q) { return f.ws->search({q, 50, {QStringLiteral("case")}}).value().size(); };
    REQUIRE(find(QStringLiteral("Lembaran")) == 0);
    sync::Change c;
    c.changeId = QStringLiteral("%1").arg(3, 32, 10, QLatin1Char('0'));
    c.deviceId = QStringLiteral("0000000000000000000000000000000a");
    c.deviceSeq = 1;
    c.hlc = sync::Hlc::from(f.clock.nowMs() + 9000, 0);
    c.entity = QStringLiteral("case");
    c.entityId = kase.id;
    c.op = sync::Change::upsertOp();
    c.carried.insert(QStringLiteral("strategy"),
        {QStringLiteral("Klaim upah lewat Lembaran Tribunal"), sync::Hlc::from(f.clock.nowMs() + 1000, 0),
            kNewerDevice});
    apply(f, c);
    CHECK(f.db->scalar(QStringLiteral("SELECT strategy FROM cases WHERE id = '%1'").arg(kase.id)).value().toString()
        == QStringLiteral("Klaim upah lewat Lembaran Tribunal"));
    CHECK(find(QStringLiteral("Lembaran")) == 1);
}
