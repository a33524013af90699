#pragma once

#include "base/Result.h"
#include "transfer/CaseShareChoice.h"

#include <QByteArray>
#include <QString>

namespace lintas::repo {
class Workspace;
}

namespace lintas::handoff {

// What a hand-off packet carries: one case and everything attached to it, as a document in the
// export format (transfer/DataExporter, "lintas-export" v1) holding only those records, so the
// recipient reads it with the same validation and write path as an import (transfer/DataImporter).
//
// Which records: the case; every record that refers to a record already taken (its claims, their
// payments, notes and their corrections, deadlines, parties' links to it, referrals, and the
// client's phones and consents), found through EntityReferences so fields added later follow;
// and every record those refer to (the client, parties, organisations). Two limits keep other
// cases out: records with a case_id must name this case, and nothing is collected *below* a
// shared directory record (a party or organisation), or the party's other cases would follow.
// Deleted records below the case are left out; a record referred to is taken as it is.
// The sender's CaseShareChoice then leaves parts out (transfer::CaseShare), with whatever refers
// to them, so the recipient's import finds every reference it needs (decision D44).
class CaseBundle {
public:
    static Result<QByteArray> collect(
        repo::Workspace &workspace, const QString &caseId, const transfer::CaseShareChoice &share = {});

    // Removes from a bundle the records whose id this profile already has, so an import only adds:
    // a packet never overwrites what the recipient (or an earlier packet) already holds.
    static Result<QByteArray> withoutExisting(repo::Workspace &workspace, const QByteArray &bundle);
};

} // namespace lintas::handoff
