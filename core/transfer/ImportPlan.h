#pragma once

#include "base/Result.h"
#include "repo/EntityDef.h"
#include "repo/EntityMapping.h"
#include "sync/UnknownFields.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

namespace lintas::store {
class Database;
}

namespace lintas::transfer {

// One record of an export file, checked and converted to canonical values.
struct PlannedRecord {
    QString id;
    repo::FieldMap fields; // only the fields present in the file
    repo::SetMap sets; // only the set fields present in the file (complete membership each)
    sync::UnknownFields::Preserved preserved; // what a newer Lintas wrote that this one does not know
};

struct PlannedEntity {
    const repo::EntityDef *def = nullptr;
    QVector<PlannedRecord> records;
};

// The validated content of an export file, in import order (parents before children). Building
// it reads the profile (to resolve references) but never writes, so a file that fails here has
// changed nothing. Every failure is ErrorCode::Validation; `field` names the field at fault and
// the detail names the entity, its position in the file and its id.
class ImportPlan {
public:
    static Result<ImportPlan> build(const QByteArray &json, store::Database &db);

    const QVector<PlannedEntity> &entities() const { return m_entities; }
    qint64 recordCount() const;

private:
    Status parse(const QByteArray &json);
    Status checkReferences(store::Database &db) const;

    QVector<PlannedEntity> m_entities;
    QHash<QString, QSet<QString>> m_idsByEntity;
};

} // namespace lintas::transfer
