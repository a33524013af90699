#pragma once

#include "base/Result.h"

#include <QString>

namespace lintas::repo {
class Workspace;
}

namespace lintas::sync {

// What stays behind when a case moves: confidential notes (an interview's intimate details, the
// caseworker's own assessment) and their corrections can be kept with the organisation the case
// leaves, as transfer::CaseShare leaves them out of a hand-off file; every other record goes.
struct CaseMoveOptions {
    bool keepConfidentialNotes = false;
};

// Moves a case into another space this profile is a member of (decision D41) — typically a
// space shared with the organisation taking the case over. A case lives in one space at a time:
//  - the space it leaves gets one change of the case (its new space_id and space_name), so the
//    colleagues who stay there see where it went and stop writing to it;
//  - the space it enters gets every record of the case (transfer::CaseRecords: the case, its
//    client, claims and payments, notes, deadlines, parties, consents, referrals) resent as they
//    stand, each field with the clock of the write that set it (ChangeWriter::resend), so
//    history, notes and conflict resolution carry over and a laptop in both spaces sees no edit;
//  - from then on every write to the case goes to the new space (repo::RecordSpace).
// The old space's log keeps what it had: a server log is append-only and its members keep their
// copies. All in one transaction; nothing goes over the network here.
class CaseMove {
public:
    explicit CaseMove(repo::Workspace &workspace) : m_workspace(workspace) { }

    using Options = CaseMoveOptions;

    struct Moved {
        QString fromSpace; // empty: the organisation's own space
        QString toSpace;
        int records = 0; // resent into the new space
        int keptBack = 0; // confidential notes left with the old space
    };
    // `toSpaceId` empty: into the organisation's own space (written as its id). Refusals (Validation): rule
    // "not_a_member" for a space this profile has not joined, "already_in_space", and
    // "case_in_other_space" for a case in a space this profile cannot write to.
    Result<Moved> move(const QString &caseId, const QString &toSpaceId, Options options = {});

private:
    repo::Workspace &m_workspace;
};

} // namespace lintas::sync
