#pragma once

// The conflict log moved to repo (repo/ConflictLog.h) so that the write path can keep it without
// depending on sync; sync and the UI keep their names for it.
#include "repo/ConflictLog.h"

namespace lintas::sync {

using repo::Conflict;
using repo::ConflictLog;

} // namespace lintas::sync
