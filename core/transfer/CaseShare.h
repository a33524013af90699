#pragma once

#include "base/Result.h"
#include "transfer/CaseRecords.h"
#include "transfer/CaseShareChoice.h"

#include <QMap>
#include <QSet>
#include <QVector>

namespace lintas::store {
class Database;
}

namespace lintas::transfer {

// A case's records (CaseRecords::collect) split by a CaseShareChoice into what goes and what stays.
struct SharedRecords {
    QVector<RecordRef> kept; // in the order given
    QVector<RecordRef> leftOut;
    // Per part, the records a person counts as that part: notes (corrections are notes too),
    // claims (not their payments), deadlines, phone numbers, and the case's links to parties.
    QMap<SharePart, int> counted;
    QMap<SharePart, int> leftOutCounted; // of those, the ones left out
};

// Applies a CaseShareChoice to a case's records, for a hand-off file (handoff::CaseBundle) and a
// move into a shared space (sync::CaseMove) alike. What is left out never leaves a reference
// dangling on the receiving side: a record that refers to one left out is left out too (a
// payment with its claim, a correction with its note), and a party or organisation that no
// record sent refers to any more stays home (the employer of a link left out).
class CaseShare {
public:
    static Result<SharedRecords> filter(
        store::Database &db, const QVector<RecordRef> &records, const CaseShareChoice &choice);

    // The confidential notes among `records`, and the corrections of those (they would point at
    // nothing on the other side), however the ids happen to sort.
    static Result<QSet<QString>> confidentialNotes(store::Database &db, const QVector<RecordRef> &records);

    // Collects the case and counts its parts, for a person choosing what to share. The caller
    // need not hold a transaction.
    static Result<SharedRecords> ofCase(store::Database &db, const QString &caseId, const CaseShareChoice &choice);
};

} // namespace lintas::transfer
