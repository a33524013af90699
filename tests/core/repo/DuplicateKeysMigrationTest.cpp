#include "repo/Schema.h"
#include "repo/Workspace.h"
#include "store/Database.h"

#include "support/TempDir.h"
#include "support/TestKeys.h"

#include <catch2/catch.hpp>

using namespace lintas;

// Clients written before the duplicate-client keys existed must be found once the profile is
// migrated: the migration fills the keys from the rows already there.
TEST_CASE("the duplicate-client keys are built for clients written before them", "[schema][duplicates]")
{
    test::TempDir dir;
    auto key = test::fixedKey();
    const QString path = dir.file(QStringLiteral("old.db"));
    {
        auto db = store::Database::open(path, &key).value();
        REQUIRE(repo::profileSchema().migrate(*db, 8).value() == 8);
        REQUIRE(db->execScript(QStringLiteral(R"SQL(
INSERT INTO clients (id, full_name, nik, passport_no, birth_date, deleted, updated_at)
  VALUES ('c1', 'Soekarni binti Karto', '3201014501900001', NULL, '1990-01-05', 0, 1);
INSERT INTO clients (id, full_name, passport_no, deleted, updated_at) VALUES ('c2', 'Siti Aminah', 'c 765 4321', 0, 1);
INSERT INTO clients (id, full_name, deleted, updated_at) VALUES ('c3', 'Wartini', 0, 1);
INSERT INTO clients (id, full_name, deleted, updated_at) VALUES ('c4', 'Sukarni', 1, 1);
INSERT INTO client_phones (id, client_id, number, kind, deleted, updated_at)
  VALUES ('p1', 'c3', '0812-3456-7890', 'mobile', 0, 1);
INSERT INTO client_phones (id, client_id, number, kind, deleted, updated_at)
  VALUES ('p2', 'c3', '0813-0000-0000', 'mobile', 1, 1);
INSERT INTO set_members (entity, entity_id, field, element, tag, removed_hlc)
  VALUES ('client', 'c3', 'aliases', 'Mbak Tini', 't1', NULL);
INSERT INTO set_members (entity, entity_id, field, element, tag, removed_hlc)
  VALUES ('client', 'c3', 'aliases', 'Warsih', 't2', 5);
)SQL"))
                    .ok());
    }
    auto db = store::Database::open(path, &key, {.create = false}).value();
    REQUIRE(repo::profileSchema().migrate(*db).value() == repo::profileSchema().latestVersion());
    ManualClock clock(1'795'000'000'000);
    SeededRandom random(3);
    auto ws = repo::Workspace::open(*db, clock, random).value();

    auto idsFor = [&](const QString &name, const QStringList &phones = {}, const QString &passport = {}) {
        domain::Client c;
        c.fullName = name;
        c.passportNo = passport;
        auto r = ws->clients().findLikelyDuplicates(c, phones);
        REQUIRE(r.ok());
        QStringList out;
        for (const auto &m : *r)
            out << m.client.id;
        return out;
    };
    CHECK(idsFor(QStringLiteral("Sukarni")) == QStringList {QStringLiteral("c1")}); // c4 is deleted
    CHECK(idsFor(QStringLiteral("X"), {}, QStringLiteral("C7654321")) == QStringList {QStringLiteral("c2")});
    CHECK(idsFor(QStringLiteral("X"), {QStringLiteral("+62 812 3456 7890")}) == QStringList {QStringLiteral("c3")});
    CHECK(idsFor(QStringLiteral("X"), {QStringLiteral("+62 813 0000 0000")}).isEmpty()); // a deleted number
    CHECK(idsFor(QStringLiteral("Tini")) == QStringList {QStringLiteral("c3")}); // a live alias
    CHECK(idsFor(QStringLiteral("Warsih")).isEmpty()); // a removed alias
}
