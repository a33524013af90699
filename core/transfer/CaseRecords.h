#pragma once

#include "base/Result.h"
#include "repo/EntityDef.h"

#include <QString>
#include <QVector>

namespace lintas::store {
class Database;
}

namespace lintas::transfer {

struct RecordRef {
    const repo::EntityDef *def = nullptr;
    QString id;
};

// One case and everything attached to it: the case; every record that refers to a record already
// taken (its claims, their payments, notes and their corrections, deadlines, parties' links to it,
// referrals, and the client's phones and consents), found through EntityReferences so fields
// added later follow; and every record those refer to (the client, parties, organisations). Two
// limits keep other cases out: records with a case_id must name this case, and nothing is
// collected *below* a shared directory record (a party or organisation), or the party's other
// cases would follow. Deleted records below the case are left out; a record referred to is taken
// as it is. What a hand-off packet carries (handoff/CaseBundle) and what a case moving into a
// shared space takes along (sync/CaseMove).
class CaseRecords {
public:
    // Each record once, in the order of repo::allEntityDefs() (parents first), then by id. The
    // caller holds a read transaction for a consistent snapshot.
    static Result<QVector<RecordRef>> collect(store::Database &db, const QString &caseId);
};

} // namespace lintas::transfer
