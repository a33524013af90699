#pragma once

#include "base/Result.h"
#include "domain/Referral.h"
#include "sync/CaseMove.h"

#include <QString>
#include <QVector>

namespace lintas::repo {
class Workspace;
}

namespace lintas::sync {

// A hand-off through a space shared with the receiving organisation (issue 5, decision D41): the
// case moves into the space with its referral marked sent; the receiving organisation's laptops
// find it waiting, accept or decline it with a reason, and the sender sees the answer in the
// referral. Each step is an ordinary change, queued offline like any other.
class SpaceHandoff {
public:
    explicit SpaceHandoff(repo::Workspace &workspace) : m_workspace(workspace) { }

    // Checks the consent first: the referral needs one for its organisation that is still in
    // force (rules "needs_consent", "consent_other_recipient", "consent_withdrawn"), unless an
    // admin's override is recorded on it (decision D42). Then, in one transaction, marks the referral sent today and
    // moves the case into `spaceId` (CaseMove's refusals).
    Result<CaseMove::Moved> send(const QString &referralId, const QString &spaceId, CaseMove::Options options = {});

    struct Waiting {
        domain::Referral referral;
        QString caseReference;
        QString caseTitle;
        QString clientName;
        QString spaceName;
        QString sentBy; // the label of the laptop that sent it, as the space's members list names it
    };
    // Hand-offs sent to this organisation and not answered yet: referrals marked sent, of cases
    // in a shared space, by a laptop that is not one of this organisation's. Oldest first.
    Result<QVector<Waiting>> waiting();

    Status accept(const QString &referralId);
    // `reason` is required (rule "required", field "feedback"): the sender has to know why.
    Status decline(const QString &referralId, const QString &reason);

private:
    Status answer(const QString &referralId, const QString &status, const QString &reason);

    repo::Workspace &m_workspace;
};

} // namespace lintas::sync
