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

} // namespace lintas::cli
