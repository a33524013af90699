#pragma once

#include "base/Result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace lintas {
class Clock;
}
namespace lintas::store {
class Database;
}
namespace lintas::repo {
class ChangeWriter;
}

namespace lintas::sync {

// Deletions of one device and one kind of record, held by MassDeleteGuard until someone decides.
struct HeldDeletionGroup {
    QString spaceId;
    QString deviceId;
    QString deviceLabel; // as the membership log names the device; its id's first 8 characters if unnamed
    QString entity; // "case", "client", … (repo::EntityDef::name)
    QStringList entityIds; // the rows they would delete
    qint64 firstReceivedAt = 0; // corrected time (ms)
    int count() const { return int(entityIds.size()); }
};

// The user's side of the mass-delete guard: what waits, and the two answers.
//
// Confirm applies the held deletions now, through the same checks and merge as any record
// (last-writer-wins on `deleted`, conflicts logged as usual).
//
// Refuse keeps the rows, on every device: the deletions are applied all the same (so this device
// holds the same history as the others, and their other fields merge as usual) and, in the same
// transaction, every row they deleted is restored with a new local edit (`deleted` = false). That
// edit is newer than the deletion and names it as its prev, so it is an ordinary successor
// everywhere: the deleting device and every device that applied the deletion get the rows back,
// and a device still holding the same deletions lets them lose when it confirms them.
class HeldDeletions {
public:
    // Oldest first.
    static Result<QVector<HeldDeletionGroup>> list(store::Database &db);
    static Result<int> count(store::Database &db);
    // "N deletions from <device> wait for confirmation" (several groups: joined with "; ").
    static QString attentionText(const QVector<HeldDeletionGroup> &groups);

    // Both return how many deletions were applied (refuse: and then undone). The caller's
    // connection is the one the repositories write on; the sync thread's may run meanwhile.
    static Result<int> confirm(store::Database &db, const Clock &clock, const QString &deviceId, const QString &entity);
    static Result<int> refuse(repo::ChangeWriter &writer, const QString &deviceId, const QString &entity);
};

} // namespace lintas::sync
