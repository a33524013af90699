#include "repo/EntityDef.h"
#include "repo/EntityTable.h"
#include "store/Transaction.h"
#include "support/WorkspaceFixture.h"
#include "sync/Change.h"
#include "sync/OutboxReplay.h"

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::repo;

namespace {

QVector<sync::Change> outbox(store::Database &db)
{
    QVector<sync::Change> out;
    auto st = db.prepare(QStringLiteral(
        "SELECT change_id, device_seq, hlc, entity, entity_id, op, payload FROM outbox ORDER BY device_seq"));
    REQUIRE(st.ok());
    while (st->step().value()) {
        auto c = sync::Change::fromOutbox(st->text(0), st->int64(1), sync::Hlc::fromRaw(st->int64(2)), st->text(3),
            st->text(4), st->text(5), st->text(6).toUtf8());
        REQUIRE(c.ok());
        out << *c;
    }
    return out;
}

} // namespace

TEST_CASE("every mutation writes one outbox record with gap-free device_seq and prev clocks", "[writepath]")
{
    test::WorkspaceFixture f;
    auto client = f.addClient(QStringLiteral("Siti Aminah"));
    auto kase = f.addCase(client.id);
    auto records = outbox(*f.db);
    REQUIRE(records.size() == 2);
    CHECK(records[0].deviceSeq == 1);
    CHECK(records[1].deviceSeq == 2);
    CHECK(records[0].entity == QStringLiteral("client"));
    CHECK(records[0].fields.value(QStringLiteral("full_name")).toString() == QStringLiteral("Siti Aminah"));
    CHECK(records[0].prev.isEmpty());
    CHECK(records[1].hlc > records[0].hlc);
    CHECK(records[1].adds.size() == 2); // case_types + jurisdictions

    // A one-field edit carries only that field, and the field's previous HLC.
    f.clock.advanceMs(1000);
    kase.chronology = QStringLiteral("Majikan tidak membayar gaji selama 4 bulan.");
    REQUIRE(f.ws->cases().update(kase).value());
    records = outbox(*f.db);
    REQUIRE(records.size() == 3);
    CHECK(records[2].fields.keys() == QStringList {QStringLiteral("chronology")});
    CHECK(records[2].prev.isEmpty()); // first write of that field

    kase = f.ws->cases().get(kase.id).value();
    kase.chronology += QStringLiteral(" Paspor ditahan agen.");
    REQUIRE(f.ws->cases().update(kase).value());
    records = outbox(*f.db);
    REQUIRE(records.size() == 4);
    CHECK(records[3].prev.value(QStringLiteral("chronology")) == records[2].hlc);

    // Saving unchanged data writes nothing.
    REQUIRE_FALSE(f.ws->cases().update(kase).value());
    CHECK(f.outboxCount() == 4);
}

TEST_CASE("a rolled-back batch leaves no rows, no outbox records and no device_seq gap", "[writepath]")
{
    test::WorkspaceFixture f;
    f.addClient(QStringLiteral("Wartini"));
    {
        auto tx = f.db->begin();
        REQUIRE(tx.ok());
        f.addClient(QStringLiteral("Yuli"));
        f.addClient(QStringLiteral("Ani"));
        tx->rollback();
    }
    CHECK(f.outboxCount() == 1);
    f.addClient(QStringLiteral("Sri"));
    auto records = outbox(*f.db);
    REQUIRE(records.size() == 2);
    CHECK(records[1].deviceSeq == 2);
    CHECK(f.ws->clients().count().value() == 2);
}

TEST_CASE("set fields record observed-remove tags", "[writepath]")
{
    test::WorkspaceFixture f;
    auto client = f.addClient(QStringLiteral("Marni"));
    auto kase = f.addCase(client.id, {QStringLiteral("unpaid_wages"), QStringLiteral("agency_overcharging")});
    kase.caseTypes = {QStringLiteral("agency_overcharging"), QStringLiteral("document_confiscation")};
    REQUIRE(f.ws->cases().update(kase).value());
    auto records = outbox(*f.db);
    const auto &last = records.back();
    REQUIRE(last.adds.size() == 1);
    CHECK(last.adds[0].element == QStringLiteral("document_confiscation"));
    CHECK(last.adds[0].tag == last.changeId);
    REQUIRE(last.removes.size() == 1);
    CHECK(last.removes[0].element == QStringLiteral("unpaid_wages"));
    CHECK(last.removes[0].tags == QStringList {records[1].changeId});
    auto reloaded = f.ws->cases().get(kase.id).value();
    CHECK(reloaded.caseTypes
        == QStringList {QStringLiteral("agency_overcharging"), QStringLiteral("document_confiscation")});
}

TEST_CASE("the HLC and device counters survive a restart and keep rising", "[writepath]")
{
    test::WorkspaceFixture f;
    f.addClient(QStringLiteral("Sumiati"));
    const QString device = f.ws->writer().deviceId();
    const QString code = f.ws->writer().deviceCode();
    const sync::Hlc before = f.ws->writer().hlc().last();
    f.ws.reset();
    f.clock.setMs(1'000); // clock reset to 1970 after a dead CMOS battery
    auto reopened = Workspace::open(*f.db, f.clock, f.random);
    REQUIRE(reopened.ok());
    f.ws = std::move(reopened.value());
    CHECK(f.ws->writer().deviceId() == device);
    CHECK(f.ws->writer().deviceCode() == code);
    f.addClient(QStringLiteral("Tuminah"));
    auto records = outbox(*f.db);
    REQUIRE(records.size() == 2);
    CHECK(records[1].hlc > before);
    CHECK(records[1].deviceSeq == 2);
}

TEST_CASE("case references are made on the device, sequential and unique", "[writepath]")
{
    test::WorkspaceFixture f;
    auto client = f.addClient(QStringLiteral("Rohimah"));
    auto a = f.addCase(client.id);
    auto b = f.addCase(client.id);
    const QString code = f.ws->writer().deviceCode();
    CHECK(code.size() == 4);
    CHECK(a.reference == code + QStringLiteral("-0001"));
    CHECK(b.reference == code + QStringLiteral("-0002"));
    CHECK(f.ws->cases().findByReference(b.reference.toLower()).value().id == b.id);
}

TEST_CASE("a row update refused by a constraint inside a larger transaction changes nothing of that row", "[writepath]")
{
    // Applying a pull updates rows with UPDATE OR FAIL, which spares SQLCipher a statement journal
    // (an encrypted copy of every page the statement touches); a foreign key checked after the
    // write must still take the statement back whole.
    test::WorkspaceFixture f;
    const auto client = f.addClient(QStringLiteral("Sulastri"));
    const auto kase = f.addCase(client.id);
    const EntityDef *def = entityDefByName(QStringLiteral("case"));
    REQUIRE(def);
    auto tx = f.db->begin();
    REQUIRE(tx.ok());
    EntityTable table(*f.db, *def);
    table.setFailInPlace(true);
    FieldMap values;
    values.insert(QStringLiteral("title"), QStringLiteral("judul baru"));
    values.insert(QStringLiteral("client_id"), QStringLiteral("no-such-client"));
    const Status refused = table.updateRow(kase.id, values, 1);
    CHECK_FALSE(refused.ok());
    FieldMap fine;
    fine.insert(QStringLiteral("risk"), QStringLiteral("high"));
    REQUIRE(table.updateRow(kase.id, fine, 2).ok());
    REQUIRE(tx->commit().ok());
    const auto row = table.loadFields(kase.id).value();
    REQUIRE(row);
    CHECK(row->value(QStringLiteral("title")).toString() != QStringLiteral("judul baru"));
    CHECK(row->value(QStringLiteral("client_id")).toString() == client.id);
    CHECK(row->value(QStringLiteral("risk")).toString() == QStringLiteral("high"));
}
