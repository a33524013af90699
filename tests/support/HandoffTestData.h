#pragma once

#include "handoff/HandoffAddress.h"
#include "support/WorkspaceFixture.h"
#include "sync/SyncIdentity.h"

#include <QString>

namespace lintas::test {

// A profile that can send and receive hand-off packets: a workspace and its sync identity.
struct HandoffProfile : WorkspaceFixture {
    QString name;
    sync::SyncIdentity identity;

    HandoffProfile(std::uint64_t seed, QString displayName);
    handoff::HandoffAddress address() const { return handoff::HandoffAddress::fromIdentity(identity, name); }
};

// The ids of the case made by makeHandoffCase.
struct HandoffCase {
    QString clientId;
    QString caseId;
    QString partyId;
    QString organisationId;
    QString consentId;
    QString referralId;
    QString otherCaseId; // the same client's second case, which must stay home
};

// A returning domestic worker's case: client with a phone and a consent, case with two claims
// (one with a payment), two deadlines, an agency party, a note and its correction, and a draft
// referral to an NGO in Lampung; plus a second case of the same client.
HandoffCase makeHandoffCase(WorkspaceFixture &f);

} // namespace lintas::test
