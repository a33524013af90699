#pragma once

#include "base/Result.h"
#include "protocol/InviteCode.h"
#include "sync/JoinFlow.h"
#include "sync/SyncTransport.h"

#include <QString>

namespace lintas {
class Clock;
class RandomSource;
} // namespace lintas
namespace lintas::store {
class Database;
}

namespace lintas::sync {

// Spaces beyond the organisation (decision D41): an admin opens a space on its organisation's
// server for a case shared with another organisation, then invites that organisation's
// caseworkers into it like any member (AdminFlow::createInvite, approve).
class SharedSpaces {
public:
    SharedSpaces(store::Database &db, SyncTransport &transport, const Clock &clock, RandomSource &random,
        protocol::InviteCost cost = protocol::InviteCost::interactive());

    // Asks the server of `adminSpaceId` (a space this profile is an admin of) for a new space
    // called `name`, with a one-time first-admin invite whose code never leaves this laptop, and
    // joins it at once as its first admin (the genesis and the epoch-1 key are made here).
    // Validation (rule "space_name") for an empty name; "not_an_admin" refusals come back as
    // PermissionDenied.
    Result<JoinResult> create(const QString &adminSpaceId, const QString &name, const QString &label);

private:
    store::Database &m_db;
    SyncTransport &m_transport;
    const Clock &m_clock;
    RandomSource &m_random;
    protocol::InviteCost m_cost;
};

} // namespace lintas::sync
