#include "support/RandomWorkload.h"
#include "support/WorkspaceFixture.h"
#include "sync/OutboxReplay.h"

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::repo;

TEST_CASE("replaying the outbox into an empty database reproduces the data exactly", "[replay]")
{
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        test::WorkspaceFixture f(seed);
        test::RandomWorkload(*f.ws, seed * 101, &f.clock).run(300);
        auto diff = sync::OutboxReplay::differences(*f.db);
        REQUIRE(diff.ok());
        INFO(diff->mid(0, 5).join(QLatin1Char('\n')).toStdString());
        CHECK(diff->isEmpty());
        CHECK(f.outboxCount() > 250);
    }
}

TEST_CASE("the replay check catches a write that bypassed the outbox", "[replay]")
{
    test::WorkspaceFixture f;
    auto client = f.addClient(QStringLiteral("Endang"));
    REQUIRE(f.db->execScript(QStringLiteral("UPDATE clients SET full_name = 'Endang S' WHERE id = '%1'").arg(client.id))
                .ok());
    auto diff = sync::OutboxReplay::differences(*f.db);
    REQUIRE(diff.ok());
    CHECK_FALSE(diff->isEmpty());
}
