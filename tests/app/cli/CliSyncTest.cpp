#include "CliRunner.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace lintas::test;

TEST_CASE("sync on a profile that joined no organisation says so and exits 4", "[cli][sync]")
{
    CliRunner cli;
    REQUIRE(cli.createProfile(QStringLiteral("Yanti")).exitCode == 0);
    REQUIRE(cli.as(QStringLiteral("Yanti"),
                   {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--full-name"),
                       QStringLiteral("Marni binti Sastro")})
                .exitCode
        == 0);

    const CliResult status
        = cli.as(QStringLiteral("Yanti"), {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status")});
    REQUIRE(status.exitCode == 0);
    const QJsonObject o = status.json().object();
    CHECK(o.value(QStringLiteral("waiting")).toInt() >= 1);
    CHECK(o.value(QStringLiteral("open_conflicts")).toInt() == 0);
    CHECK_FALSE(o.contains(QStringLiteral("space")));

    const CliResult sync = cli.as(QStringLiteral("Yanti"), {QStringLiteral("sync")});
    CHECK(sync.exitCode == 4);
    CHECK(sync.errText().contains(QStringLiteral("not joined an organisation")));
    CHECK(cli.as(QStringLiteral("Yanti"), {QStringLiteral("sync"), QStringLiteral("later")}).exitCode == 2);
}
