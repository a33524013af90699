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

} // namespace lintas::cli
