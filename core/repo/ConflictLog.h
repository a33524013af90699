#pragma once

#include "base/Result.h"
#include "sync/Hlc.h"

#include <QString>
#include <QVariant>
#include <QVector>

namespace lintas::store {
class Database;
}

namespace lintas::repo {

// Two devices changed the same field without seeing each other's edit. Last writer wins, so
// every device ends with the same value; the value that lost is kept here, with who wrote it and
// when, so a person can see it and put it back with one click (a new, ordinary edit).
// Stored state, like the field clocks: sync (ChangeApplier) and the one write path (ChangeWriter,
// through DeleteConflicts) both write it, so it lives in repo.
struct Conflict {
    qint64 id = 0;
    QString entity;
    QString entityId;
    QString field;
    QVariant keptValue;
    sync::Hlc keptHlc;
    QString keptDevice;
    QVariant lostValue;
    sync::Hlc lostHlc;
    QString lostDevice;
    qint64 detectedAt = 0;
    qint64 restoredAt = 0; // 0 = open
};

class ConflictLog {
public:
    explicit ConflictLog(store::Database &db) : m_db(db) { }

    // One entry per losing write and field: recording the same loss again changes nothing.
    Status record(const Conflict &conflict);
    Result<QVector<Conflict>> open(int limit = 500);
    Result<QVector<Conflict>> forEntity(const QString &entity, const QString &entityId);
    Result<int> openCount();
    Result<Conflict> get(qint64 id); // NotFound
    // The field now holds the value that had lost (restored here or on another device): the
    // open entries for that loss are settled.
    Status settle(
        const QString &entity, const QString &entityId, const QString &field, const QVariant &value, qint64 atMs);
    // The device whose write `lostHlc` lost has merged it into the field's text (Change::merges):
    // nothing of it is missing any more.
    Status settleMerged(const QString &entity, const QString &entityId, const QString &field, sync::Hlc lostHlc,
        const QString &lostDevice, qint64 atMs);
    Status markRestored(qint64 id, qint64 atMs);

private:
    Result<QVector<Conflict>> select(const QString &where, const QVariantList &binds);
    store::Database &m_db;
};

} // namespace lintas::repo
