#pragma once

#include "base/Result.h"

#include <QString>

namespace lintas::store {
class Database;
}
namespace lintas::sync {
struct Change;
}

namespace lintas::repo {
struct EntityDef;

// The local-only tables derived from synced rows: the search index (D8), the case-list keys
// (D13) and the duplicate-client keys (D16). One entry point for both ways a row changes — a
// local write (ChangeWriter's after-write hook) and a change applied from another device
// (ChangeApplier) — so no derived table can follow one and miss the other.
class DerivedTables {
public:
    // Refreshes what a change of `def`/`id` can affect, inside the caller's transaction.
    // `created`: the row is new (a local create); applied changes pass false and are judged by the
    // fields they carry.
    static Status refresh(
        store::Database &db, const EntityDef &def, const QString &id, const sync::Change &change, bool created);
};

} // namespace lintas::repo
