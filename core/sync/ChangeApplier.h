#pragma once

#include "base/Result.h"
#include "repo/DerivedTables.h"
#include "sync/Change.h"

#include <functional>

namespace lintas::store {
class Database;
}
namespace lintas::repo {
struct EntityDef;
class EntityTable;
struct FieldClock;
} // namespace lintas::repo

namespace lintas::sync {

class HybridLogicalClock;

// A long text into which this device's own losing write was merged (sync/LineMerge.h), to be
// written as a new local change by the batch's owner in the same transaction.
struct TextMerge {
    QString entity;
    QString entityId;
    QString field;
    QString text;
    Hlc lostHlc;
};

// Applies a Change from any device (remote sync, offline bundle, or replay of an outbox) to a
// database: per-field last-writer-wins by (HLC, device), observed-remove sets, idempotent
// appends. Applying the same change twice, or changes in another order, gives the same rows.
// A concurrent edit's losing value goes to the ConflictLog.
// Keeps the derived tables (repo::DerivedTables) current, like a local write does. Never writes
// the outbox. The caller holds the transaction.
class ChangeApplier {
public:
    ChangeApplier(store::Database &db, HybridLogicalClock &hlc) : m_db(db), m_hlc(hlc) { }

    using AfterApply = std::function<Status(const repo::EntityDef &, const QString &id)>;
    void setAfterApply(AfterApply hook) { m_afterApply = std::move(hook); }

    // Many changes applied in one transaction (a pull) share this: the derived tables are noted
    // in `derived` and rewritten once per row by its owner before the commit, and the conflict
    // log is searched for entries to settle only while it holds open ones.
    // With `merges` and `selfDevice` set, a long text this device wrote that loses to a
    // concurrent edit is merged line by line into `merges` instead of going to the conflict log.
    struct Batch {
        repo::DerivedTables::Deferred *derived = nullptr;
        bool openConflicts = true;
        QString selfDevice;
        QVector<TextMerge> *merges = nullptr;
    };
    void setBatch(Batch *batch) { m_batch = batch; }

    Status apply(const Change &change);

private:
    // Concurrent edits of one field (neither writer saw the other's value) leave the losing
    // value in the ConflictLog; plain successors and repeats leave nothing.
    Status noteConflict(repo::EntityTable &table, const Change &change, const QString &field, const QVariant &incoming,
        const repo::FieldClock &local, bool incomingWins);
    // Keeps both versions of a long text for later merges; when this device's own text lost,
    // merges the two into the batch and says so (nothing is lost, so no conflict to show).
    Result<bool> keepText(repo::EntityTable &table, const Change &change, const QString &field,
        const QVariant &incoming, const repo::FieldClock *local, bool incomingWins);

    store::Database &m_db;
    HybridLogicalClock &m_hlc;
    AfterApply m_afterApply;
    Batch *m_batch = nullptr;
};

} // namespace lintas::sync
