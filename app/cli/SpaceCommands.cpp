#include "SpaceCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "ExitCodes.h"
#include "Lookup.h"
#include "OrgAccess.h"
#include "base/Clock.h"
#include "base/RandomSource.h"
#include "repo/Workspace.h"
#include "sync/CaseMove.h"
#include "sync/HttpTransport.h"
#include "sync/SharedSpaces.h"
#include "sync/SyncSpaces.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lintas::cli {

namespace {

Status spaces(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(store::Database * db, databaseOf(ctx));
    LINTAS_TRY_ASSIGN(const auto all, sync::SyncSpaces(*db).all());
    QJsonArray rows;
    for (const sync::SpaceInfo &s : all) {
        const QString kind = s.home ? QStringLiteral("organisation") : QStringLiteral("shared");
        rows.append(QJsonObject {{QStringLiteral("space"), s.spaceId}, {QStringLiteral("name"), s.name},
            {QStringLiteral("kind"), kind}, {QStringLiteral("role"), s.role}, {QStringLiteral("server"), s.serverUrl}});
        if (!ctx.json())
            ctx.out().line(QStringLiteral("%1  %2  %3, %4  %5").arg(s.spaceId, s.name, kind, s.role, s.serverUrl));
    }
    if (ctx.json())
        ctx.out().jsonDocument(rows);
    else if (all.isEmpty())
        ctx.out().line(QStringLiteral("no space joined yet (lintas-cli org join)"));
    return {};
}

Status shareSpace(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(store::Database * db, databaseOf(ctx));
    LINTAS_TRY_ASSIGN(const sync::SpaceInfo home, currentSpace(*db));
    sync::HttpTransport transport {QUrl(home.serverUrl)};
    sync::SharedSpaces shared(*db, transport, SystemClock::instance(), SecureRandom::instance());
    LINTAS_TRY_ASSIGN(const sync::JoinResult r,
        shared.create(home.spaceId, ctx.arg(0),
            ctx.has(QStringLiteral("label")) ? ctx.option(QStringLiteral("label")) : QString()));
    if (ctx.json())
        ctx.out().jsonDocument(QJsonObject {{QStringLiteral("space"), r.spaceId}, {QStringLiteral("name"), r.spaceName},
            {QStringLiteral("role"), r.role}});
    else
        ctx.out().line(QStringLiteral("opened the shared space %1 (%2). Invite the other organisation's laptops with "
                                      "`lintas-cli org invite --space \"%1\"`.")
                           .arg(r.spaceName, r.spaceId));
    return {};
}

Status moveCase(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(repo::Workspace * ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const domain::Case kase, Lookup::kase(*ws, ctx.arg(0)));
    const QString target = ctx.option(QStringLiteral("to"));
    if (target.isEmpty())
        return ExitCodes::usage(QStringLiteral("say where with --to SPACE (a shared space, or 'organisation')"));
    QString spaceId;
    if (target.compare(QStringLiteral("organisation"), Qt::CaseInsensitive) != 0) {
        LINTAS_TRY_ASSIGN(const sync::SpaceInfo space, spaceNamed(ws->database(), target));
        spaceId = space.spaceId;
    }
    LINTAS_TRY_ASSIGN(const sync::CaseMove::Moved moved, sync::CaseMove(*ws).move(kase.id, spaceId));
    if (ctx.json())
        ctx.out().jsonDocument(
            QJsonObject {{QStringLiteral("case"), kase.reference}, {QStringLiteral("from"), moved.fromSpace},
                {QStringLiteral("to"), moved.toSpace}, {QStringLiteral("records"), moved.records}});
    else
        ctx.out().line(QStringLiteral("moved %1 with %2 records; they go to the space at the next sync")
                           .arg(kase.reference)
                           .arg(moved.records));
    return {};
}

} // namespace

void registerSpaceCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("org spaces"), QString(),
        QStringLiteral("list the spaces this profile belongs to: the organisation's and shared ones"), 0, 0, {},
        &spaces});
    registry.add({QStringLiteral("org share-space"), QStringLiteral("NAME"),
        QStringLiteral("open a space on the organisation's server to share cases with another organisation (admins)"),
        1, 1,
        {OptionSpec::value(QStringLiteral("label"), QStringLiteral("TEXT"),
            QStringLiteral("how the other organisation's admins see this device"))},
        &shareSpace});
    registry.add({QStringLiteral("case move"), QStringLiteral("CASE"),
        QStringLiteral("move a case with its whole history into a shared space (or back with --to organisation)"), 1, 1,
        {OptionSpec::value(
            QStringLiteral("to"), QStringLiteral("SPACE"), QStringLiteral("the shared space's name or id"))},
        &moveCase});
}

} // namespace lintas::cli
