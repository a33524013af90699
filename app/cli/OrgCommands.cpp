#include "OrgCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "ExitCodes.h"
#include "OrgAccess.h"
#include "base/Clock.h"
#include "base/RandomSource.h"
#include "sync/AdminFlow.h"
#include "sync/HttpTransport.h"
#include "sync/JoinFlow.h"
#include "sync/JoinRecords.h"
#include "sync/SyncSpaces.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace lintas::cli {

namespace {

void printJoin(CommandContext &ctx, const sync::JoinResult &r)
{
    const bool joined = r.state == sync::JoinState::Joined;
    if (ctx.json()) {
        ctx.out().jsonDocument(
            QJsonObject {{QStringLiteral("state"), joined ? QStringLiteral("joined") : QStringLiteral("pending")},
                {QStringLiteral("space"), r.spaceId}, {QStringLiteral("name"), r.spaceName},
                {QStringLiteral("role"), r.role}, {QStringLiteral("fingerprint"), r.fingerprint}});
        return;
    }
    if (joined)
        ctx.out().line(QStringLiteral("joined %1 as %2").arg(r.spaceName, r.role));
    else
        ctx.out().line(
            QStringLiteral("waiting for an admin to approve this device.\nRead this fingerprint to the admin: "
                           "%1\nThen run `lintas-cli org complete`.")
                .arg(r.fingerprint));
}

Status join(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(store::Database * db, databaseOf(ctx));
    QString server = ctx.option(QStringLiteral("server"));
    QString code = ctx.arg(0);
    if (code.startsWith(QStringLiteral("lintas:"))) {
        LINTAS_TRY_ASSIGN(const protocol::JoinLink link, protocol::JoinLink::parse(code));
        server = link.serverUrl;
        code = link.code;
    }
    if (server.isEmpty())
        return ExitCodes::usage(QStringLiteral("give the server with --server URL, or a whole join link"));
    sync::HttpTransport transport {QUrl(server)};
    sync::JoinFlow flow(*db, transport, SystemClock::instance(), SecureRandom::instance());
    LINTAS_TRY_ASSIGN(const sync::JoinResult r,
        flow.joinWithInvite(
            server, code, ctx.has(QStringLiteral("label")) ? ctx.option(QStringLiteral("label")) : QString()));
    printJoin(ctx, r);
    return {};
}

Status complete(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(store::Database * db, databaseOf(ctx));
    // The join in progress remembers its server.
    LINTAS_TRY_ASSIGN(const auto joining, sync::JoinRecords(*db).invites(QStringLiteral("joining")));
    if (joining.isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no join in progress (lintas-cli org join CODE)"));
    sync::HttpTransport transport {QUrl(joining.first().serverUrl)};
    sync::JoinFlow flow(*db, transport, SystemClock::instance(), SecureRandom::instance());
    LINTAS_TRY_ASSIGN(const sync::JoinResult r, flow.completeJoin());
    printJoin(ctx, r);
    return {};
}

// What every admin command needs: the profile, the space it joined, and a flow talking to that
// space's server.
struct AdminSession {
    AdminSession(store::Database &db, sync::SpaceInfo joined)
        : space(std::move(joined)),
          transport(QUrl(space.serverUrl)),
          flow(db, transport, SystemClock::instance(), SecureRandom::instance())
    { }
    sync::SpaceInfo space;
    sync::HttpTransport transport;
    sync::AdminFlow flow;
};

Result<std::unique_ptr<AdminSession>> adminSession(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(store::Database * db, databaseOf(ctx));
    LINTAS_TRY_ASSIGN(sync::SpaceInfo space, chosenSpace(ctx, *db));
    return std::make_unique<AdminSession>(*db, std::move(space));
}

Status invite(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(const int days, ctx.intOption(QStringLiteral("days"), 3, 1, 30));
    LINTAS_TRY_ASSIGN(const auto admin, adminSession(ctx));
    LINTAS_TRY_ASSIGN(
        const sync::CreatedInvite created, admin->flow.createInvite(admin->space.spaceId, days * 24LL * 3600 * 1000));
    const QString expires = QDateTime::fromMSecsSinceEpoch(created.expiresAt, Qt::UTC).toString(Qt::ISODate);
    if (ctx.json())
        ctx.out().jsonDocument(QJsonObject {{QStringLiteral("invite_code"), created.code},
            {QStringLiteral("join_link"), created.joinLink}, {QStringLiteral("expires_at"), expires}});
    else
        ctx.out().line(QStringLiteral("invite code: %1 (one device, until %2)\njoin link:   %3")
                           .arg(created.code, expires, created.joinLink));
    return {};
}

Status pending(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(const auto admin, adminSession(ctx));
    LINTAS_TRY_ASSIGN(const QVector<sync::Joiner> joiners, admin->flow.pendingJoiners(admin->space.spaceId));
    QJsonArray rows;
    for (const sync::Joiner &j : joiners) {
        rows.append(QJsonObject {{QStringLiteral("label"), j.label}, {QStringLiteral("fingerprint"), j.fingerprint},
            {QStringLiteral("verified"), j.verified}});
        if (!ctx.json())
            ctx.out().line(
                QStringLiteral("%1  %2%3")
                    .arg(j.fingerprint, j.label,
                        j.verified ? QString() : QStringLiteral("  (keys do NOT match the invite: do not approve)")));
    }
    if (ctx.json())
        ctx.out().jsonDocument(rows);
    else if (joiners.isEmpty())
        ctx.out().line(QStringLiteral("no device is waiting"));
    return {};
}

Status approve(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(const auto admin, adminSession(ctx));
    LINTAS_TRY_ASSIGN(const QVector<sync::Joiner> joiners, admin->flow.pendingJoiners(admin->space.spaceId));
    // Approving means the fingerprint read out by the person matches: it is typed, not picked.
    for (const sync::Joiner &j : joiners) {
        if (!sync::sameFingerprint(ctx.arg(0), j.fingerprint))
            continue;
        if (!j.verified)
            return makeError(
                ErrorCode::Crypto, QStringLiteral("that device's keys do not match its invite: not approved"));
        LINTAS_TRY_ASSIGN(const QString fingerprint, admin->flow.approve(admin->space.spaceId, j));
        if (ctx.json())
            ctx.out().jsonDocument(
                QJsonObject {{QStringLiteral("approved"), fingerprint}, {QStringLiteral("label"), j.label}});
        else
            ctx.out().line(QStringLiteral("approved %1 (%2)").arg(j.label, fingerprint));
        return {};
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("no waiting device has fingerprint %1").arg(ctx.arg(0)));
}

} // namespace

void registerOrgCommands(CommandRegistry &registry)
{
    const OptionSpec server = OptionSpec::value(QStringLiteral("server"), QStringLiteral("URL"),
        QStringLiteral("the organisation's server (not needed with a join link)"));
    registry.add({QStringLiteral("org join"), QStringLiteral("CODE|LINK"),
        QStringLiteral("join an organisation with a one-time invite code or join link"), 1, 1,
        {server,
            OptionSpec::value(QStringLiteral("label"), QStringLiteral("TEXT"),
                QStringLiteral("how admins see this device, e.g. \"Laptop Sri, LBH Lampung\""))},
        &join});
    registry.add({QStringLiteral("org complete"), QString(),
        QStringLiteral("finish joining once an admin approved this device"), 0, 0, {}, &complete});
    const OptionSpec space = OptionSpec::value(QStringLiteral("space"), QStringLiteral("SPACE"),
        QStringLiteral("a shared space (its name or id) instead of the organisation's own"));
    registry.add({QStringLiteral("org invite"), QString(),
        QStringLiteral("make a one-time invite for a new device (admins)"), 0, 0,
        {OptionSpec::value(QStringLiteral("days"), QStringLiteral("N"), QStringLiteral("valid for N days (default 3)")),
            space},
        &invite});
    registry.add({QStringLiteral("org pending"), QString(),
        QStringLiteral("list devices waiting for approval, with their fingerprints (admins)"), 0, 0, {space},
        &pending});
    registry.add({QStringLiteral("org approve"), QStringLiteral("FINGERPRINT"),
        QStringLiteral("admit the waiting device whose fingerprint its owner read to you (admins)"), 1, 1, {space},
        &approve});
}

} // namespace lintas::cli
