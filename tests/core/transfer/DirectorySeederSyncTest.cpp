#include "support/WorkspaceFixture.h"
#include "sync/OutboxReplay.h"
#include "transfer/DirectorySeeder.h"

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

int organisationRows(store::Database &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM organisations")).value().toInt();
}

} // namespace

TEST_CASE("the directory is seeded on first unlock only, and deleted entries stay deleted", "[transfer][seed]")
{
    test::WorkspaceFixture f;
    transfer::DirectorySeeder seeder(*f.ws);
    auto first = seeder.seedIfNeverSeeded();
    REQUIRE(first.ok());
    CHECK_FALSE(first->skipped);
    CHECK(first->created >= 20);

    auto again = seeder.seedIfNeverSeeded();
    REQUIRE(again.ok());
    CHECK(again->skipped);
    CHECK(again->created == 0);

    // The user deletes every seeded entry: the next unlock does not bring them back.
    auto all = f.ws->organisations().list();
    REQUIRE(all.ok());
    for (const domain::Organisation &o : *all)
        REQUIRE(f.ws->organisations().remove(o.id).ok());
    const int outbox = f.outboxCount();
    auto afterDelete = seeder.seedIfNeverSeeded();
    REQUIRE(afterDelete.ok());
    CHECK(afterDelete->skipped);
    CHECK(f.outboxCount() == outbox);
    CHECK(f.ws->organisations().list()->isEmpty());
}

TEST_CASE("a profile whose directory has only hand-made entries is still seeded", "[transfer][seed]")
{
    test::WorkspaceFixture f;
    domain::Organisation own;
    own.name = QStringLiteral("LBH Jawa Timur pos Blitar");
    own.kind = QStringLiteral("legal_aid");
    own.country = QStringLiteral("id");
    REQUIRE(f.ws->organisations().create(own).ok());
    auto seeded = transfer::DirectorySeeder(*f.ws).seedIfNeverSeeded();
    REQUIRE(seeded.ok());
    CHECK_FALSE(seeded->skipped);
    CHECK(seeded->created >= 20);
}

TEST_CASE("seeded entries get ids from their seed keys, so two devices seeding alone converge", "[transfer][seed]")
{
    test::WorkspaceFixture deviceA(11);
    test::WorkspaceFixture deviceB(12);
    auto seededA = transfer::DirectorySeeder(*deviceA.ws).seedIfNeverSeeded();
    auto seededB = transfer::DirectorySeeder(*deviceB.ws).seedIfNeverSeeded();
    REQUIRE(seededA.ok());
    REQUIRE(seededB.ok());
    REQUIRE(seededA->created == seededB->created);

    auto orgs = deviceA.ws->organisations().list();
    REQUIRE(orgs.ok());
    for (const domain::Organisation &o : *orgs) {
        CHECK(o.id == transfer::DirectorySeeder::idForSeedKey(o.seedKey));
        CHECK(o.id.size() == 32);
        CHECK(o.id == o.id.toLower());
        CHECK(deviceB.ws->organisations().get(o.id).ok());
    }
    CHECK(transfer::DirectorySeeder::idForSeedKey(QStringLiteral("a"))
        != transfer::DirectorySeeder::idForSeedKey(QStringLiteral("b")));

    // Device B edits one entry a minute later; then each device receives the other's changes.
    deviceB.clock.advanceMs(60'000);
    domain::Organisation edited = orgs->first();
    edited.phones = QStringLiteral("+852 2157 9537");
    REQUIRE(deviceB.ws->organisations().update(edited).ok());
    REQUIRE(sync::OutboxReplay::replay(*deviceA.db, *deviceB.db).ok());
    REQUIRE(sync::OutboxReplay::replay(*deviceB.db, *deviceA.db).ok());
    CHECK(organisationRows(*deviceA.db) == seededA->created);
    CHECK(organisationRows(*deviceB.db) == seededA->created);
    // B's later edit wins on both devices, whichever order the changes arrived in.
    CHECK(deviceA.ws->organisations().get(edited.id)->phones == edited.phones);
    CHECK(deviceB.ws->organisations().get(edited.id)->phones == edited.phones);
}
