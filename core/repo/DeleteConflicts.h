#pragma once

#include "base/Result.h"
#include "repo/EntityTable.h"
#include "sync/Change.h"

#include <QStringList>

namespace lintas::store {
class Database;
}

namespace lintas::repo {

// Edit versus delete (docs/protocol.md, "Deletes"). Deletion is the last-writer-wins field
// `deleted`, so an edit made on one laptop to a row another laptop deleted is stored but never
// shown. This keeps such edits visible in the ConflictLog: while a row is deleted, every distinct
// (HLC, device) among its field clocks that the winning delete had not seen has one entry on the
// field `deleted` (kept: deleted; lost: not deleted, with the edit's clock). Restoring it writes
// `deleted = 0`, which brings the row back with the edit in it.
//
// Set fields (tags) have no value to win, so each keeps a clock of its own in field_clock, under
// its name: the latest (HLC, device) that added to or removed from it. A tag added to a deleted
// record is then an edit like any other here, and the restore brings the record back with it.
//
// The entries follow from the row's state alone (its field and set clocks, its `deleted` clock
// and what the winning delete had seen), so every device ends with the same entries whatever the
// order the edits and the delete arrived in, and replaying changes adds none.
// Row state written by the one write path (ChangeWriter) and by sync's ChangeApplier alike, so it
// lives in repo.
class DeleteConflicts {
public:
    explicit DeleteConflicts(store::Database &db) : m_db(db) { }

    // A write that sets `deleted` true.
    static bool deletes(const sync::Change &change);

    // Write path, before the change is recorded: a delete carries the clock of every field and
    // set of the row that the deleting laptop had seen written, and a marker ("*") saying that
    // the others were never written there, so a receiver can tell the edits it had seen from the
    // ones it had not.
    static Status addSeenClocks(EntityTable &table, const EntityDef &def, sync::Change &change);

    // The set fields `change` adds to or removes from: each one's clock becomes the change's
    // (hlc, device) when that is later than the clock it has.
    static QStringList touchedSets(const EntityDef &def, const sync::Change &change);

    // The row's `deleted` flag and the clock that wrote it, once a change is stored. The caller
    // knows them already (the pull path reads the flag with the field clocks), so a change to a
    // live row costs no statement here.
    struct RowDeletion {
        bool deleted = false;
        FieldClock clock;
    };

    // After `change` was stored (applied, or written here): when it writes `deleted` or the row
    // is deleted, remembers what a winning delete had seen and brings the row's entries up to
    // date. True when it added an entry.
    Result<bool> afterChange(const EntityDef &def, const sync::Change &change, const RowDeletion &row, qint64 nowMs);

private:
    Result<bool> refresh(
        const EntityDef &def, const QString &id, sync::Hlc deleteHlc, const QString &deleteDevice, qint64 nowMs);
    // Replaces what the row's winning delete had seen with `winner`'s list (none: forgets it).
    Status rememberSeen(const EntityDef &def, const QString &id, const sync::Change *winner);

    store::Database &m_db;
};

} // namespace lintas::repo
