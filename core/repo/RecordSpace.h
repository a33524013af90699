#pragma once

#include "base/Result.h"
#include "repo/EntityDef.h"

#include <QMap>
#include <QString>
#include <QVariant>

namespace lintas::store {
class Database;
}

namespace lintas::repo {

// Which space a record's changes go to (decision D41): a case and everything under it go to the
// case's space (cases.space_id); a client, her phones and consents go to the space of her cases
// when they all live in one; the rest (the directory, activities) stays in the organisation's
// space. Empty means the organisation's own space.
class RecordSpace {
public:
    // `incoming`: the fields being written, which name the parent of a record not stored yet.
    static Result<QString> of(
        store::Database &db, const EntityDef &def, const QString &id, const QMap<QString, QVariant> &incoming);
    static Result<QString> ofCase(store::Database &db, const QString &caseId);
    static Result<QString> ofClient(store::Database &db, const QString &clientId);
};

} // namespace lintas::repo
