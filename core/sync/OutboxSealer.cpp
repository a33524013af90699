#include "sync/OutboxSealer.h"

#include "base/RandomSource.h"
#include "protocol/Envelope.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/Change.h"
#include "sync/ChangeCodec.h"
#include "sync/SyncIdentity.h"

namespace lintas::sync {

namespace {

// Outbox records of a space: the organisation's space also takes those that name none yet.
const QLatin1String kOfSpace("(space_id = ?1 OR (?2 AND space_id IS NULL))");

} // namespace

Result<qint64> OutboxSealer::countWaiting(store::Database &db, const SpaceInfo *space)
{
    if (!space) {
        LINTAS_TRY_ASSIGN(
            const store::SqlValue n, db.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE pushed_at IS NULL")));
        return n.toLongLong();
    }
    LINTAS_TRY_ASSIGN(
        auto st, db.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE pushed_at IS NULL AND ") + kOfSpace));
    st.bind(1, space->spaceId).bind(2, space->home);
    LINTAS_TRY(st.step());
    return st.int64(0);
}

Result<QVector<PendingEnvelope>> OutboxSealer::next(const SpaceInfo &space, qint64 maxBytes, qint64 afterDeviceSeq)
{
    LINTAS_TRY_ASSIGN(const SecretBytes key, SyncSpaces(m_db).key(space.spaceId, space.epoch));
    const QByteArray spaceId = ChangeCodec::idBytes(space.spaceId);
    LINTAS_TRY_ASSIGN(auto tx, m_db.begin());
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("SELECT device_seq, change_id, hlc, entity, entity_id, op, payload, envelope "
                                    "FROM outbox WHERE pushed_at IS NULL AND ")
            + kOfSpace + QStringLiteral(" AND device_seq > ?3 ORDER BY device_seq LIMIT 5000")));
    st.bind(1, space.spaceId).bind(2, space.home).bind(3, afterDeviceSeq);
    QVector<PendingEnvelope> out;
    QVector<PendingEnvelope> sealedNow;
    qint64 bytes = 0;
    for (;;) {
        LINTAS_TRY_ASSIGN(const bool row, st.step());
        if (!row)
            break;
        PendingEnvelope p;
        p.deviceSeq = st.int64(0);
        if (!st.isNull(7)) {
            p.envelope = st.blob(7);
        } else {
            LINTAS_TRY_ASSIGN(const Change change,
                Change::fromOutbox(st.text(1), p.deviceSeq, Hlc::fromRaw(st.int64(2)), st.text(3), st.text(4),
                    st.text(5), st.blob(6)));
            LINTAS_TRY_ASSIGN(const protocol::Envelope e,
                protocol::Envelope::seal(ChangeCodec::header(change, spaceId, space.epoch),
                    ChangeCodec::plaintext(change), key, m_identity.signing(), m_random));
            p.envelope = e.encode();
            p.fresh = true;
            sealedNow.push_back(p);
        }
        if (!out.isEmpty() && bytes + p.envelope.size() > maxBytes)
            break;
        bytes += p.envelope.size();
        out.push_back(p);
    }
    for (const PendingEnvelope &p : std::as_const(sealedNow)) {
        // Borrowed per row: a statement is reset (and can be bound again) when it goes back.
        LINTAS_TRY_ASSIGN(auto upd,
            m_db.prepare(QStringLiteral("UPDATE outbox SET envelope = ?, space_id = ? WHERE device_seq = ?")));
        upd.bind(1, p.envelope).bind(2, space.spaceId).bind(3, p.deviceSeq);
        LINTAS_TRY(upd.exec());
    }
    LINTAS_TRY(tx.commit());
    return out;
}

} // namespace lintas::sync
