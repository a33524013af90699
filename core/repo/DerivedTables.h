#pragma once

#include "base/Result.h"

#include <QHash>
#include <QString>
#include <QVector>

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

    // Applying a pull touches the same rows many times (a case, then twenty edits of it): each
    // row's derived entries are rewritten once, from its final values, when the batch is flushed
    // inside the same transaction. Refreshing reads only the synced rows, so the order of rows
    // does not matter.
    class Deferred {
    public:
        void note(const EntityDef &def, const QString &id, const sync::Change &change, bool created);
        // Rewrites what was noted, and what earlier batches parked, in the caller's transaction.
        Status flush(store::Database &db);
        // A long backlog arrives in many replies that edit the same rows again and again: what a
        // reply noted is parked in derived_pending, in its transaction, and rewritten once when
        // the pull reaches the end of the log (or stops: SyncEngine calls flushParked()).
        Status park(store::Database &db);
        bool isEmpty() const { return m_pending.isEmpty(); }

    private:
        void add(const EntityDef &def, const QString &id, int parts);
        struct Pending {
            const EntityDef *def = nullptr;
            QString id;
            int parts = 0;
        };
        QHash<QString, int> m_slot; // "entity/id" → index in m_pending
        QVector<Pending> m_pending;
    };

    // Rewrites whatever a pull parked and left (it was cut off, or the app closed): a row pulled
    // before that must not stay missing from search and the case list. Holds its own transaction.
    static Status flushParked(store::Database &db);

private:
    enum Part { SearchPart = 1, CaseListPart = 2, MatchKeysPart = 4 };
    static int partsFor(const EntityDef &def, const sync::Change &change, bool created);
    static Status refreshParts(store::Database &db, const EntityDef &def, const QString &id, int parts);
};

} // namespace lintas::repo
