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

// A narrow, local-only copy of what the case list filters and sorts by (status, risk, deleted,
// client and her name, the earliest open deadline), one row per case, with an index per sort
// order. Sorting 60,000 cases by next deadline or client name otherwise means computing the key
// for every matching case before the first row can be shown. Derived data: never synced, never
// in the outbox; refreshed after every write of a case, a client or a deadline, and rebuilt by
// its migration.
class CaseListKeys {
public:
    // Whether a write can change any case's keys at all: most edits (a deadline's notes, a
    // case's strategy) cannot, and skip the refresh query.
    static bool affectedBy(const EntityDef &def, const sync::Change &change, bool created);
    // Refreshes the rows a write of `def`/`id` can change.
    static Status refreshAfterWrite(store::Database &db, const EntityDef &def, const QString &id);
    static Status refreshCase(store::Database &db, const QString &caseId);
    static Status rebuild(store::Database &db);
    // The value stored for "no open deadline": sorts after every real date.
    static QString noDeadline() { return QStringLiteral("9999-12-31"); }
};

} // namespace lintas::repo
