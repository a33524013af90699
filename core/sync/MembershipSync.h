#pragma once

#include "base/Result.h"
#include "protocol/Membership.h"

#include <QString>

#include <functional>
#include <optional>

namespace lintas::store {
class Database;
}

namespace lintas::sync {

class ProfileSession;
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

    // An admin's append: builds the next entry on the verified head (`known`, or read afresh),
    // signs it with the profile's device key and appends it; on 409 (another admin appended
    // first) builds once more on the new head. `next` returns nullopt when nothing is to be
    // appended. Returns the verified set with the entry in it (stored). A removal the server
    // refuses because it holds later changes of the device (412) is Validation, rule "sync_first".
    using NextEntry = std::function<Result<std::optional<protocol::MembershipEntryData>>(const protocol::MemberSet &)>;
    static Result<protocol::MemberSet> appendOnHead(store::Database &db, ProfileSession &profile,
        const QString &spaceId, const protocol::MemberSet *known, const NextEntry &next);
};

} // namespace lintas::sync
