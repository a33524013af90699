#include "ProfileFixture.h"

#include "repo/Schema.h"
#include "repo/Workspace.h"

using namespace lintas;
using lintas::test::passphrase;
using lintas::test::ProfileFixture;

// The other profile tests use a stand-in schema; this one goes through the real casework schema
// and repositories, as the app and the CLI do.
TEST_CASE("a profile opened with the casework schema keeps cases, search and the case counter across sessions",
    "[profile][workspace]")
{
    ProfileFixture f;
    auto store = f.makeStore(repo::profileSchema());
    auto created = store.create(QStringLiteral("Wulan"), passphrase("kata sandi panjang"));
    REQUIRE(created.ok());
    const QString id = created->info.id;

    QString firstReference;
    {
        auto opened = store.unlock(id, passphrase("kata sandi panjang"));
        REQUIRE(opened.ok());
        CHECK((*opened)->database().userVersion() == repo::profileSchema().latestVersion());
        auto ws = repo::Workspace::open((*opened)->database(), f.clock, f.random);
        REQUIRE(ws.ok());
        domain::Client client;
        client.fullName = QStringLiteral("Sulastri");
        client.gender = QStringLiteral("female");
        auto c = (*ws)->clients().create(client);
        REQUIRE(c.ok());
        domain::Case kase;
        kase.clientId = c->id;
        kase.caseTypes = {QStringLiteral("unpaid_wages")};
        auto k = (*ws)->cases().create(kase);
        REQUIRE(k.ok());
        firstReference = k->reference;
    }

    auto opened = store.unlock(id, passphrase("kata sandi panjang"));
    REQUIRE(opened.ok());
    CHECK((*opened)->checkAtOpen() == profile::OpenProfile::IntegrityCheck::None); // closed cleanly
    auto ws = repo::Workspace::open((*opened)->database(), f.clock, f.random);
    REQUIRE(ws.ok());
    auto hits = (*ws)->search({QStringLiteral("sulas")});
    REQUIRE(hits.ok());
    REQUIRE_FALSE(hits->isEmpty());
    auto again = (*ws)->cases().findByReference(firstReference);
    REQUIRE(again.ok());

    domain::Case second;
    second.clientId = again->clientId;
    second.caseTypes = {QStringLiteral("agency_overcharging")};
    auto next = (*ws)->cases().create(second);
    REQUIRE(next.ok());
    CHECK(next->reference != firstReference); // the per-device counter survived the restart
    CHECK(next->reference.right(4) == QStringLiteral("0002"));
}
