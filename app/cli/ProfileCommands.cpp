#include "ProfileCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "PassphraseReader.h"
#include "profile/OpenProfile.h"
#include "store/Database.h"
#include "sync/OutboxReplay.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lintas::cli {

namespace {

QJsonObject profileJson(const profile::ProfileInfo &info)
{
    return {{QStringLiteral("id"), info.id}, {QStringLiteral("displayName"), info.displayName},
        {QStringLiteral("createdAt"), info.createdAt.toString(Qt::ISODate)},
        {QStringLiteral("schemaVersion"), info.schemaVersionHint}};
}

Result<SecretBytes> readNewPassphrase(const CommandContext &ctx)
{
    const SecretSource source {
        ctx.option(QStringLiteral("new-passphrase-file")), ctx.option(QStringLiteral("new-passphrase-fd"))};
    return PassphraseReader::read(source, QStringLiteral("New passphrase: "), true);
}

QVector<OptionSpec> newPassphraseOptions()
{
    return {OptionSpec::value(QStringLiteral("new-passphrase-file"), QStringLiteral("FILE"),
                QStringLiteral("read the new passphrase from the first line of FILE")),
        OptionSpec::value(QStringLiteral("new-passphrase-fd"), QStringLiteral("N"),
            QStringLiteral("read the new passphrase as one line from descriptor N"))};
}

void warnIfInsecureKdf(CommandContext &ctx)
{
    if (ctx.profiles().strength() == profile::KdfStrength::FastForTests)
        ctx.out().warning(
            QStringLiteral("LINTAS_INSECURE_FAST_KDF=1: the passphrase is protected by a deliberately weak "
                           "key derivation; for tests only, never for real client data"));
}

Status create(CommandContext &ctx)
{
    warnIfInsecureKdf(ctx);
    const SecretSource source {
        ctx.option(QStringLiteral("passphrase-file")), ctx.option(QStringLiteral("passphrase-fd"))};
    LINTAS_TRY_ASSIGN(const SecretBytes passphrase,
        PassphraseReader::read(source, QStringLiteral("New passphrase (at least 10 characters): "), true));
    LINTAS_TRY_ASSIGN(const auto created, ctx.profiles().store().create(ctx.arg(0), passphrase));
    const QString warning = QStringLiteral(
        "Write the recovery code down now and keep it somewhere safe, away from this computer. It is shown only this "
        "once. "
        "With it you can set a new passphrase if you forget yours; without both, the data in this profile cannot be "
        "recovered by anyone.");
    if (ctx.json()) {
        QJsonObject o = profileJson(created.info);
        o.insert(QStringLiteral("recoveryCode"), created.recoveryCode);
        ctx.out().jsonDocument(o);
        ctx.out().warning(warning);
        return {};
    }
    ctx.out().line(QStringLiteral("Profile \"%1\" created (id %2).").arg(created.info.displayName, created.info.id));
    ctx.out().line(QStringLiteral("Recovery code: %1").arg(created.recoveryCode));
    ctx.out().warning(warning);
    return {};
}

Status list(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(const auto listing, ctx.profiles().store().list());
    for (const profile::ProfileProblem &p : listing.problems)
        ctx.out().warning(QStringLiteral("%1 is not a usable profile: %2").arg(p.directory, p.error.detail));
    if (ctx.json()) {
        QJsonArray profiles, problems;
        for (const profile::ProfileInfo &info : listing.profiles)
            profiles << profileJson(info);
        for (const profile::ProfileProblem &p : listing.problems)
            problems << QJsonObject {
                {QStringLiteral("directory"), p.directory}, {QStringLiteral("error"), p.error.detail}};
        ctx.out().jsonDocument(QJsonObject {{QStringLiteral("root"), ctx.profiles().root()},
            {QStringLiteral("profiles"), profiles}, {QStringLiteral("problems"), problems}});
        return {};
    }
    QVector<QStringList> rows;
    for (const profile::ProfileInfo &info : listing.profiles)
        rows << QStringList {
            info.id, info.displayName, info.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
    ctx.out().table({"ID", "NAME", "CREATED"}, rows, QStringLiteral("No profiles in %1.").arg(ctx.profiles().root()));
    return {};
}

Status passwd(CommandContext &ctx)
{
    warnIfInsecureKdf(ctx);
    LINTAS_TRY_ASSIGN(const profile::ProfileInfo info, ctx.profiles().chosen());
    const SecretSource oldSource {
        ctx.option(QStringLiteral("passphrase-file")), ctx.option(QStringLiteral("passphrase-fd"))};
    LINTAS_TRY_ASSIGN(const SecretBytes oldPassphrase,
        PassphraseReader::read(oldSource, QStringLiteral("Current passphrase for %1: ").arg(info.displayName)));
    LINTAS_TRY_ASSIGN(const SecretBytes newPassphrase, readNewPassphrase(ctx));
    LINTAS_TRY(ctx.profiles().store().changePassphrase(info.id, oldPassphrase, newPassphrase));
    if (ctx.json())
        ctx.out().jsonDocument(
            QJsonObject {{QStringLiteral("id"), info.id}, {QStringLiteral("passphraseChanged"), true}});
    else
        ctx.out().line(QStringLiteral("Passphrase of \"%1\" changed.").arg(info.displayName));
    return {};
}

Status recover(CommandContext &ctx)
{
    warnIfInsecureKdf(ctx);
    LINTAS_TRY_ASSIGN(const profile::ProfileInfo info, ctx.profiles().chosen());
    const QString codeFile = ctx.option(QStringLiteral("recovery-code-file"));
    SecretSource codeSource;
    if (codeFile == QStringLiteral("-"))
        codeSource.fd = QStringLiteral("0");
    else
        codeSource.file = codeFile;
    LINTAS_TRY_ASSIGN(const QString code,
        PassphraseReader::readText(codeSource, QStringLiteral("Recovery code for %1: ").arg(info.displayName)));
    LINTAS_TRY_ASSIGN(const SecretBytes newPassphrase, readNewPassphrase(ctx));
    LINTAS_TRY_ASSIGN(
        auto opened, ctx.profiles().store().unlockWithRecoveryCode(info.id, code.trimmed(), newPassphrase));
    ctx.profiles().adopt(std::move(opened));
    if (ctx.json())
        ctx.out().jsonDocument(QJsonObject {{QStringLiteral("id"), info.id}, {QStringLiteral("recovered"), true}});
    else
        ctx.out().line(QStringLiteral("New passphrase set for \"%1\".").arg(info.displayName));
    return {};
}

Status verify(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(auto *opened, ctx.profiles().open());
    const Status integrity = opened->verifyIntegrity();
    auto differences = sync::OutboxReplay::differences(opened->database());
    auto outbox = opened->database().scalar(QStringLiteral("SELECT count(*) FROM outbox"));
    const qint64 records = outbox.ok() ? outbox->toLongLong() : -1;
    if (ctx.json()) {
        QJsonObject o {{QStringLiteral("integrity"), integrity.ok() ? QStringLiteral("ok") : integrity.error().detail},
            {QStringLiteral("outboxRecords"), records}};
        if (differences.ok())
            o.insert(QStringLiteral("replayDifferences"), QJsonArray::fromStringList(differences->mid(0, 50)));
        ctx.out().jsonDocument(o);
    } else {
        ctx.out().line(QStringLiteral("integrity check: %1")
                           .arg(integrity.ok() ? QStringLiteral("ok") : integrity.error().detail));
        if (differences.ok()) {
            ctx.out().line(differences->isEmpty()
                    ? QStringLiteral("outbox replay:   ok (%1 records reproduce the data)").arg(records)
                    : QStringLiteral("outbox replay:   %1 differences").arg(differences->size()));
            for (const QString &d : differences->mid(0, 20))
                ctx.out().line(QStringLiteral("  ") + d);
        }
    }
    if (!integrity.ok())
        return integrity.error();
    if (!differences.ok())
        return differences.error();
    if (!differences->isEmpty())
        return makeError(ErrorCode::DatabaseCorrupt,
            QStringLiteral("the data differs from what its outbox replays to (%1 lines); a write bypassed "
                           "the write path")
                .arg(differences->size()));
    return {};
}

} // namespace

void registerProfileCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("profile create"), QStringLiteral("NAME"),
        QStringLiteral("create a profile (prints its recovery code once)"), 1, 1, {}, &create});
    registry.add({QStringLiteral("profile list"), QString(), QStringLiteral("list the profiles on this computer"), 0, 0,
        {}, &list});
    registry.add({QStringLiteral("profile passwd"), QString(), QStringLiteral("change the passphrase of a profile"), 0,
        0, newPassphraseOptions(), &passwd});
    QVector<OptionSpec> recoverOptions = newPassphraseOptions();
    recoverOptions << OptionSpec::value(QStringLiteral("recovery-code-file"), QStringLiteral("FILE"),
        QStringLiteral("read the recovery code from FILE (- = one line of stdin)"));
    registry.add({QStringLiteral("profile recover"), QString(),
        QStringLiteral("set a new passphrase with the recovery code"), 0, 0, recoverOptions, &recover});
    registry.add({QStringLiteral("profile verify"), QString(),
        QStringLiteral("check the database (integrity_check) and that the outbox replays to the data"), 0, 0, {},
        &verify});
}

} // namespace lintas::cli
