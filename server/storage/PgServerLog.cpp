// PgServerStore: the per-space record log (append, read, chain values).
#include "storage/PgServerStore.h"

#include "protocol/LogChain.h"
#include "storage/StoreChecks.h"

namespace lintas::server {

using pg::Params;

Result<QVector<PushAck>> PgServerStore::append(
    const QByteArray &spaceId, const QByteArray &deviceId, const QVector<PushItem> &items, qint64 nowMs)
{
    LINTAS_TRY(checks::requireId(spaceId, "space id"));
    LINTAS_TRY(checks::requireId(deviceId, "device id"));
    for (const PushItem &item : items)
        LINTAS_TRY(checks::requireId(item.changeId, "change id"));
    return atomically([&]() -> Result<QVector<PushAck>> {
        // The space row is the log's counter: holding it locked until COMMIT makes every other
        // appender to this space wait, so numbers are handed out and become visible in commit
        // order. After the wait, READ COMMITTED re-reads the row and sees the winner's head.
        LINTAS_TRY_ASSIGN(const auto locked,
            m_db->exec(QStringLiteral("SELECT head_seq, head_chain FROM spaces WHERE space_id = $1 FOR UPDATE"),
                Params().bytes(spaceId)));
        if (locked.count() == 0)
            return makeError(
                ErrorCode::NotFound, QStringLiteral("no space %1").arg(QString::fromLatin1(spaceId.toHex())));
        const LogHead start {locked.int64(0, 0), locked.bytes(0, 1)};
        LogHead next = start;
        QVector<PushAck> acks;
        acks.reserve(items.size());
        bool mismatch = false;
        for (const PushItem &item : items) {
            // A change id repeated inside `items` finds its first occurrence here too: this
            // transaction sees its own inserts.
            LINTAS_TRY_ASSIGN(const auto existing,
                m_db->exec(QStringLiteral("SELECT seq, envelope FROM log WHERE space_id = $1 AND change_id = $2"),
                    Params().bytes(spaceId).bytes(item.changeId)));
            if (existing.count() > 0) {
                const bool same = existing.bytes(0, 1) == item.envelope;
                mismatch = mismatch || !same;
                acks.append({same ? PushOutcome::Duplicate : PushOutcome::Mismatch, existing.int64(0, 0)});
                continue;
            }
            ++next.seq;
            next.chain = protocol::LogChain::next(next.chain, item.envelope);
            LINTAS_TRY(m_db->exec(
                QStringLiteral("INSERT INTO log (space_id, seq, change_id, device_id, device_seq, hlc, epoch, "
                               "received_at, envelope, chain) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"),
                Params()
                    .bytes(spaceId)
                    .int64(next.seq)
                    .bytes(item.changeId)
                    .bytes(deviceId)
                    .int64(item.deviceSeq)
                    .int64(static_cast<qint64>(item.hlc))
                    .int64(item.epoch)
                    .int64(nowMs)
                    .bytes(checks::notNull(item.envelope))
                    .bytes(next.chain)));
            acks.append({PushOutcome::Stored, next.seq});
        }
        if (next.seq != start.seq) {
            LINTAS_TRY(
                m_db->exec(QStringLiteral("UPDATE spaces SET head_seq = $1, head_chain = $2 WHERE space_id = $3"),
                    Params().int64(next.seq).bytes(next.chain).bytes(spaceId)));
        }
        if (mismatch) {
            // Flagged in the same transaction as the refusal; an unregistered device has no row.
            LINTAS_TRY(m_db->exec(QStringLiteral("UPDATE devices SET flags = flags | $1 WHERE device_id = $2"),
                Params().int64(DeviceFlag::BytesMismatch).bytes(deviceId)));
        }
        return acks;
    });
}

Result<QVector<LogRecord>> PgServerStore::read(
    const QByteArray &spaceId, qint64 afterSeq, int maxRecords, qint64 maxBytes)
{
    if (maxRecords < 1)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("maxRecords must be at least 1"));
    LINTAS_TRY(requireSpace(spaceId));
    // The running total is computed in the database so a page of large envelopes is cut there
    // and never crosses the wire whole; the first record always comes.
    LINTAS_TRY_ASSIGN(const auto rows,
        m_db->exec(QStringLiteral("SELECT seq, device_id, envelope FROM ("
                                  "  SELECT seq, device_id, envelope, row_number() OVER w AS n,"
                                  "         sum(octet_length(envelope)) OVER w AS total"
                                  "  FROM log WHERE space_id = $1 AND seq > $2"
                                  "  WINDOW w AS (ORDER BY seq ROWS UNBOUNDED PRECEDING)"
                                  "  ORDER BY seq LIMIT $3) page "
                                  "WHERE n = 1 OR total <= $4 ORDER BY seq"),
            Params().bytes(spaceId).int64(afterSeq).int64(maxRecords).int64(maxBytes)));
    QVector<LogRecord> out;
    out.reserve(rows.count());
    for (int r = 0; r < rows.count(); ++r)
        out.append({rows.int64(r, 0), rows.bytes(r, 1), rows.bytes(r, 2)});
    return out;
}

Result<QByteArray> PgServerStore::chainAt(const QByteArray &spaceId, qint64 seq)
{
    if (seq < 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("negative sequence number"));
    LINTAS_TRY(requireSpace(spaceId));
    if (seq == 0)
        return protocol::LogChain::genesis();
    LINTAS_TRY_ASSIGN(const auto rows,
        m_db->exec(QStringLiteral("SELECT chain FROM log WHERE space_id = $1 AND seq = $2"),
            Params().bytes(spaceId).int64(seq)));
    if (rows.count() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no record %1 in the space's log").arg(seq));
    return rows.bytes(0, 0);
}

Result<qint64> PgServerStore::lastDeviceSeq(const QByteArray &spaceId, const QByteArray &deviceId)
{
    LINTAS_TRY(checks::requireId(deviceId, "device id"));
    // Inside a transaction this is an appender's question (SyncService checks device_seq reuse
    // before it appends): the space's counter row is locked first, as append() would, so another
    // push by the same device cannot commit between this answer and our append.
    LINTAS_TRY(requireSpace(spaceId, m_db->depth() > 0));
    LINTAS_TRY_ASSIGN(const auto rows,
        m_db->exec(
            QStringLiteral("SELECT coalesce(max(device_seq), 0) FROM log WHERE space_id = $1 AND device_id = $2"),
            Params().bytes(spaceId).bytes(deviceId)));
    return rows.count() > 0 ? rows.int64(0, 0) : qint64(0);
}

} // namespace lintas::server
