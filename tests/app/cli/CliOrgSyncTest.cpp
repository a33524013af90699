#include "CliRunner.h"

#include "support/ServerProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace lintas::test;

namespace {

QJsonObject createOrg(const QString &dataDir, const QString &name)
{
    QProcess admin;
    admin.start(QStringLiteral(LINTAS_SERVER_PATH),
        {QStringLiteral("admin"), QStringLiteral("create-org"), QStringLiteral("--name"), name,
            QStringLiteral("--data-dir"), dataDir});
    REQUIRE(admin.waitForFinished(60'000));
    REQUIRE(admin.exitCode() == 0);
    return QJsonDocument::fromJson(admin.readAllStandardOutput()).object();
}

} // namespace

// A script's way through the whole thing: the server operator creates the organisation, its
// first admin joins with the printed code, invites a caseworker, checks her fingerprint and
// approves her, and both sync.
TEST_CASE("an organisation is set up, joined and synced entirely from the command line", "[cli][sync][e2e]")
{
    TempDir serverDir;
    const QString dataDir = serverDir.file(QStringLiteral("server"));
    ServerProcess server(StoreLocation {dataDir, QString()});
    const QJsonObject org = createOrg(dataDir, QStringLiteral("Serikat BMI Hong Kong"));
    const QString adminCode = org.value(QStringLiteral("invite_code")).toString();
    REQUIRE_FALSE(adminCode.isEmpty());

    CliRunner cli;
    cli.createProfile(QStringLiteral("Eni"));
    const CliResult joined = cli.as(QStringLiteral("Eni"),
        {QStringLiteral("--json"), QStringLiteral("org"), QStringLiteral("join"), adminCode, QStringLiteral("--server"),
            server.url(), QStringLiteral("--label"), QStringLiteral("Laptop Eni, Causeway Bay")});
    INFO(joined.errText().toStdString());
    REQUIRE(joined.exitCode == 0);
    CHECK(joined.json().object().value(QStringLiteral("state")).toString() == QStringLiteral("joined"));
    CHECK(joined.json().object().value(QStringLiteral("role")).toString() == QStringLiteral("admin"));

    const CliResult invite
        = cli.as(QStringLiteral("Eni"), {QStringLiteral("--json"), QStringLiteral("org"), QStringLiteral("invite")});
    REQUIRE(invite.exitCode == 0);
    const QString link = invite.json().object().value(QStringLiteral("join_link")).toString();
    REQUIRE(link.startsWith(QStringLiteral("lintas:join?")));

    cli.createProfile(QStringLiteral("Sri"));
    const CliResult waiting = cli.as(
        QStringLiteral("Sri"), {QStringLiteral("--json"), QStringLiteral("org"), QStringLiteral("join"), link});
    INFO(waiting.errText().toStdString());
    REQUIRE(waiting.exitCode == 0);
    CHECK(waiting.json().object().value(QStringLiteral("state")).toString() == QStringLiteral("pending"));
    const QString fingerprint = waiting.json().object().value(QStringLiteral("fingerprint")).toString();
    REQUIRE_FALSE(fingerprint.isEmpty());

    const CliResult pending
        = cli.as(QStringLiteral("Eni"), {QStringLiteral("--json"), QStringLiteral("org"), QStringLiteral("pending")});
    REQUIRE(pending.exitCode == 0);
    const QJsonArray list = pending.json().array();
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).toObject().value(QStringLiteral("fingerprint")).toString() == fingerprint);
    CHECK(list.at(0).toObject().value(QStringLiteral("verified")).toBool());
    // A mistyped fingerprint approves nobody.
    CHECK(cli.as(QStringLiteral("Eni"),
                 {QStringLiteral("org"), QStringLiteral("approve"), QStringLiteral("AAAA BBBB CCCC DDDD EEEE")})
              .exitCode
        == 4);
    REQUIRE(cli.as(QStringLiteral("Eni"), {QStringLiteral("org"), QStringLiteral("approve"), fingerprint.toLower()})
                .exitCode
        == 0);
    const CliResult done
        = cli.as(QStringLiteral("Sri"), {QStringLiteral("--json"), QStringLiteral("org"), QStringLiteral("complete")});
    INFO(done.errText().toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(done.json().object().value(QStringLiteral("state")).toString() == QStringLiteral("joined"));

    REQUIRE(cli.as(QStringLiteral("Eni"),
                   {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--full-name"),
                       QStringLiteral("Ratna Dewi binti Slamet")})
                .exitCode
        == 0);
    const CliResult sent = cli.as(QStringLiteral("Eni"), {QStringLiteral("--json"), QStringLiteral("sync")});
    INFO(sent.errText().toStdString());
    REQUIRE(sent.exitCode == 0);
    CHECK(sent.json().object().value(QStringLiteral("pushed")).toInt() >= 1);
    const CliResult received = cli.as(QStringLiteral("Sri"), {QStringLiteral("--json"), QStringLiteral("sync")});
    INFO(received.errText().toStdString());
    REQUIRE(received.exitCode == 0);
    CHECK(received.json().object().value(QStringLiteral("applied")).toInt() >= 1);
    const CliResult clients = cli.as(QStringLiteral("Sri"), {QStringLiteral("client"), QStringLiteral("list")});
    CHECK(QString::fromUtf8(clients.out).contains(QStringLiteral("Ratna Dewi binti Slamet")));

    const CliResult status
        = cli.as(QStringLiteral("Sri"), {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status")});
    CHECK(status.json().object().value(QStringLiteral("name")).toString() == QStringLiteral("Serikat BMI Hong Kong"));
    CHECK(status.json().object().value(QStringLiteral("waiting")).toInt() == 0);

    // No signal: Eni's next change goes to Sri as a file.
    REQUIRE(cli.as(QStringLiteral("Eni"),
                   {QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--full-name"),
                       QStringLiteral("Siti Rahmawati binti Karso")})
                .exitCode
        == 0);
    const QString file = serverDir.file(QStringLiteral("eni.bundle"));
    const CliResult exported = cli.as(
        QStringLiteral("Eni"), {QStringLiteral("--json"), QStringLiteral("bundle"), QStringLiteral("export"), file});
    INFO(exported.errText().toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.json().object().value(QStringLiteral("exported")).toInt() >= 1);
    const CliResult imported = cli.as(
        QStringLiteral("Sri"), {QStringLiteral("--json"), QStringLiteral("bundle"), QStringLiteral("import"), file});
    INFO(imported.errText().toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json().object().value(QStringLiteral("applied")).toInt()
        == exported.json().object().value(QStringLiteral("exported")).toInt());
    const CliResult again = cli.as(QStringLiteral("Sri"), {QStringLiteral("bundle"), QStringLiteral("import"), file});
    REQUIRE(again.exitCode == 0);
    CHECK(QString::fromUtf8(again.out).contains(QStringLiteral("applied 0, already applied")));
    CHECK(QString::fromUtf8(cli.as(QStringLiteral("Sri"), {QStringLiteral("client"), QStringLiteral("list")}).out)
              .contains(QStringLiteral("Siti Rahmawati binti Karso")));
    // Anything else is refused with exit 5 and says why.
    const QString notBundle = serverDir.file(QStringLiteral("photo.jpg"));
    {
        QFile photo(notBundle);
        REQUIRE(photo.open(QIODevice::WriteOnly));
        photo.write("\xff\xd8\xff\xe0 not a bundle");
    }
    const CliResult refused
        = cli.as(QStringLiteral("Sri"), {QStringLiteral("bundle"), QStringLiteral("import"), notBundle});
    CHECK(refused.exitCode == 5);
    CHECK(refused.errText().contains(QStringLiteral("not a Lintas bundle")));

    // The admin prints the organisation's recovery key, then Sri's laptop is lost: removed by the
    // fingerprint `org members` shows, it is refused from then on.
    const CliResult key = cli.as(
        QStringLiteral("Eni"), {QStringLiteral("--json"), QStringLiteral("org"), QStringLiteral("recovery-key")});
    INFO(key.errText().toStdString());
    REQUIRE(key.exitCode == 0);
    const QString recoveryLink = key.json().object().value(QStringLiteral("link")).toString();
    REQUIRE(recoveryLink.startsWith(QStringLiteral("lintas:orgrecovery?")));
    const CliResult members
        = cli.as(QStringLiteral("Eni"), {QStringLiteral("--json"), QStringLiteral("org"), QStringLiteral("members")});
    REQUIRE(members.exitCode == 0);
    CHECK(members.json().array().size() == 3); // Eni, Sri and the recovery key
    const CliResult removed = cli.as(QStringLiteral("Eni"),
        {QStringLiteral("--json"), QStringLiteral("org"), QStringLiteral("remove"), fingerprint});
    INFO(removed.errText().toStdString());
    REQUIRE(removed.exitCode == 0);
    CHECK(removed.json().object().value(QStringLiteral("epoch")).toInt() == 2);
    const CliResult removedSync = cli.as(QStringLiteral("Sri"), {QStringLiteral("sync")});
    CHECK(removedSync.exitCode != 0);
    CHECK(removedSync.errText().contains(QStringLiteral("refused")));

    // Eni's laptop is lost too. A new laptop is admitted with the recovery key and gets it all back.
    cli.createProfile(QStringLiteral("Baru"));
    const CliResult recovered = cli.as(QStringLiteral("Baru"),
        {QStringLiteral("--json"), QStringLiteral("org"), QStringLiteral("recover"), recoveryLink,
            QStringLiteral("--label"), QStringLiteral("New laptop, Causeway Bay")});
    INFO(recovered.errText().toStdString());
    REQUIRE(recovered.exitCode == 0);
    CHECK(recovered.json().object().value(QStringLiteral("role")).toString() == QStringLiteral("admin"));
    const CliResult restored = cli.as(QStringLiteral("Baru"), {QStringLiteral("--json"), QStringLiteral("sync")});
    INFO(restored.errText().toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(QString::fromUtf8(cli.as(QStringLiteral("Baru"), {QStringLiteral("client"), QStringLiteral("list")}).out)
              .contains(QStringLiteral("Ratna Dewi binti Slamet")));
}
