#pragma once

#include "base/Result.h"
#include "handoff/HandoffAddress.h"
#include "transfer/CaseShareChoice.h"

#include <QByteArray>
#include <QString>

namespace lintas::repo {
class Workspace;
}
namespace lintas::sync {
class SyncIdentity;
}

namespace lintas::handoff {

// The sending side: makes a packet of a case for a recipient's address and, later, takes in the
// recipient's reply.
class HandoffSender {
public:
    // `myName` is the organisation or person the recipient will see as the sender.
    HandoffSender(repo::Workspace &workspace, const sync::SyncIdentity &identity, QString myName);

    // The packet file's bytes. With a `referralId` (a referral of this case), the referral is
    // marked sent (so it needs the client's consent, as any sent referral does) and the reply
    // will set it to accepted or rejected. `share` says which parts of the case go (CaseBundle);
    // the case, the client, her consents and the referrals always do.
    Result<QByteArray> makePacket(const QString &caseId, const HandoffAddress &recipient,
        const QString &referralId = {}, const transfer::CaseShareChoice &share = {});

    struct ReplyOutcome {
        QByteArray packetId;
        QString caseId;
        QString referralId;
        HandoffAddress from;
        QString decision; // "accepted" / "declined"
        QString reason;
        bool alreadyRecorded = false; // this reply (or an earlier one) was taken in before
    };
    // Refusals: those of HandoffEnvelope::open; a reply to a packet this profile did not send
    // (handoff_unknown_packet); a reply whose MAC or signer does not match the packet
    // (handoff_damaged).
    Result<ReplyOutcome> importReply(const QByteArray &file);

private:
    repo::Workspace &m_workspace;
    const sync::SyncIdentity &m_identity;
    QString m_name;
};

} // namespace lintas::handoff
