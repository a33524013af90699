#pragma once

#include "base/Result.h"

#include <QString>

namespace lintas::profile {

// Moves a database that failed a check out of the way, never deleting it: the file may be the
// only copy of months of casework, and a specialist (or a newer Lintas) may still rescue it.
class DamagedDatabase {
public:
    // Renames `databasePath` (and its -wal/-shm, which belong to it) to
    // "<databasePath>.damaged-<yyyyMMdd-HHmmss>" (UTC, from `nowMs`), adding "-2", "-3", … if that
    // name is taken. Returns the new path of the main file; Io if it could not be moved, in which
    // case everything is left where it was.
    static Result<QString> setAside(const QString &databasePath, qint64 nowMs);
};

} // namespace lintas::profile
