#include "TransferTestData.h"
#include "sync/OutboxReplay.h"
#include "transfer/DataExporter.h"
#include "transfer/DataImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::transfer;

namespace {

QByteArray exportOf(test::WorkspaceFixture &f)
{
    auto json = DataExporter(*f.ws).toJson();
    REQUIRE(json.ok());
    return *json;
}

} // namespace

TEST_CASE("export lists every entity, every field and the sets, sorted by id", "[transfer]")
{
    test::WorkspaceFixture f;
    test::fillRichDataset(f);
    const QByteArray json = exportOf(f);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("lintas-export"));
    CHECK(root.value(QStringLiteral("version")).toInt() == 1);
    CHECK(root.value(QStringLiteral("deviceCode")).toString() == f.ws->writer().deviceCode());
    CHECK(root.value(QStringLiteral("exportedAt")).toString() == QStringLiteral("2026-11-18T11:06:40.000Z"));
    const QJsonObject entities = root.value(QStringLiteral("entities")).toObject();
    for (const repo::EntityDef *def : repo::allEntityDefs()) {
        INFO(def->name.toStdString());
        REQUIRE(entities.contains(def->name));
        const QJsonArray records = entities.value(def->name).toArray();
        CHECK_FALSE(records.isEmpty());
        QString previous;
        for (const auto &v : records) {
            const QJsonObject record = v.toObject();
            CHECK(record.value(QStringLiteral("id")).toString() > previous);
            previous = record.value(QStringLiteral("id")).toString();
            CHECK_FALSE(record.contains(QStringLiteral("updated_at")));
            for (const repo::FieldDef &field : def->fields)
                CHECK(record.contains(field.name));
            CHECK(record.contains(QStringLiteral("sets")) == !def->setFields.isEmpty());
        }
    }
    const QJsonObject client = entities.value(QStringLiteral("client")).toArray().first().toObject();
    const QJsonObject sumiati
        = client.value(QStringLiteral("full_name")).toString().startsWith(QStringLiteral("Sumiati"))
        ? client
        : entities.value(QStringLiteral("client")).toArray().last().toObject();
    CHECK(sumiati.value(QStringLiteral("sets")).toObject().value(QStringLiteral("aliases")).toArray()
        == QJsonArray {QStringLiteral("Mbak Sum"), QStringLiteral("Soemiati"), QStringLiteral("Sumiyati")});
    CHECK(sumiati.value(QStringLiteral("birth_date")).toString() == QStringLiteral("1988-02-29"));
    CHECK(sumiati.value(QStringLiteral("current_city")).isNull());
    CHECK(sumiati.value(QStringLiteral("deleted")).toBool() == false);
    CHECK(json.contains("\"amount_claimed\":2040000"));
    CHECK(json.contains("\"amount_offered\":0"));
}

TEST_CASE("export then import into an empty profile then export again is lossless", "[transfer]")
{
    test::WorkspaceFixture source(7);
    test::fillRichDataset(source);
    const QByteArray first = exportOf(source);

    test::WorkspaceFixture target(99); // another device: another device code and ids for changes
    REQUIRE(target.ws->writer().deviceCode() != source.ws->writer().deviceCode());
    auto summary = DataImporter(*target.ws).importJson(first);
    REQUIRE(summary.ok());
    CHECK(summary->updated() == 0);
    CHECK(summary->unchanged() == 0);
    CHECK(summary->created() == target.outboxCount()); // one outbox record per imported record

    const QByteArray second = exportOf(target);
    CHECK(second != first); // the device code differs…
    CHECK(test::withoutRunHeader(second).toStdString() == test::withoutRunHeader(first).toStdString()); // …nothing else

    // The imported data went through the write path: its outbox replays to the same data.
    auto diff = sync::OutboxReplay::differences(*target.db);
    REQUIRE(diff.ok());
    CHECK(diff->isEmpty());
    // …and through search indexing.
    auto hits = target.ws->search({QStringLiteral("Sumiyati")});
    REQUIRE(hits.ok());
    CHECK_FALSE(hits->isEmpty());
}

TEST_CASE("re-importing the same file is a no-op", "[transfer]")
{
    test::WorkspaceFixture source(7);
    test::fillRichDataset(source);
    const QByteArray file = exportOf(source);

    // Into the profile it came from: everything is already there.
    const int before = source.outboxCount();
    auto again = DataImporter(*source.ws).importJson(file);
    REQUIRE(again.ok());
    CHECK(again->created() == 0);
    CHECK(again->updated() == 0);
    CHECK(source.outboxCount() == before);

    // Twice into another profile: the second time writes nothing.
    test::WorkspaceFixture target(99);
    REQUIRE(DataImporter(*target.ws).importJson(file).ok());
    const int afterFirst = target.outboxCount();
    auto second = DataImporter(*target.ws).importJson(file);
    REQUIRE(second.ok());
    CHECK(second->created() == 0);
    CHECK(second->updated() == 0);
    CHECK(second->unchanged() == afterFirst);
    CHECK(target.outboxCount() == afterFirst);
}

TEST_CASE("import updates existing records field by field", "[transfer]")
{
    test::WorkspaceFixture source(7);
    auto client = source.addClient(QStringLiteral("Siti Aminah"));
    test::WorkspaceFixture target(99);
    REQUIRE(DataImporter(*target.ws).importJson(exportOf(source)).ok());

    client.currentCity = QStringLiteral("Tuen Mun");
    client.aliases = {QStringLiteral("Siti Aminah binti Parman")};
    REQUIRE(source.ws->clients().update(client).ok());
    const int before = target.outboxCount();
    auto summary = DataImporter(*target.ws).importJson(exportOf(source));
    REQUIRE(summary.ok());
    CHECK(summary->updated() == 1);
    CHECK(target.outboxCount() == before + 1);
    auto stored = target.ws->clients().get(client.id);
    REQUIRE(stored.ok());
    CHECK(stored->currentCity == QStringLiteral("Tuen Mun"));
    CHECK(stored->aliases == QStringList {QStringLiteral("Siti Aminah binti Parman")});
}

TEST_CASE("empty text and null both import as unset", "[transfer]")
{
    test::WorkspaceFixture f;
    const QByteArray file = R"({"format":"lintas-export","version":1,"entities":{"client":[
        {"id":"c1","full_name":"Tarsini","address":"","notes":null,"gender":"female"}]}})";
    auto summary = DataImporter(*f.ws).importJson(file);
    REQUIRE(summary.ok());
    auto client = f.ws->clients().get(QStringLiteral("c1"));
    REQUIRE(client.ok());
    CHECK(client->address.isNull());
    CHECK(client->notes.isNull());
    auto empty = f.db->scalar(QStringLiteral("SELECT count(*) FROM clients WHERE address IS NULL AND notes IS NULL"));
    CHECK(empty.value().toInt() == 1);
}
