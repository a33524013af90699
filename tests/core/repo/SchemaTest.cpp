#include "repo/Schema.h"
#include "repo/EntityDef.h"
#include "repo/Workspace.h"
#include "search/SearchIndex.h"
#include "store/Database.h"
#include "support/TempDir.h"
#include "support/TestKeys.h"

#include <QSet>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace lintas;

TEST_CASE("the newest schema has exactly the columns the entity mappings declare", "[schema]")
{
    auto db = store::Database::open(QStringLiteral(":memory:"), nullptr).value();
    REQUIRE(repo::profileSchema().migrate(*db).ok());
    for (const repo::EntityDef *def : repo::allEntityDefs()) {
        QSet<QString> expected {QStringLiteral("id"), QStringLiteral("updated_at")};
        for (const repo::FieldDef &f : def->fields)
            expected.insert(f.name);
        QSet<QString> actual;
        auto st = db->prepare(QStringLiteral("PRAGMA table_info(%1)").arg(def->table));
        REQUIRE(st.ok());
        while (st->step().value())
            actual.insert(st->text(1));
        INFO(def->table.toStdString());
        CHECK(actual == expected);
    }
}

TEST_CASE("migrating from every earlier version reaches the newest schema and keeps data", "[schema]")
{
    const int latest = repo::profileSchema().latestVersion();
    REQUIRE(latest >= 2);
    for (int from = 0; from < latest; ++from) {
        INFO("from version " << from);
        test::TempDir dir;
        auto key = test::fixedKey();
        const QString path = dir.file(QStringLiteral("m.db"));
        {
            auto db = store::Database::open(path, &key).value();
            REQUIRE(repo::profileSchema().migrate(*db, std::min(from, 1)).value() == std::min(from, 1));
            if (from >= 1) {
                // Data written by a version-1 app (no search index yet), then the steps up to `from`.
                REQUIRE(db->execScript(QStringLiteral(R"SQL(
INSERT INTO clients (id, full_name, nik, deleted, updated_at) VALUES ('c1', 'Siti Maesaroh', '1807014501900001', 0, 1);
INSERT INTO clients (id, full_name, deleted, updated_at) VALUES ('c2', 'Rina', 0, 1);
INSERT INTO cases (id, reference, client_id, chronology, deleted, updated_at)
  VALUES ('k1', 'AB12-0001', 'c1', 'Gaji tidak dibayar oleh majikan', 0, 1);
)SQL"))
                            .ok());
                REQUIRE(repo::profileSchema().migrate(*db, from).value() == from);
            }
        }
        auto db = store::Database::open(path, &key, {.create = false}).value();
        REQUIRE(repo::profileSchema().migrate(*db).value() == latest);
        CHECK(db->userVersion() == latest);
        CHECK(db->checkIntegrity().ok());
        if (from >= 1) {
            auto hits = search::SearchIndex::search(*db, {QStringLiteral("maesaroh")});
            REQUIRE(hits.ok());
            REQUIRE(hits->size() == 2); // the client and her case
            CHECK(hits->first().kind == QStringLiteral("client"));
            // The kind filter reads the kind from the docid: right only after migration 5.
            auto casesOnly
                = search::SearchIndex::search(*db, {QStringLiteral("maesaroh"), 50, {QStringLiteral("case")}});
            REQUIRE(casesOnly.ok());
            REQUIRE(casesOnly->size() == 1);
            CHECK(casesOnly->first().entityId == QStringLiteral("k1"));
            auto byChronology = search::SearchIndex::search(*db, {QStringLiteral("majikan")});
            REQUIRE(byChronology.ok());
            REQUIRE(byChronology->size() == 1);
            CHECK(byChronology->first().entityId == QStringLiteral("k1"));
        }
    }
}

TEST_CASE("migration 12 takes the case reference out of the notes' search entries", "[schema][search]")
{
    auto db = store::Database::open(QStringLiteral(":memory:"), nullptr).value();
    REQUIRE(repo::profileSchema().migrate(*db, 11).value() == 11);
    REQUIRE(db->execScript(QStringLiteral(R"SQL(
INSERT INTO clients (id, full_name, deleted, updated_at) VALUES ('c1', 'Siti Maesaroh', 0, 1);
INSERT INTO cases (id, reference, client_id, chronology, deleted, updated_at)
  VALUES ('k1', 'AB12-0001', 'c1', 'Gaji tidak dibayar', 0, 1);
INSERT INTO notes (id, case_id, body, updated_at) VALUES ('n1', 'k1', 'Wawancara di shelter', 1);
)SQL"))
                .ok());
    REQUIRE(search::SearchIndex::rebuild(*db).ok());
    // As versions up to 11 indexed a note: titled with its case's reference.
    REQUIRE(db->execScript(QStringLiteral("UPDATE search_fts SET title = 'AB12-0001' WHERE docid IN "
                                          "(SELECT docid FROM search_docs WHERE kind = 'note')"))
                .ok());
    REQUIRE(search::SearchIndex::search(*db, {QStringLiteral("ab12")}).value().size() == 2);

    REQUIRE(repo::profileSchema().migrate(*db).ok());
    auto byReference = search::SearchIndex::search(*db, {QStringLiteral("ab12")}).value();
    REQUIRE(byReference.size() == 1);
    CHECK(byReference.first().entityId == QStringLiteral("k1"));
    auto byNote = search::SearchIndex::search(*db, {QStringLiteral("shelter")}).value();
    REQUIRE(byNote.size() == 1);
    CHECK(byNote.first().entityId == QStringLiteral("n1"));
    CHECK(byNote.first().title == QStringLiteral("AB12-0001")); // shown from the case
}

TEST_CASE("a database from a newer Lintas is refused and left untouched", "[schema]")
{
    test::TempDir dir;
    auto db = store::Database::open(dir.file(QStringLiteral("n.db")), nullptr).value();
    REQUIRE(repo::profileSchema().migrate(*db).ok());
    REQUIRE(db->setUserVersion(repo::profileSchema().latestVersion() + 1).ok());
    auto r = repo::profileSchema().migrate(*db);
    REQUIRE_FALSE(r.ok());
    CHECK(r.code() == ErrorCode::SchemaTooNew);
    CHECK(db->userVersion() == repo::profileSchema().latestVersion() + 1);
}
