#pragma once

#include "base/Result.h"

#include <QString>

namespace lintas::store {
class Database;
}

namespace lintas::sync {

// What a conflicting record is, in words a caseworker recognises: the case reference and
// title, the client's name, the party's name — and where to open it. Rows of a case (claims,
// notes, deadlines…) name their case; rows of a client (phones, consents) their client.
struct ConflictSubject {
    QString label; // empty when the record no longer exists
    QString caseId; // the case to open, if the record belongs to one
    QString clientId; // the client to open, if it belongs to a client and no case
};

class ConflictSubjects {
public:
    static Result<ConflictSubject> describe(store::Database &db, const QString &entity, const QString &entityId);
};

} // namespace lintas::sync
