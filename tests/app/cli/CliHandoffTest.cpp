#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using lintas::test::CliResult;
using lintas::test::CliRunner;

TEST_CASE("a case handed from Hong Kong to Lampung through the CLI and answered", "[cli]")
{
    CliRunner cli;
    REQUIRE(cli.createProfile(QStringLiteral("HK")).exitCode == 0);
    REQUIRE(cli.createProfile(QStringLiteral("Lampung")).exitCode == 0);

    const CliResult client = cli.as(QStringLiteral("HK"),
        {QStringLiteral("--json"), QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--full-name"),
            QStringLiteral("Sumiati binti Karto"), QStringLiteral("--gender"), QStringLiteral("female")});
    REQUIRE(client.exitCode == 0);
    const CliResult kase = cli.as(QStringLiteral("HK"),
        {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--client"),
            client.json().object().value(QStringLiteral("id")).toString(), QStringLiteral("--case-types"),
            QStringLiteral("unpaid_wages"), QStringLiteral("--title"), QStringLiteral("Gaji tidak dibayar")});
    REQUIRE(kase.exitCode == 0);
    const QString reference = kase.json().object().value(QStringLiteral("reference")).toString();

    const CliResult address = cli.as(QStringLiteral("Lampung"),
        {QStringLiteral("--json"), QStringLiteral("handoff"), QStringLiteral("address"), QStringLiteral("--name"),
            QStringLiteral("Yayasan Lampung")});
    REQUIRE(address.exitCode == 0);
    const QJsonObject a = address.json().object();
    REQUIRE(a.value(QStringLiteral("qr")).toString().startsWith(QStringLiteral("lintas:handoff?")));

    const QString packet = cli.file(QStringLiteral("case.lintas-handoff"));
    const CliResult exported = cli.as(QStringLiteral("HK"),
        {QStringLiteral("handoff"), QStringLiteral("export"), reference, packet, QStringLiteral("--to"),
            a.value(QStringLiteral("code")).toString().toLower()});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(a.value(QStringLiteral("fingerprint")).toString().toUtf8()));

    // Someone else cannot open it, and is told whose it is.
    REQUIRE(cli.createProfile(QStringLiteral("Other")).exitCode == 0);
    const CliResult wrong
        = cli.as(QStringLiteral("Other"), {QStringLiteral("handoff"), QStringLiteral("import"), packet});
    CHECK(wrong.exitCode == 5);
    CHECK(wrong.errText().contains(a.value(QStringLiteral("fingerprint")).toString()));

    const QString reply = cli.file(QStringLiteral("reply.lintas-handoff"));
    const CliResult imported = cli.as(QStringLiteral("Lampung"),
        {QStringLiteral("handoff"), QStringLiteral("import"), packet, QStringLiteral("--accept"),
            QStringLiteral("--reply"), reply});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains("Imported"));
    const CliResult shown
        = cli.as(QStringLiteral("Lampung"), {QStringLiteral("case"), QStringLiteral("show"), reference});
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains("Gaji tidak dibayar"));
    const CliResult again
        = cli.as(QStringLiteral("Lampung"), {QStringLiteral("handoff"), QStringLiteral("import"), packet});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains("Already imported on"));

    const CliResult answered
        = cli.as(QStringLiteral("HK"), {QStringLiteral("handoff"), QStringLiteral("import-reply"), reply});
    REQUIRE(answered.exitCode == 0);
    CHECK(answered.out.contains("accepted"));

    // A second case, declined: nothing of it enters the Lampung profile.
    const CliResult other = cli.as(QStringLiteral("HK"),
        {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--client"),
            client.json().object().value(QStringLiteral("id")).toString(), QStringLiteral("--case-types"),
            QStringLiteral("unpaid_wages"), QStringLiteral("--title"), QStringLiteral("Kasus kedua")});
    REQUIRE(other.exitCode == 0);
    const QString otherReference = other.json().object().value(QStringLiteral("reference")).toString();
    const QString second = cli.file(QStringLiteral("second.lintas-handoff"));
    REQUIRE(cli.as(QStringLiteral("HK"),
                   {QStringLiteral("handoff"), QStringLiteral("export"), otherReference, second, QStringLiteral("--to"),
                       a.value(QStringLiteral("qr")).toString()})
                .exitCode
        == 0);
    const QString refusal = cli.file(QStringLiteral("refusal.lintas-handoff"));
    const CliResult declined = cli.as(QStringLiteral("Lampung"),
        {QStringLiteral("handoff"), QStringLiteral("import"), second, QStringLiteral("--decline"),
            QStringLiteral("Di luar wilayah kami"), QStringLiteral("--reply"), refusal});
    REQUIRE(declined.exitCode == 0);
    CHECK(declined.out.contains("nothing was imported"));
    CHECK(cli.as(QStringLiteral("Lampung"), {QStringLiteral("case"), QStringLiteral("show"), otherReference}).exitCode
        != 0);
    const CliResult refused
        = cli.as(QStringLiteral("HK"), {QStringLiteral("handoff"), QStringLiteral("import-reply"), refusal});
    REQUIRE(refused.exitCode == 0);
    CHECK(refused.out.contains("declined"));
    CHECK(refused.out.contains("Di luar wilayah kami"));
}

TEST_CASE("handoff export leaves out the parts named, and refuses a part it does not know", "[cli]")
{
    CliRunner cli;
    REQUIRE(cli.createProfile(QStringLiteral("HK")).exitCode == 0);
    REQUIRE(cli.createProfile(QStringLiteral("Lampung")).exitCode == 0);
    const CliResult client = cli.as(QStringLiteral("HK"),
        {QStringLiteral("--json"), QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--full-name"),
            QStringLiteral("Sumiati binti Karto"), QStringLiteral("--gender"), QStringLiteral("female")});
    REQUIRE(client.exitCode == 0);
    const QString clientId = client.json().object().value(QStringLiteral("id")).toString();
    REQUIRE(cli.as(QStringLiteral("HK"),
                   {QStringLiteral("phone"), QStringLiteral("add"), clientId, QStringLiteral("--number"),
                       QStringLiteral("+62 812-3456-7890")})
                .exitCode
        == 0);
    const CliResult kase = cli.as(QStringLiteral("HK"),
        {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--client"), clientId,
            QStringLiteral("--case-types"), QStringLiteral("unpaid_wages")});
    REQUIRE(kase.exitCode == 0);
    const QString reference = kase.json().object().value(QStringLiteral("reference")).toString();
    const CliResult address = cli.as(
        QStringLiteral("Lampung"), {QStringLiteral("--json"), QStringLiteral("handoff"), QStringLiteral("address")});
    REQUIRE(address.exitCode == 0);
    const QString code = address.json().object().value(QStringLiteral("code")).toString();

    const QString packet = cli.file(QStringLiteral("case.lintas-handoff"));
    const CliResult unknown = cli.as(QStringLiteral("HK"),
        {QStringLiteral("handoff"), QStringLiteral("export"), reference, packet, QStringLiteral("--to"), code,
            QStringLiteral("--leave-out"), QStringLiteral("phones,money")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.errText().contains(QStringLiteral("money")));
    CHECK_FALSE(QFile::exists(packet));

    REQUIRE(cli.as(QStringLiteral("HK"),
                   {QStringLiteral("handoff"), QStringLiteral("export"), reference, packet, QStringLiteral("--to"),
                       code, QStringLiteral("--leave-out"), QStringLiteral("phones")})
                .exitCode
        == 0);
    REQUIRE(
        cli.as(QStringLiteral("Lampung"), {QStringLiteral("handoff"), QStringLiteral("import"), packet}).exitCode == 0);
    const CliResult shown = cli.as(QStringLiteral("Lampung"),
        {QStringLiteral("--json"), QStringLiteral("client"), QStringLiteral("show"), clientId});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.json().object().value(QStringLiteral("phones")).toArray().isEmpty());
}
