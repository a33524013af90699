#include "sync/SyncIdentity.h"

#include "base/RandomSource.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <sodium.h>

namespace lintas::sync {

namespace {

SecretBytes secretFrom(QByteArray raw)
{
    SecretBytes s = SecretBytes::fromBytes(raw.constData(), static_cast<std::size_t>(raw.size()));
    sodium_memzero(raw.data(), static_cast<size_t>(raw.size()));
    return s;
}

} // namespace

Result<SyncIdentity> SyncIdentity::loadOrCreate(store::Database &db, RandomSource &random)
{
    SyncIdentity id;
    LINTAS_TRY_ASSIGN(const store::SqlValue device, db.scalar(QStringLiteral("SELECT device_id FROM device_state")));
    if (device.isNull())
        return makeError(ErrorCode::Internal, QStringLiteral("device_state missing"));
    id.m_deviceId = device.toString();

    LINTAS_TRY_ASSIGN(auto tx, db.begin());
    LINTAS_TRY_ASSIGN(
        auto st, db.prepare(QStringLiteral("SELECT sign_seed, box_seed FROM sync_identity WHERE id = 1")));
    LINTAS_TRY_ASSIGN(const bool found, st.step());
    if (found) {
        LINTAS_TRY_ASSIGN(id.m_signing, crypto::SigningKey::fromSeed(secretFrom(st.blob(0))));
        LINTAS_TRY_ASSIGN(id.m_box, crypto::BoxKey::fromSeed(secretFrom(st.blob(1))));
        return id;
    }
    id.m_signing = crypto::SigningKey::generate(random);
    id.m_box = crypto::BoxKey::generate(random);
    LINTAS_TRY(id.storeSeeds(db));
    LINTAS_TRY(tx.commit());
    return id;
}

Result<SyncIdentity> SyncIdentity::fromSeeds(
    const QString &deviceId, const SecretBytes &signSeed, const SecretBytes &boxSeed)
{
    SyncIdentity id;
    id.m_deviceId = deviceId;
    LINTAS_TRY_ASSIGN(id.m_signing, crypto::SigningKey::fromSeed(signSeed));
    LINTAS_TRY_ASSIGN(id.m_box, crypto::BoxKey::fromSeed(boxSeed));
    return id;
}

Status SyncIdentity::adopt(store::Database &db, const SyncIdentity &identity)
{
    LINTAS_TRY_ASSIGN(auto tx, db.begin());
    LINTAS_TRY_ASSIGN(const store::SqlValue held, db.scalar(QStringLiteral("SELECT count(*) FROM device_state")));
    if (held.toLongLong() != 0)
        return makeError(ErrorCode::AlreadyExists, QStringLiteral("the profile has a device identity"));
    LINTAS_TRY_ASSIGN(auto state,
        db.prepare(QStringLiteral("INSERT INTO device_state (id, device_id, device_code, last_hlc, next_seq, "
                                  "next_case_number) VALUES (1, ?, 'RCVR', 0, 1, 1)")));
    state.bind(1, identity.m_deviceId);
    LINTAS_TRY(state.exec());
    LINTAS_TRY(identity.storeSeeds(db));
    return tx.commit();
}

Status SyncIdentity::storeSeeds(store::Database &db) const
{
    LINTAS_TRY_ASSIGN(
        auto ins, db.prepare(QStringLiteral("INSERT INTO sync_identity (id, sign_seed, box_seed) VALUES (1, ?, ?)")));
    QByteArray sign = m_signing.seed().exposeCopy();
    QByteArray box = m_box.seed().exposeCopy();
    ins.bind(1, sign).bind(2, box);
    const Status s = ins.exec();
    sodium_memzero(sign.data(), static_cast<size_t>(sign.size()));
    sodium_memzero(box.data(), static_cast<size_t>(box.size()));
    return s;
}

} // namespace lintas::sync
