#pragma once

#include "base/Result.h"
#include "protocol/Membership.h"

#include <QString>

namespace lintas::store {
class Database;
}

namespace lintas::sync {

class ServerSession;

// Keeps a profile's view of a space's members (space_devices) in step with the server's
// membership log — but only with what verifies: the whole chain from genesis (MembershipLog),
// extending the head this profile trusted before (so the server cannot rewrite history), and
// naming only devices added by admins. Anything else is ErrorCode::Crypto and nothing changes.
class MembershipSync {
public:
    // Fetches the log and verifies it (no profile writes). `trusted`: a head the log must contain.
    static Result<protocol::MemberSet> fetchVerified(
        ServerSession &session, const QByteArray &spaceId, qint64 trustedIndex, const QByteArray &trustedHash);

    // Fetches, verifies against the trusted head, and writes members and the new head.
    static Result<protocol::MemberSet> refreshMembers(
        store::Database &db, ServerSession &session, const QString &spaceId);

    // Writes a verified member set into space_devices and space_membership (caller's transaction).
    static Status store(store::Database &db, const QString &spaceId, const protocol::MemberSet &set);
};

} // namespace lintas::sync
