#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using lintas::test::CliResult;
using lintas::test::CliRunner;

namespace {

// Everything the profile holds, as the export sees it (minus the per-run header lines).
QByteArray snapshot(const CliRunner &cli, const QString &profile)
{
    const CliResult r = cli.as(profile, {QStringLiteral("export"), QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    QList<QByteArray> lines = r.out.split('\n');
    lines.removeIf([](const QByteArray &l) { return l.startsWith("  \"exportedAt\""); });
    return lines.join('\n');
}

CliRunner &withClient(CliRunner &cli)
{
    cli.createProfile(QStringLiteral("Yanti"));
    REQUIRE(cli.as(QStringLiteral("Yanti"),
                   {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--full-name"),
                       QStringLiteral("Wartini")})
                .exitCode
        == 0);
    return cli;
}

} // namespace

TEST_CASE("a wrong passphrase exits 3 and changes nothing", "[cli]")
{
    CliRunner cli;
    withClient(cli);
    const QByteArray before = snapshot(cli, QStringLiteral("Yanti"));
    const CliResult wrong = cli.run(
        {QStringLiteral("--profile"), QStringLiteral("Yanti"), QStringLiteral("--passphrase-fd"), QStringLiteral("0"),
            QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--full-name"), QStringLiteral("Marni")},
        "bukan kata sandinya\n");
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.errText().startsWith(QStringLiteral("lintas-cli: error: ")));
    CHECK(wrong.errText().contains(QStringLiteral("passphrase")));
    CHECK(snapshot(cli, QStringLiteral("Yanti")) == before);
}

TEST_CASE("an invalid NIK exits 5, names the field and changes nothing", "[cli]")
{
    CliRunner cli;
    withClient(cli);
    const QByteArray before = snapshot(cli, QStringLiteral("Yanti"));
    const CliResult bad = cli.as(QStringLiteral("Yanti"),
        {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--full-name"), QStringLiteral("Marni"),
            QStringLiteral("--nik"), QStringLiteral("18070412")});
    CHECK(bad.exitCode == 5);
    CHECK(bad.errText().contains(QStringLiteral("nik")));
    const CliResult json = cli.as(QStringLiteral("Yanti"),
        {QStringLiteral("--json"), QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--full-name"),
            QStringLiteral("Marni"), QStringLiteral("--nik"), QStringLiteral("ABCDEFGHIJKLMNOP")});
    CHECK(json.exitCode == 5);
    const QJsonObject error = json.json().object().value(QStringLiteral("error")).toObject();
    CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("validation"));
    CHECK(error.value(QStringLiteral("field")).toString() == QStringLiteral("nik"));
    CHECK(error.value(QStringLiteral("exitCode")).toInt() == 5);
    // Other bad input: a code not in its list, money with too many decimals, a date that is not one.
    CHECK(cli.as(QStringLiteral("Yanti"),
                 {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--full-name"),
                     QStringLiteral("Marni"), QStringLiteral("--gender"), QStringLiteral("f")})
              .exitCode
        == 5);
    CHECK(cli.as(QStringLiteral("Yanti"),
                 {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--full-name"),
                     QStringLiteral("Marni"), QStringLiteral("--birth-date"), QStringLiteral("1990-02-30")})
              .exitCode
        == 5);
    CHECK(snapshot(cli, QStringLiteral("Yanti")) == before);
}

TEST_CASE("money is read in the currency's units", "[cli]")
{
    CliRunner cli;
    withClient(cli);
    const CliResult kase = cli.as(QStringLiteral("Yanti"),
        {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--client"),
            cli.as(QStringLiteral("Yanti"),
                   {QStringLiteral("--json"), QStringLiteral("client"), QStringLiteral("list")})
                .json()
                .array()
                .first()
                .toObject()
                .value(QStringLiteral("id"))
                .toString()});
    REQUIRE(kase.exitCode == 0);
    const QString ref = kase.json().object().value(QStringLiteral("reference")).toString();
    const CliResult hkd = cli.as(QStringLiteral("Yanti"),
        {QStringLiteral("--json"), QStringLiteral("claim"), QStringLiteral("add"), ref, QStringLiteral("--claim-type"),
            QStringLiteral("wages_arrears"), QStringLiteral("--currency"), QStringLiteral("HKD"),
            QStringLiteral("--amount-claimed"), QStringLiteral("5100.5")});
    REQUIRE(hkd.exitCode == 0);
    CHECK(hkd.json().object().value(QStringLiteral("amount_claimed")).toInteger() == 510050);
    const CliResult tooPrecise = cli.as(QStringLiteral("Yanti"),
        {QStringLiteral("--json"), QStringLiteral("claim"), QStringLiteral("add"), ref, QStringLiteral("--claim-type"),
            QStringLiteral("agency_fee_refund"), QStringLiteral("--currency"), QStringLiteral("IDR"),
            QStringLiteral("--amount-claimed"), QStringLiteral("25000000.50")});
    CHECK(tooPrecise.exitCode == 5);
    CHECK(tooPrecise.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString()
        == QStringLiteral("amount_claimed"));
    const QString claimId = hkd.json().object().value(QStringLiteral("id")).toString();
    const CliResult paid = cli.as(QStringLiteral("Yanti"),
        {QStringLiteral("--json"), QStringLiteral("claim"), QStringLiteral("pay"), claimId.left(6),
            QStringLiteral("--amount"), QStringLiteral("1,000"), QStringLiteral("--paid-on"),
            QStringLiteral("2026-01-15")});
    REQUIRE(paid.exitCode == 0);
    CHECK(paid.json().object().value(QStringLiteral("amount")).toInteger() == 100000);
}

TEST_CASE("missing profiles and records exit 4", "[cli]")
{
    CliRunner cli;
    CHECK(cli.as(QStringLiteral("Nobody"), {QStringLiteral("client"), QStringLiteral("list")}).exitCode == 4);
    withClient(cli);
    CHECK(cli.as(QStringLiteral("Nobody"), {QStringLiteral("client"), QStringLiteral("list")}).exitCode == 4);
    CHECK(cli.as(QStringLiteral("Yanti"), {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("ZZZZ-9999")})
              .exitCode
        == 4);
    CHECK(cli.as(QStringLiteral("Yanti"), {QStringLiteral("import"), cli.file(QStringLiteral("no-such-file.json"))})
              .exitCode
        == 4);
}

TEST_CASE("passphrases are never taken from argv and usage errors exit 2", "[cli]")
{
    CliRunner cli;
    withClient(cli);
    const CliResult option = cli.run({QStringLiteral("--profile"), QStringLiteral("Yanti"),
        QStringLiteral("--passphrase"), CliRunner::passphrase(), QStringLiteral("client"), QStringLiteral("list")});
    CHECK(option.exitCode == 2);
    CHECK(option.errText().contains(QStringLiteral("--passphrase-file")));
    const CliResult inline_ = cli.run(
        {QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--passphrase=") + CliRunner::passphrase()});
    CHECK(inline_.exitCode == 2);
    const CliResult bare = cli.run({QStringLiteral("--profile"), QStringLiteral("Yanti"), QStringLiteral("client"),
        QStringLiteral("list"), CliRunner::passphrase()});
    CHECK(bare.exitCode == 2);
    CHECK(cli.run({QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("X"),
                      QStringLiteral("--new-passphrase"), QStringLiteral("abc")})
              .exitCode
        == 2);
    CHECK(cli.run({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli.run({QStringLiteral("client")}).exitCode == 2);
    CHECK(cli.run({QStringLiteral("client"), QStringLiteral("list"), QStringLiteral("--colour")}).exitCode == 2);
    CHECK(cli.run({}).exitCode == 2);
    CHECK(cli.run({QStringLiteral("help")}).exitCode == 0);
    CHECK(cli.run({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--help")}).exitCode == 0);
    const CliResult json = cli.run({QStringLiteral("--json"), QStringLiteral("frobnicate")});
    CHECK(
        json.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("exitCode")).toInt() == 2);
}

TEST_CASE("profile passwd and recover, a wrong recovery code exits 3", "[cli]")
{
    CliRunner cli;
    const CliResult created = cli.createProfile(QStringLiteral("Wulan"), true);
    const QString code = created.json().object().value(QStringLiteral("recoveryCode")).toString();
    // Old and new passphrase, one per line on the same descriptor.
    const CliResult passwd
        = cli.run({QStringLiteral("--profile"), QStringLiteral("Wulan"), QStringLiteral("--passphrase-fd"),
                      QStringLiteral("0"), QStringLiteral("profile"), QStringLiteral("passwd"),
                      QStringLiteral("--new-passphrase-fd"), QStringLiteral("0")},
            CliRunner::passphrase().toUtf8() + "\nkata sandi yang baru sekali\n");
    REQUIRE(passwd.exitCode == 0);
    CHECK(cli.as(QStringLiteral("Wulan"), {QStringLiteral("client"), QStringLiteral("list")}).exitCode == 3);
    const CliResult tooShort
        = cli.run({QStringLiteral("--profile"), QStringLiteral("Wulan"), QStringLiteral("--passphrase-fd"),
                      QStringLiteral("0"), QStringLiteral("profile"), QStringLiteral("passwd")},
            "kata sandi yang baru sekali\npendek\n");
    CHECK(tooShort.exitCode == 5);

    QFile wrongCode(cli.file(QStringLiteral("wrong-code.txt")));
    REQUIRE(wrongCode.open(QIODevice::WriteOnly));
    wrongCode.write("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE\n");
    wrongCode.close();
    const CliResult wrong
        = cli.run({QStringLiteral("--profile"), QStringLiteral("Wulan"), QStringLiteral("profile"),
                      QStringLiteral("recover"), QStringLiteral("--recovery-code-file"), wrongCode.fileName(),
                      QStringLiteral("--new-passphrase-fd"), QStringLiteral("0")},
            CliRunner::passphrase().toUtf8() + '\n');
    CHECK(wrong.exitCode == 3);
    const CliResult recovered
        = cli.run({QStringLiteral("--profile"), QStringLiteral("Wulan"), QStringLiteral("profile"),
                      QStringLiteral("recover"), QStringLiteral("--recovery-code-file"), QStringLiteral("-"),
                      QStringLiteral("--new-passphrase-fd"), QStringLiteral("0")},
            code.toUtf8() + '\n' + CliRunner::passphrase().toUtf8() + '\n');
    REQUIRE(recovered.exitCode == 0);
    CHECK(cli.as(QStringLiteral("Wulan"), {QStringLiteral("client"), QStringLiteral("list")}).exitCode == 0);
}

TEST_CASE("a bad import file exits 5 and changes nothing", "[cli]")
{
    CliRunner cli;
    withClient(cli);
    const QByteArray before = snapshot(cli, QStringLiteral("Yanti"));
    const CliResult bad
        = cli.as(QStringLiteral("Yanti"), {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("-")},
            R"({"format":"lintas-export","version":1,"entities":{"case":[{"id":"k1","client_id":"nobody"}]}})");
    CHECK(bad.exitCode == 5);
    CHECK(bad.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString()
        == QStringLiteral("client_id"));
    CHECK(snapshot(cli, QStringLiteral("Yanti")) == before);
}

TEST_CASE("codes and help need no profile", "[cli]")
{
    CliRunner cli;
    const CliResult all = cli.run({QStringLiteral("--json"), QStringLiteral("codes")});
    REQUIRE(all.exitCode == 0);
    CHECK(all.json().array().size() >= 19);
    const CliResult id = cli.run(
        {QStringLiteral("codes"), QStringLiteral("case_types"), QStringLiteral("--lang"), QStringLiteral("id")});
    REQUIRE(id.exitCode == 0);
    CHECK(id.out.contains("Gaji tidak dibayar"));
    CHECK(cli.run({QStringLiteral("codes"), QStringLiteral("no_such_list")}).exitCode == 4);
    CHECK(cli.run({QStringLiteral("codes"), QStringLiteral("--lang"), QStringLiteral("fr")}).exitCode == 2);
}
