#include "transfer/DirectorySeeder.h"
#include "support/WorkspaceFixture.h"

#include <catch2/catch.hpp>

using namespace lintas;

TEST_CASE("seeding the directory twice creates each entry once", "[transfer][seed]")
{
    test::WorkspaceFixture f;
    transfer::DirectorySeeder seeder(*f.ws);
    auto first = seeder.seedBundled();
    REQUIRE(first.ok());
    CHECK(first->created >= 20);
    const int outbox = f.outboxCount();
    auto second = seeder.seedBundled();
    REQUIRE(second.ok());
    CHECK(second->created == 0);
    CHECK(second->updated == 0);
    CHECK(second->unchanged == first->created);
    CHECK(f.outboxCount() == outbox);

    auto orgs = f.ws->organisations().list();
    REQUIRE(orgs.ok());
    CHECK(orgs->size() == first->created);
    const auto labour = std::find_if(orgs->cbegin(), orgs->cend(),
        [](const domain::Organisation &o) { return o.seedKey == QStringLiteral("hk_labour_department"); });
    REQUIRE(labour != orgs->cend());
    CHECK(labour->phones.contains(QStringLiteral("2157 9537")));
    CHECK(labour->country == QStringLiteral("hk"));

    // An entry the user deleted stays deleted; a user edit is refreshed from the seed.
    REQUIRE(f.ws->organisations().remove(labour->id).ok());
    auto edited = orgs->at(1);
    edited.phones = QStringLiteral("000");
    REQUIRE(f.ws->organisations().update(edited).ok());
    auto third = seeder.seedBundled();
    REQUIRE(third.ok());
    CHECK(third->updated == 1);
    CHECK(f.ws->organisations().get(labour->id)->deleted);
    CHECK(f.ws->organisations().get(edited.id)->phones != QStringLiteral("000"));
}
