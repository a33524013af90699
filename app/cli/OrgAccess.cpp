#include "OrgAccess.h"

#include "CommandContext.h"
#include "repo/Workspace.h"

namespace lintas::cli {

Result<store::Database *> databaseOf(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(repo::Workspace * ws, ctx.workspace());
    return &ws->writer().database();
}

Result<sync::SpaceInfo> currentSpace(store::Database &db)
{
    LINTAS_TRY_ASSIGN(const auto current, sync::SyncSpaces(db).current());
    if (!current)
        return makeError(ErrorCode::NotFound,
            QStringLiteral("this profile has not joined an organisation yet (lintas-cli org join)"));
    return *current;
}

Result<sync::SpaceInfo> spaceNamed(store::Database &db, const QString &idOrName)
{
    LINTAS_TRY_ASSIGN(const auto all, sync::SyncSpaces(db).all());
    for (const sync::SpaceInfo &s : all) {
        if (s.spaceId.compare(idOrName, Qt::CaseInsensitive) == 0
            || s.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return s;
    }
    return makeError(
        ErrorCode::NotFound, QStringLiteral("no space joined is called %1 (lintas-cli org spaces)").arg(idOrName));
}

Result<sync::SpaceInfo> chosenSpace(CommandContext &ctx, store::Database &db)
{
    if (ctx.has(QStringLiteral("space")))
        return spaceNamed(db, ctx.option(QStringLiteral("space")));
    return currentSpace(db);
}

} // namespace lintas::cli
