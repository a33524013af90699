#pragma once

#include "base/Result.h"
#include "sync/SyncSpaces.h"

namespace lintas::store {
class Database;
}

namespace lintas::cli {

class CommandContext;

// The profile's database, for the organisation commands.
Result<store::Database *> databaseOf(CommandContext &ctx);
// The space the profile joined; NotFound (with the command to run) before joining.
Result<sync::SpaceInfo> currentSpace(store::Database &db);
// The space named by --space (its id or its name, any case), else the organisation's own.
Result<sync::SpaceInfo> chosenSpace(CommandContext &ctx, store::Database &db);
// A space this profile joined, by id or name; NotFound names `lintas-cli org spaces`.
Result<sync::SpaceInfo> spaceNamed(store::Database &db, const QString &idOrName);

} // namespace lintas::cli
