#pragma once

#include "base/Result.h"
#include "repo/EntityDef.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace lintas::store {
class Database;
}

namespace lintas::repo {

// Which space a record's changes go to (decision D41): a case and everything under it go to the
// case's space (cases.space_id); a client, her phones and consents go to the space of her cases
// when they all live in one; the rest (the directory, activities) stays in the organisation's
// space. Empty means the organisation's own space.
//
// A client with cases in several spaces (one case handed over, another kept) has her record,
// phones and consents in the organisation's space and mirrored into each other space of her
// cases (decision D43), so a consent withdrawn on one side reaches the other.
class RecordSpace {
public:
    // `incoming`: the fields being written, which name the parent of a record not stored yet.
    static Result<QString> of(
        store::Database &db, const EntityDef &def, const QString &id, const QMap<QString, QVariant> &incoming);
    static Result<QString> ofCase(store::Database &db, const QString &caseId);
    static Result<QString> ofClient(store::Database &db, const QString &clientId);
    // The spaces besides of() a record also belongs in: for a client-level record (the client, her
    // phones, her consents) whose client has cases in several spaces, every one of those spaces
    // other than the organisation's. Empty for everything else.
    static Result<QStringList> mirrorsOf(store::Database &db, const EntityDef &def, const QString &id);
    // The organisation's own space (the first joined), which a case may name by id; empty before
    // any join.
    static Result<QString> homeSpace(store::Database &db);
};

} // namespace lintas::repo
