#pragma once

#include "base/Result.h"
#include "crypto/DeviceKeys.h"

#include <QString>

namespace lintas {
class RandomSource;
}
namespace lintas::store {
class Database;
}

namespace lintas::sync {

// This profile's device identity for sync: its id (device_state) and its Ed25519 signing and
// X25519 box keys, made on first use and kept inside the encrypted profile (sync_identity).
// There is no server password: the signing key is what proves the device to the server.
class SyncIdentity {
public:
    static Result<SyncIdentity> loadOrCreate(store::Database &db, RandomSource &random);
    // An identity made from known seeds (the organisation's recovery key), not from a profile.
    static Result<SyncIdentity> fromSeeds(
        const QString &deviceId, const SecretBytes &signSeed, const SecretBytes &boxSeed);
    // Makes `identity` the device identity of a profile that has none yet (a scratch profile
    // that acts for the recovery key). AlreadyExists when it has one.
    static Status adopt(store::Database &db, const SyncIdentity &identity);

    const QString &deviceId() const { return m_deviceId; }
    QByteArray deviceIdBytes() const { return QByteArray::fromHex(m_deviceId.toLatin1()); }
    const crypto::SigningKey &signing() const { return m_signing; }
    const crypto::BoxKey &box() const { return m_box; }
    QString fingerprint() const { return crypto::fingerprint(m_signing.publicKey() + m_box.publicKey()); }

private:
    Status storeSeeds(store::Database &db) const;

    QString m_deviceId;
    crypto::SigningKey m_signing;
    crypto::BoxKey m_box;
};

} // namespace lintas::sync
