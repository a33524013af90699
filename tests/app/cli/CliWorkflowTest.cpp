#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using lintas::test::CliResult;
using lintas::test::CliRunner;

namespace {

QByteArray withoutRunHeader(const QByteArray &exportJson)
{
    QList<QByteArray> lines = exportJson.split('\n');
    lines.removeIf(
        [](const QByteArray &l) { return l.startsWith("  \"exportedAt\"") || l.startsWith("  \"deviceCode\""); });
    return lines.join('\n');
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("a caseworker's day through the CLI, then export and import into a second profile", "[cli]")
{
    CliRunner cli;
    // The passphrase comes on stdin (--passphrase-fd 0), the recovery code is printed once.
    const CliResult created = cli.createProfile(QStringLiteral("Fitri"), true);
    CHECK(created.json().object().value(QStringLiteral("recoveryCode")).toString().size() > 10);
    CHECK(created.errText().contains(QStringLiteral("LINTAS_INSECURE_FAST_KDF")));
    CHECK(created.errText().contains(QStringLiteral("recovery code")));

    const CliResult client = cli.as(QStringLiteral("Fitri"),
        {QStringLiteral("--json"), QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--full-name"),
            QStringLiteral("Sumiati binti Karto"), QStringLiteral("--aliases"), QStringLiteral("Sumiyati,Soemiati"),
            QStringLiteral("--gender"), QStringLiteral("female"), QStringLiteral("--nik"),
            QStringLiteral("1807046902880003"), QStringLiteral("--province"), QStringLiteral("Lampung")});
    REQUIRE(client.exitCode == 0);
    const QString clientId = client.json().object().value(QStringLiteral("id")).toString();
    REQUIRE(clientId.size() == 32);

    const CliResult kase = cli.as(QStringLiteral("Fitri"),
        {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--client"),
            clientId.left(8), QStringLiteral("--case-types"), QStringLiteral("unpaid_wages,unfair_dismissal"),
            QStringLiteral("--jurisdictions"), QStringLiteral("hk"), QStringLiteral("--title"),
            QStringLiteral("Gaji tidak dibayar 4 bulan")});
    REQUIRE(kase.exitCode == 0);
    const QString reference = kase.json().object().value(QStringLiteral("reference")).toString();
    REQUIRE_FALSE(reference.isEmpty());

    const CliResult claim = cli.as(QStringLiteral("Fitri"),
        {QStringLiteral("claim"), QStringLiteral("add"), reference, QStringLiteral("--claim-type"),
            QStringLiteral("wages_arrears"), QStringLiteral("--currency"), QStringLiteral("HKD"),
            QStringLiteral("--amount-claimed"), QStringLiteral("20,400.00")});
    REQUIRE(claim.exitCode == 0);
    CHECK(claim.out.contains("20,400.00 HKD"));

    // Passphrase on the first line of stdin, the note's body after it.
    const CliResult note = cli.run(
        {QStringLiteral("--profile"), QStringLiteral("Fitri"), QStringLiteral("--passphrase-fd"), QStringLiteral("0"),
            QStringLiteral("note"), QStringLiteral("add"), reference, QStringLiteral("--kind"),
            QStringLiteral("interview"), QStringLiteral("--body-file"), QStringLiteral("-")},
        CliRunner::passphrase().toUtf8()
            + "\nWawancara: majikan di Tuen Mun tidak membayar gaji.\n"
              "Klien menyimpan slip gaji.\n");
    REQUIRE(note.exitCode == 0);
    CHECK(note.out.contains("Tuen Mun"));

    const CliResult suggested = cli.as(QStringLiteral("Fitri"),
        {QStringLiteral("--json"), QStringLiteral("deadline"), QStringLiteral("suggest"), reference,
            QStringLiteral("--trigger"), QStringLiteral("termination=2026-10-01"), QStringLiteral("--trigger"),
            QStringLiteral("claim_arose=2026-07-07"), QStringLiteral("--apply")});
    REQUIRE(suggested.exitCode == 0);
    const int createdDeadlines = suggested.json().object().value(QStringLiteral("created")).toInt();
    CHECK(createdDeadlines >= 3);
    const CliResult deadlines = cli.as(QStringLiteral("Fitri"),
        {QStringLiteral("--json"), QStringLiteral("deadline"), QStringLiteral("list"), reference});
    REQUIRE(deadlines.exitCode == 0);
    const QJsonArray deadlineArray = deadlines.json().array();
    CHECK(deadlineArray.size() == createdDeadlines);
    CHECK(std::any_of(deadlineArray.cbegin(), deadlineArray.cend(), [](const QJsonValue &d) {
        return d.toObject().value(QStringLiteral("rule_id")).toString() == QStringLiteral("hk_mecab_claim");
    }));
    // Applying again adds nothing.
    const CliResult again = cli.as(QStringLiteral("Fitri"),
        {QStringLiteral("--json"), QStringLiteral("deadline"), QStringLiteral("suggest"), reference,
            QStringLiteral("--trigger"), QStringLiteral("termination=2026-10-01"), QStringLiteral("--trigger"),
            QStringLiteral("claim_arose=2026-07-07"), QStringLiteral("--apply")});
    CHECK(again.json().object().value(QStringLiteral("created")).toInt() == 0);

    // Search finds the client by a spelling variant and the note by a word in it.
    const CliResult byAlias = cli.as(
        QStringLiteral("Fitri"), {QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("soemiati")});
    REQUIRE(byAlias.exitCode == 0);
    REQUIRE_FALSE(byAlias.json().array().isEmpty());
    CHECK(byAlias.json().array().first().toObject().value(QStringLiteral("id")).toString() == clientId);
    const CliResult byWord = cli.as(QStringLiteral("Fitri"),
        {QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("Tuen"), QStringLiteral("--kind"),
            QStringLiteral("note")});
    REQUIRE(byWord.exitCode == 0);
    CHECK(byWord.json().array().size() == 1);

    const QString first = cli.file(QStringLiteral("first.json"));
    REQUIRE(cli.as(QStringLiteral("Fitri"), {QStringLiteral("export"), first}).exitCode == 0);
    cli.createProfile(QStringLiteral("Dian"));
    const CliResult imported
        = cli.as(QStringLiteral("Dian"), {QStringLiteral("--json"), QStringLiteral("import"), first});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json().object().value(QStringLiteral("created")).toInt() > 5);
    const CliResult second = cli.as(QStringLiteral("Dian"), {QStringLiteral("export"), QStringLiteral("-")});
    REQUIRE(second.exitCode == 0);
    CHECK(withoutRunHeader(second.out).toStdString() == withoutRunHeader(readFile(first)).toStdString());
    // Importing the same file again changes nothing.
    const CliResult reimported
        = cli.as(QStringLiteral("Dian"), {QStringLiteral("--json"), QStringLiteral("import"), first});
    REQUIRE(reimported.exitCode == 0);
    CHECK(reimported.json().object().value(QStringLiteral("created")).toInt() == 0);
    CHECK(reimported.json().object().value(QStringLiteral("updated")).toInt() == 0);

    for (const QString &profile : {QStringLiteral("Fitri"), QStringLiteral("Dian")}) {
        const CliResult verified = cli.as(profile, {QStringLiteral("profile"), QStringLiteral("verify")});
        CHECK(verified.exitCode == 0);
        CHECK(verified.out.contains("integrity check: ok"));
    }
}

TEST_CASE("demo data then case list --json", "[cli]")
{
    CliRunner cli;
    cli.createProfile(QStringLiteral("Demo"));
    const CliResult demo = cli.as(QStringLiteral("Demo"),
        {QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("20"), QStringLiteral("--seed"),
            QStringLiteral("9")});
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains("items/s"));
    const CliResult list = cli.as(QStringLiteral("Demo"),
        {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--sort"),
            QStringLiteral("deadline"), QStringLiteral("--limit"), QStringLiteral("100")});
    REQUIRE(list.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(list.out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    CHECK(doc.array().size() == 24);
    const QJsonArray rows = doc.array();
    for (const auto &row : rows) {
        CHECK_FALSE(row.toObject().value(QStringLiteral("reference")).toString().isEmpty());
        CHECK_FALSE(row.toObject().value(QStringLiteral("case_types")).toArray().isEmpty());
    }
    const CliResult hk = cli.as(QStringLiteral("Demo"),
        {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--jurisdiction"),
            QStringLiteral("hk"), QStringLiteral("--status"), QStringLiteral("active,referred,closed")});
    REQUIRE(hk.exitCode == 0);
    CHECK(hk.json().isArray());
    // Same seed twice into one profile is refused, and changes nothing.
    const CliResult repeat = cli.as(QStringLiteral("Demo"),
        {QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("20"), QStringLiteral("--seed"),
            QStringLiteral("9")});
    CHECK(repeat.exitCode == 5);
    const CliResult verified = cli.as(QStringLiteral("Demo"), {QStringLiteral("profile"), QStringLiteral("verify")});
    CHECK(verified.exitCode == 0);
}
