#include "SyncCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "ExitCodes.h"
#include "base/Clock.h"
#include "base/RandomSource.h"
#include "repo/Workspace.h"
#include "sync/HttpTransport.h"
#include "sync/SpacesSync.h"
#include "sync/SyncOverview.h"
#include "sync/SyncSpaces.h"

#include <QDateTime>
#include <QJsonObject>

namespace lintas::cli {

namespace {

QString problemName(sync::SyncProblem problem)
{
    switch (problem) {
    case sync::SyncProblem::None:
        return QStringLiteral("ok");
    case sync::SyncProblem::NotJoined:
        return QStringLiteral("not_joined");
    case sync::SyncProblem::Offline:
        return QStringLiteral("offline");
    case sync::SyncProblem::Refused:
        return QStringLiteral("refused");
    case sync::SyncProblem::NotMember:
        return QStringLiteral("not_member");
    case sync::SyncProblem::ServerBusy:
        return QStringLiteral("server_busy");
    case sync::SyncProblem::ServerFault:
        return QStringLiteral("server_fault");
    case sync::SyncProblem::Storage:
        return QStringLiteral("storage");
    case sync::SyncProblem::DeletionsHeld:
        return QStringLiteral("deletions_held");
    }
    return QStringLiteral("unknown");
}

// What a script can act on, mapped onto the CLI's documented exit codes.
Error errorFor(const sync::SyncOutcome &o)
{
    const QString message = QStringLiteral("sync stopped (%1): %2").arg(problemName(o.problem), o.detail);
    switch (o.problem) {
    case sync::SyncProblem::NotJoined:
        return makeError(
            ErrorCode::NotFound, QStringLiteral("this profile has not joined an organisation yet (lintas-cli join)"));
    case sync::SyncProblem::Offline:
    case sync::SyncProblem::ServerBusy:
    case sync::SyncProblem::Storage:
        return makeError(ErrorCode::Io, message);
    default:
        return makeError(ErrorCode::Internal, message);
    }
}

Status status(CommandContext &ctx, store::Database &db)
{
    LINTAS_TRY_ASSIGN(const sync::SyncOverview o, sync::SyncOverviewReader::read(db, SecureRandom::instance()));
    QJsonObject reasons;
    for (const sync::QuarantineGroup &g : o.quarantine)
        reasons.insert(g.reason, g.count);
    QJsonObject json {{QStringLiteral("waiting"), o.waiting}, {QStringLiteral("open_conflicts"), o.openConflicts},
        {QStringLiteral("quarantined"), o.quarantined}, {QStringLiteral("quarantine_reasons"), reasons},
        {QStringLiteral("clock_offset_ms"), o.clockOffsetMs}, {QStringLiteral("fingerprint"), o.fingerprint},
        {QStringLiteral("join_pending"), o.joinPending}, {QStringLiteral("held_deletions"), o.heldDeletions}};
    if (o.space) {
        const sync::SpaceInfo &s = *o.space;
        json.insert(QStringLiteral("space"), s.spaceId);
        json.insert(QStringLiteral("name"), s.name);
        json.insert(QStringLiteral("server"), s.serverUrl);
        json.insert(QStringLiteral("role"), s.role);
        json.insert(QStringLiteral("cursor"), s.cursor.seq);
        json.insert(QStringLiteral("last_sync_at"), s.lastSyncAt);
        json.insert(QStringLiteral("devices"), static_cast<int>(o.members.size()));
    }
    if (ctx.json()) {
        ctx.out().jsonDocument(json);
        return {};
    }
    if (!o.space)
        ctx.out().line(o.joinPending ? QStringLiteral("waiting for an admin to approve this device (lintas-cli org "
                                                      "complete)")
                                     : QStringLiteral("not joined to an organisation"));
    else
        ctx.out().line(QStringLiteral("space:        %1 (%2)\nserver:       %3\nlast synced:  %4")
                           .arg(o.space->name, o.space->spaceId, o.space->serverUrl,
                               o.space->lastSyncAt
                                   ? QDateTime::fromMSecsSinceEpoch(o.space->lastSyncAt, Qt::UTC).toString(Qt::ISODate)
                                   : QStringLiteral("never")));
    ctx.out().line(QStringLiteral("waiting:      %1 changes\nconflicts:    %2 open\nquarantined:  %3 records")
                       .arg(o.waiting)
                       .arg(o.openConflicts)
                       .arg(o.quarantined));
    for (const sync::QuarantineGroup &g : o.quarantine)
        ctx.out().line(QStringLiteral("  %1: %2 (last: %3)").arg(g.reason).arg(g.count).arg(g.lastDetail));
    if (o.heldDeletions > 0)
        ctx.out().line(QStringLiteral("held:         %1 deletions wait for confirmation").arg(o.heldDeletions));
    ctx.out().line(QStringLiteral("fingerprint:  %1").arg(o.fingerprint));
    return {};
}

Status run(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(repo::Workspace * ws, ctx.workspace());
    store::Database &db = ws->writer().database();
    if (ctx.arg(0) == QStringLiteral("status"))
        return status(ctx, db);
    if (!ctx.arg(0).isEmpty())
        return ExitCodes::usage(QStringLiteral("sync takes no argument but 'status'"));
    LINTAS_TRY_ASSIGN(const auto current, sync::SyncSpaces(db).current());
    const QString homeServer = current.has_value() ? current->serverUrl : QString();
    const QString serverOption = ctx.option(QStringLiteral("server"));
    LINTAS_TRY_ASSIGN(const int timeout, ctx.intOption(QStringLiteral("timeout"), 30, 1, 3600));
    // --server stands in for the organisation's server; shared spaces keep their own.
    sync::SpacesSync engine(
        db,
        [&](const QString &url) -> std::unique_ptr<sync::SyncTransport> {
            const bool replaced = ctx.has(QStringLiteral("server")) && url == homeServer;
            return std::make_unique<sync::HttpTransport>(QUrl(replaced ? serverOption : url), timeout * 1000);
        },
        SystemClock::instance(), SecureRandom::instance());
    const sync::SyncOutcome o = engine.run();
    if (ctx.json())
        ctx.out().jsonDocument(QJsonObject {{QStringLiteral("result"), problemName(o.problem)},
            {QStringLiteral("detail"), o.detail}, {QStringLiteral("pushed"), o.pushed},
            {QStringLiteral("applied"), o.applied}, {QStringLiteral("quarantined"), o.quarantined},
            {QStringLiteral("refused"), o.refused}, {QStringLiteral("rounds"), o.rounds},
            {QStringLiteral("resynced"), o.resynced}, {QStringLiteral("clock_offset_ms"), o.clockOffsetMs}});
    else if (o.ok())
        ctx.out().line(QStringLiteral("synced: %1 sent, %2 received, %3 set aside")
                           .arg(o.pushed)
                           .arg(o.applied)
                           .arg(o.quarantined));
    return o.ok() ? Status() : Status(errorFor(o));
}

} // namespace

void registerSyncCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("sync"), QStringLiteral("[status]"),
        QStringLiteral(
            "send waiting changes and fetch new ones from the organisation's server (status: show the state)"),
        0, 1,
        {OptionSpec::value(QStringLiteral("server"), QStringLiteral("URL"),
             QStringLiteral("server to use this time instead of the one joined")),
            OptionSpec::value(QStringLiteral("timeout"), QStringLiteral("SECONDS"),
                QStringLiteral("give up when nothing moves for this long (default 30)"))},
        &run});
}

} // namespace lintas::cli
