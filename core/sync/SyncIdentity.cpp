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
    LINTAS_TRY_ASSIGN(
        auto ins, db.prepare(QStringLiteral("INSERT INTO sync_identity (id, sign_seed, box_seed) VALUES (1, ?, ?)")));
    QByteArray sign = id.m_signing.seed().exposeCopy();
    QByteArray box = id.m_box.seed().exposeCopy();
    ins.bind(1, sign).bind(2, box);
    const Status s = ins.exec();
    sodium_memzero(sign.data(), static_cast<size_t>(sign.size()));
    sodium_memzero(box.data(), static_cast<size_t>(box.size()));
    LINTAS_TRY(s);
    LINTAS_TRY(tx.commit());
    return id;
}

} // namespace lintas::sync
