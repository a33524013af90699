#pragma once

#include "base/Result.h"
#include "protocol/Membership.h"
#include "sync/ProfileSession.h"
#include "sync/SyncTransport.h"

#include <QString>

namespace lintas {
class RandomSource;
}
namespace lintas::store {
class Database;
}

namespace lintas::sync {

struct Removal {
    QString deviceId;
    QString label;
    qint64 lastSeq = 0; // its last change the others accept
    quint32 epoch = 0; // the epoch the space moved to
};

// An admin device's side of revocation (a lost laptop, a person who leaves). The removal and the
// rotation are signed membership entries, so every member checks them; the server refuses the
// removed device from that moment, and the new epoch's key is sealed only to those who remain.
// What the removed laptop already holds stays readable to whoever unlocks it: only its passphrase
// protects that (docs/threat-model.md).
class Revocation {
public:
    Revocation(store::Database &db, SyncTransport &transport, RandomSource &random);

    // Removes `deviceId` (32 hex) and rotates. Its changes up to the last one this laptop has
    // received stay; anything later is refused by the server and by every member. When the
    // server holds later changes of it than this laptop has received, nothing is removed:
    // ErrorCode::Validation, rule "sync_first" — sync, then try again.
    Result<Removal> removeDevice(const QString &spaceId, const QString &deviceId);

    // Starts a new epoch: a fresh key, kept in this profile first (a crash cannot lose it),
    // committed to by a signed rotate entry, then sealed to every remaining device.
    Result<quint32> rotate(const QString &spaceId);

    // Seals the newest epoch's key again to every remaining device (a rotation cut short).
    Status shareNewestKey(const QString &spaceId);

private:
    Result<quint32> rotateFrom(const QString &spaceId, const protocol::MemberSet *known);
    Status shareKey(const QString &spaceId, const protocol::MemberSet &set);
    Result<qint64> lastReceived(const QString &deviceId);

    store::Database &m_db;
    RandomSource &m_random;
    ProfileSession m_profile; // one login for removal, rotation and sharing the key
};

} // namespace lintas::sync
