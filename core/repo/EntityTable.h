#pragma once

#include "base/Result.h"
#include "repo/EntityDef.h"
#include "repo/EntityMapping.h"
#include "sync/Hlc.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace lintas::store {
class Database;
}

namespace lintas::repo {

struct FieldClock {
    sync::Hlc hlc;
    QString device;
};

// Generic SQL over one entity's table, its set members and its field clocks. Shared by the
// local write path (ChangeWriter) and the remote/replay path (ChangeApplier) so both store
// exactly the same thing. Callers hold the transaction.
class EntityTable {
public:
    EntityTable(store::Database &db, const EntityDef &def) : m_db(db), m_def(def) { }

    // Row and field-clock updates as UPDATE OR FAIL. An update of one row by its key fails, if at
    // all, before it writes (a foreign key checked afterwards still takes the statement back), so
    // SQLite can skip the statement journal, which SQLCipher fills with an encrypted copy of every
    // page the statement touches. Measured: applying a pull about 40% faster; local saves in a
    // batch were slower with it, so only the pull path (ChangeApplier in a batch) asks for it.
    void setFailInPlace(bool on) { m_orFail = on; }

    // Current scalar values, or nullopt when the row does not exist.
    Result<std::optional<FieldMap>> loadFields(const QString &id);
    Status insertRow(const QString &id, const FieldMap &values, qint64 updatedAt);
    Status ensureRow(const QString &id, qint64 updatedAt);
    // Sets the given columns; updated_at only moves forward.
    Status updateRow(const QString &id, const FieldMap &values, qint64 updatedAt);
    Status touch(const QString &id, qint64 updatedAt);

    // Present elements of every set field (sorted), or of one field.
    Result<SetMap> loadSets(const QString &id);
    // element → its live add-tags, for one set field.
    Result<QMap<QString, QStringList>> liveTags(const QString &id, const QString &field);
    // The live elements of `field` for many entities at once, A to Z per entity: a list page reads
    // them in one query instead of one per row.
    Result<QHash<QString, QStringList>> liveElements(const QStringList &ids, const QString &field);
    Status addMember(const QString &id, const QString &field, const QString &element, const QString &tag);
    // Marks tags removed; records a tombstone for a tag not seen yet (remove arrived before add).
    Status removeTags(
        const QString &id, const QString &field, const QString &element, const QStringList &tags, sync::Hlc at);

    Result<std::optional<FieldClock>> fieldClock(const QString &id, const QString &field);
    // Every field clock of one row, by field: one query where fieldClock() would run one per field.
    // With `deleted` (for an entity that has the field), also whether the row is deleted, in the
    // same query; a row without clocks was never written by a change, so it counts as not deleted.
    Result<QHash<QString, FieldClock>> fieldClocks(const QString &id, bool *deleted = nullptr);
    Status setFieldClock(const QString &id, const QString &field, const FieldClock &clock);
    // For a field known to have no clock yet (a new row): skips setFieldClock's UPDATE.
    Status insertFieldClock(const QString &id, const QString &field, const FieldClock &clock);

private:
    store::Database &m_db;
    const EntityDef &m_def;
    bool m_orFail = false;
};

} // namespace lintas::repo
