#pragma once

#include "base/Result.h"
#include "sync/Change.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVariant>
#include <QVector>

namespace lintas::store {
class Database;
}
namespace lintas::repo {
struct EntityDef;
}

namespace lintas::sync {

// Fields and set operations a newer Lintas sends that this version's EntityDef does not know
// (SYNC.md: "unknown fields from newer versions: preserved and re-emitted unchanged"). They are
// kept beside the row, last-writer-wins by (HLC, device) for fields and every set operation as it
// arrived, and folded into the row once an upgrade makes them known.
class UnknownFields {
public:
    explicit UnknownFields(store::Database &db) : m_db(db) { }

    // Keeps what `change` writes to names `def` does not know, and what it carries (Change::carried)
    // with the clocks it carries: kept beside the row if still unknown here, into the row by its own
    // clock if this version knows it. Idempotent.
    Status keep(const repo::EntityDef &def, const Change &change);

    // What is kept for one record, for whatever re-emits it (an export, moving a case to another
    // space): the field values with the clock that wrote them, and the set operations as they came.
    using Field = CarriedField;
    struct Preserved {
        QMap<QString, Field> fields;
        QVector<SetAdd> adds;
        QVector<SetRemove> removes;
        QVector<Hlc> removeHlcs; // the HLC of each remove, same order
        bool isEmpty() const { return fields.isEmpty() && adds.isEmpty() && removes.isEmpty(); }
    };
    Result<Preserved> forRecord(const QString &entity, const QString &entityId);
    // True when anything is kept for records of `entity` (an export asks once, not per record).
    Result<bool> anyFor(const QString &entity);
    // As a whole-profile export carries it, beside the record's fields:
    //   {"fields": {"<name>": {"value": …, "hlc": "<decimal>", "device": "<id>"}},
    //    "adds": [[field, element, tag]], "removes": [[field, element, [tags], "<hlc>"]]}
    static QJsonObject toJson(const Preserved &preserved);
    static Result<Preserved> fromJson(const QJsonValue &json);
    // Puts back what an export carried (LWW against what is kept already).
    Status restore(const QString &entity, const QString &entityId, const Preserved &preserved);

    // Sends on what is kept for the record `written` changed (an import that put back what an
    // export preserved): its outbox entry, not sealed yet, gets the kept fields and set operations
    // with their own clocks (Change::carried), so the other laptops keep them too. The caller
    // holds the transaction that wrote `written`.
    Status carryInOutbox(Change written);

    // Once an upgrade knows them, kept names go into their rows: repo::NewerFields::foldKnown,
    // at workspace open.

private:
    Status keepField(const QString &entity, const QString &entityId, const QString &field, const Field &value);
    Status keepSetOp(const QString &entity, const QString &entityId, const QString &kind, const QString &field,
        const QString &element, const QStringList &tags, Hlc hlc);

    store::Database &m_db;
};

} // namespace lintas::sync
