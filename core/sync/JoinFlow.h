#pragma once

#include "base/Result.h"
#include "protocol/InviteCode.h"
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

enum class JoinState {
    Joined, // the profile holds the space key and the verified members: SyncEngine::run() works
    Pending, // registered; an admin has not approved this device yet (show the fingerprint)
};

struct JoinResult {
    JoinState state = JoinState::Pending;
    QString spaceId; // hex
    QString spaceName;
    QString role;
    QString fingerprint; // this device's, to read to the admin who approves it
};

// The joining device's side of an invite (docs/protocol.md, "Joining"). Synchronous, like
// SyncEngine: the app runs it on a worker thread. Argon2id runs once per call (cost injectable).
class JoinFlow {
public:
    JoinFlow(store::Database &db, SyncTransport &transport, const Clock &clock, RandomSource &random,
        protocol::InviteCost cost = protocol::InviteCost::interactive());

    // Registers this profile's device with the invite. An organisation's first admin signs the
    // membership genesis, makes the epoch-1 space key and is Joined at once; anyone else is
    // Pending until an admin approves, then calls completeJoin().
    // Errors: Validation (field "inviteCode") for a mistyped code; WrongPassphrase for a code
    // the server does not know, one already used (detail "used") or expired ("expired").
    Result<JoinResult> joinWithInvite(const QString &serverUrl, const QString &code, const QString &label);

    // Pending while the admin has not approved. Once approved: verifies the membership log, the
    // admin's welcome (MAC with the invite code) and this device's entry, opens the space key and
    // fills sync_spaces, space_keys and space_devices. Crypto when anything does not verify.
    Result<JoinResult> completeJoin();

private:
    Result<JoinResult> becomeFirstAdmin(const QString &serverUrl, const QByteArray &spaceId, const QString &name);

    store::Database &m_db;
    SyncTransport &m_transport;
    const Clock &m_clock;
    RandomSource &m_random;
    protocol::InviteCost m_cost;
};

} // namespace lintas::sync
