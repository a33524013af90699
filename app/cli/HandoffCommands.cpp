#include "HandoffCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "ExitCodes.h"
#include "Lookup.h"
#include "handoff/HandoffAddress.h"
#include "handoff/HandoffReceiver.h"
#include "handoff/HandoffSender.h"
#include "repo/Workspace.h"
#include "sync/SyncIdentity.h"
#include "transfer/CaseShareChoice.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

namespace lintas::cli {

namespace {

struct Me {
    repo::Workspace *ws = nullptr;
    sync::SyncIdentity identity;
    QString name;
};

Result<Me> me(CommandContext &ctx)
{
    Me m;
    LINTAS_TRY_ASSIGN(m.ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(m.identity, sync::SyncIdentity::loadOrCreate(m.ws->database(), m.ws->writer().random()));
    if (ctx.has(QStringLiteral("name"))) {
        m.name = ctx.option(QStringLiteral("name"));
    } else {
        LINTAS_TRY_ASSIGN(const auto profile, ctx.profiles().chosen());
        m.name = profile.displayName;
    }
    return m;
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

Status address(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(const Me m, me(ctx));
    const handoff::HandoffAddress a = handoff::HandoffAddress::fromIdentity(m.identity, m.name);
    if (ctx.json()) {
        ctx.out().jsonDocument(QJsonObject {{QStringLiteral("name"), a.name}, {QStringLiteral("code"), a.code()},
            {QStringLiteral("fingerprint"), a.fingerprint()}, {QStringLiteral("qr"), a.qrText()}});
        return {};
    }
    ctx.out().line(QStringLiteral("Hand-off address of %1").arg(a.name));
    ctx.out().line(QStringLiteral("Code:        %1").arg(a.code()));
    ctx.out().line(QStringLiteral("Fingerprint: %1").arg(a.fingerprint()));
    ctx.out().line(QStringLiteral("QR text:     %1").arg(a.qrText()));
    return {};
}

// `--leave-out notes,claims,…` and `--with-confidential` over the default choice (D44).
Result<transfer::CaseShareChoice> shareChoice(CommandContext &ctx)
{
    using transfer::SharePart;
    static const QMap<QString, SharePart> parts = {{QStringLiteral("notes"), SharePart::Notes},
        {QStringLiteral("claims"), SharePart::Claims}, {QStringLiteral("deadlines"), SharePart::Deadlines},
        {QStringLiteral("phones"), SharePart::Phones}, {QStringLiteral("parties"), SharePart::Parties}};
    transfer::CaseShareChoice choice;
    choice.confidentialNotes = ctx.has(QStringLiteral("with-confidential"));
    if (!ctx.has(QStringLiteral("leave-out")))
        return choice;
    for (const QString &name : ctx.option(QStringLiteral("leave-out")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto part = parts.constFind(name.trimmed());
        if (part == parts.cend())
            return ExitCodes::usage(QStringLiteral("--leave-out takes %1, not %2")
                                        .arg(QStringList(parts.keys()).join(QLatin1Char(',')), name.trimmed()));
        choice.set(*part, false);
    }
    return choice;
}

Status exportCase(CommandContext &ctx)
{
    if (!ctx.has(QStringLiteral("to")))
        return ExitCodes::usage(QStringLiteral("--to CODE is required: the recipient's hand-off code or QR text"));
    LINTAS_TRY_ASSIGN(const Me m, me(ctx));
    LINTAS_TRY_ASSIGN(const domain::Case kase, Lookup::kase(*m.ws, ctx.arg(0)));
    const QString to = ctx.option(QStringLiteral("to"));
    auto recipient = to.startsWith(QStringLiteral("lintas:"), Qt::CaseInsensitive)
        ? handoff::HandoffAddress::fromQrText(to)
        : handoff::HandoffAddress::fromCode(to);
    if (!recipient.ok())
        return recipient.error();
    QString referralId;
    if (ctx.has(QStringLiteral("referral"))) {
        LINTAS_TRY_ASSIGN(
            referralId, Lookup::id(*m.ws, m.ws->referrals().def(), ctx.option(QStringLiteral("referral"))));
    }
    LINTAS_TRY_ASSIGN(const transfer::CaseShareChoice share, shareChoice(ctx));
    handoff::HandoffSender sender(*m.ws, m.identity, m.name);
    LINTAS_TRY_ASSIGN(const QByteArray file, sender.makePacket(kase.id, *recipient, referralId, share));
    LINTAS_TRY(writeFile(ctx.arg(1), file));
    if (ctx.json()) {
        ctx.out().jsonDocument(QJsonObject {{QStringLiteral("file"), ctx.arg(1)},
            {QStringLiteral("case"), kase.reference}, {QStringLiteral("recipient"), recipient->fingerprint()}});
        return {};
    }
    ctx.out().line(
        QStringLiteral("Case %1 sealed to %2 in %3.").arg(kase.reference, recipient->fingerprint(), ctx.arg(1)));
    ctx.out().line(QStringLiteral("Check this fingerprint with the recipient before sending the file."));
    return {};
}

Status importPacket(CommandContext &ctx)
{
    const bool accept = ctx.has(QStringLiteral("accept"));
    const bool decline = ctx.has(QStringLiteral("decline"));
    if (accept && decline)
        return ExitCodes::usage(QStringLiteral("--accept and --decline exclude each other"));
    if ((accept || decline) != ctx.has(QStringLiteral("reply")))
        return ExitCodes::usage(QStringLiteral("--accept or --decline go with --reply FILE"));
    LINTAS_TRY_ASSIGN(const Me m, me(ctx));
    LINTAS_TRY_ASSIGN(const QByteArray bytes, ctx.readInput(ctx.arg(0)));
    handoff::HandoffReceiver receiver(*m.ws, m.identity, m.name);
    if (decline) {
        // A declined case never enters this profile.
        LINTAS_TRY_ASSIGN(
            const QByteArray reply, receiver.declineUnimported(bytes, ctx.option(QStringLiteral("decline"))));
        LINTAS_TRY(writeFile(ctx.option(QStringLiteral("reply")), reply));
        if (ctx.json())
            ctx.out().jsonDocument(QJsonObject {{QStringLiteral("declined"), true}});
        else
            ctx.out().line(QStringLiteral("Declined; nothing was imported. The reply is in %1.")
                               .arg(ctx.option(QStringLiteral("reply"))));
        return {};
    }
    LINTAS_TRY_ASSIGN(const auto imported, receiver.importPacket(bytes));
    if (accept) {
        LINTAS_TRY_ASSIGN(
            const QByteArray reply, receiver.makeReply(imported.packetId, handoff::HandoffReceiver::Decision::Accept));
        LINTAS_TRY(writeFile(ctx.option(QStringLiteral("reply")), reply));
    }
    if (ctx.json()) {
        ctx.out().jsonDocument(
            QJsonObject {{QStringLiteral("case"), imported.caseId}, {QStringLiteral("from"), imported.sender.name},
                {QStringLiteral("fingerprint"), imported.sender.fingerprint()},
                {QStringLiteral("alreadyImported"), imported.alreadyImported},
                {QStringLiteral("importedAt"), when(imported.importedAtMs)},
                {QStringLiteral("created"), imported.summary.created()}});
        return {};
    }
    ctx.out().line(QStringLiteral("From %1, fingerprint %2 (compare it with the sender's).")
                       .arg(imported.sender.name, imported.sender.fingerprint()));
    if (imported.alreadyImported)
        ctx.out().line(QStringLiteral("Already imported on %1: nothing changed.").arg(when(imported.importedAtMs)));
    else
        ctx.out().line(QStringLiteral("Imported %1 records.").arg(imported.summary.created()));
    return {};
}

Status importReply(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(const Me m, me(ctx));
    LINTAS_TRY_ASSIGN(const QByteArray bytes, ctx.readInput(ctx.arg(0)));
    handoff::HandoffSender sender(*m.ws, m.identity, m.name);
    LINTAS_TRY_ASSIGN(const auto outcome, sender.importReply(bytes));
    if (ctx.json()) {
        ctx.out().jsonDocument(QJsonObject {{QStringLiteral("decision"), outcome.decision},
            {QStringLiteral("reason"), outcome.reason}, {QStringLiteral("from"), outcome.from.name},
            {QStringLiteral("alreadyRecorded"), outcome.alreadyRecorded}});
        return {};
    }
    ctx.out().line(QStringLiteral("%1 %2 the case%3%4")
                       .arg(outcome.from.name, outcome.decision,
                           outcome.reason.isEmpty() ? QString() : QStringLiteral(": ") + outcome.reason,
                           outcome.alreadyRecorded ? QStringLiteral(" (recorded before)") : QString()));
    return {};
}

OptionSpec nameOption()
{
    return OptionSpec::value(QStringLiteral("name"), QStringLiteral("NAME"),
        QStringLiteral("name shown to the other side (default: profile)"));
}

} // namespace

void registerHandoffCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("handoff address"), QString(),
        QStringLiteral("print this profile's hand-off code, fingerprint and QR text"), 0, 0, {nameOption()}, &address});
    registry.add({QStringLiteral("handoff export"), QStringLiteral("CASE FILE"),
        QStringLiteral("seal a case with what is attached to it to a recipient's code"), 2, 2,
        {OptionSpec::value(QStringLiteral("to"), QStringLiteral("CODE"), QStringLiteral("recipient's code or QR text")),
            OptionSpec::value(
                QStringLiteral("referral"), QStringLiteral("ID"), QStringLiteral("the referral this hand-off answers")),
            OptionSpec::value(QStringLiteral("leave-out"), QStringLiteral("PARTS"),
                QStringLiteral("parts not to send: notes,claims,deadlines,phones,parties")),
            OptionSpec::flag(QStringLiteral("with-confidential"), QStringLiteral("send confidential notes too")),
            nameOption()},
        &exportCase});
    registry.add({QStringLiteral("handoff import"), QStringLiteral("FILE"),
        QStringLiteral("import a hand-off packet; optionally answer it"), 1, 1,
        {OptionSpec::flag(QStringLiteral("accept"), QStringLiteral("accept the case")),
            OptionSpec::value(QStringLiteral("decline"), QStringLiteral("REASON"), QStringLiteral("decline the case")),
            OptionSpec::value(
                QStringLiteral("reply"), QStringLiteral("FILE"), QStringLiteral("where to write the reply")),
            nameOption()},
        &importPacket});
    registry.add({QStringLiteral("handoff import-reply"), QStringLiteral("FILE"),
        QStringLiteral("record the answer to a hand-off packet sent from here"), 1, 1, {nameOption()}, &importReply});
}

} // namespace lintas::cli
