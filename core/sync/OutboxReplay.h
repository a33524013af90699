#pragma once

#include "base/Result.h"

#include <QStringList>

namespace lintas::store {
class Database;
}

namespace lintas::sync {

// Proof that no write bypassed the outbox: replaying a database's outbox into an empty
// database must reproduce the same data. Used by tests, by the crash-safety harness, and by
// `lintas-cli profile verify`. The replica lives in memory, so no plaintext touches the disk.
class OutboxReplay {
public:
    // Every synced row, set member and field clock as sorted text lines.
    static Result<QStringList> canonicalDump(store::Database &db);
    // Applies every outbox record of `source`, in device order, to `target` (already migrated).
    static Status replay(store::Database &source, store::Database &target);
    // Lines that differ between the data and its replayed outbox; empty = consistent.
    static Result<QStringList> differences(store::Database &db);
};

} // namespace lintas::sync
