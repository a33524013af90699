#pragma once

#include "base/Result.h"

#include <QString>

namespace lintas::store {
class Database;
}

namespace lintas::sync {

class ServerSession;
class SyncIdentity;

// A member's side of epoch rotation. After an admin removes a device and rotates, the new key
// waits on the server sealed to each remaining device. Anyone could seal a key to us, so a key is
// taken only when it matches the commitment of the admin-signed rotate entry in the verified
// membership log; then it becomes the key new records are sealed with.
class EpochKeys {
public:
    // The verified log names an epoch whose key this profile does not hold (yet).
    static Result<bool> missing(store::Database &db, const QString &spaceId);

    // Reads this device's wraps (keys/get), keeps those of epochs it lacks that open with its box
    // key and match their commitment, and moves the space's sealing epoch to the newest key held.
    // A wrap that does not match is ErrorCode::Crypto and nothing is kept. Returns that epoch.
    static Result<quint32> fetch(
        store::Database &db, ServerSession &session, const SyncIdentity &identity, const QString &spaceId);
};

} // namespace lintas::sync
