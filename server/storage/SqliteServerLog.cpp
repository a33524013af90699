// SqliteServerStore: the per-space record log (append, read, chain values).
#include "storage/SqliteServerStore.h"

#include "protocol/LogChain.h"
#include "storage/StoreChecks.h"

namespace lintas::server {

namespace {

Status checkItems(const QVector<PushItem> &items)
{
    for (const PushItem &item : items)
        LINTAS_TRY(checks::requireId(item.changeId, "change id"));
    return {};
}

} // namespace

Result<QVector<PushAck>> SqliteServerStore::append(
    const QByteArray &spaceId, const QByteArray &deviceId, const QVector<PushItem> &items, qint64 nowMs)
{
    LINTAS_TRY(checks::requireId(spaceId, "space id"));
    LINTAS_TRY(checks::requireId(deviceId, "device id"));
    LINTAS_TRY(checkItems(items));
    // BEGIN IMMEDIATE takes the file's write lock before the head is read: no other connection
    // can append between our read of head_seq and our commit, so numbers are gap-free.
    return atomically([&]() -> Result<QVector<PushAck>> {
        LINTAS_TRY_ASSIGN(const LogHead start, head(spaceId));
        LogHead next = start;
        QVector<PushAck> acks;
        acks.reserve(items.size());
        bool mismatch = false;
        for (const PushItem &item : items) {
            // A change id repeated inside `items` finds its first occurrence here too: this
            // transaction sees its own inserts.
            LINTAS_TRY_ASSIGN(auto existing,
                m_db->prepare(QStringLiteral("SELECT seq, envelope FROM log WHERE space_id = ? AND change_id = ?;")));
            existing.bind(1, spaceId).bind(2, item.changeId);
            LINTAS_TRY_ASSIGN(const bool found, existing.step());
            if (found) {
                const bool same = existing.blob(1) == item.envelope;
                mismatch = mismatch || !same;
                acks.append({same ? PushOutcome::Duplicate : PushOutcome::Mismatch, existing.int64(0)});
                continue;
            }
            ++next.seq;
            next.chain = protocol::LogChain::next(next.chain, item.envelope);
            LINTAS_TRY_ASSIGN(auto insert,
                m_db->prepare(QStringLiteral(
                    "INSERT INTO log (space_id, seq, change_id, device_id, device_seq, hlc, epoch, received_at, "
                    "envelope, chain) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);")));
            insert.bind(1, spaceId).bind(2, next.seq).bind(3, item.changeId).bind(4, deviceId);
            insert.bind(5, item.deviceSeq).bind(6, static_cast<qint64>(item.hlc)).bind(7, qint64(item.epoch));
            insert.bind(8, nowMs).bind(9, checks::notNull(item.envelope)).bind(10, next.chain);
            LINTAS_TRY(insert.exec());
            acks.append({PushOutcome::Stored, next.seq});
        }
        if (next.seq != start.seq) {
            LINTAS_TRY_ASSIGN(auto update,
                m_db->prepare(QStringLiteral("UPDATE spaces SET head_seq = ?, head_chain = ? WHERE space_id = ?;")));
            update.bind(1, next.seq).bind(2, next.chain).bind(3, spaceId);
            LINTAS_TRY(update.exec());
        }
        if (mismatch) {
            // Flagged in the same transaction as the refusal; an unregistered device has no row.
            LINTAS_TRY_ASSIGN(
                auto flag, m_db->prepare(QStringLiteral("UPDATE devices SET flags = flags | ? WHERE device_id = ?;")));
            flag.bind(1, qint64(DeviceFlag::BytesMismatch)).bind(2, deviceId);
            LINTAS_TRY(flag.exec());
        }
        return acks;
    });
}

Result<QVector<LogRecord>> SqliteServerStore::read(
    const QByteArray &spaceId, qint64 afterSeq, int maxRecords, qint64 maxBytes)
{
    if (maxRecords < 1)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("maxRecords must be at least 1"));
    LINTAS_TRY(requireSpace(spaceId));
    LINTAS_TRY_ASSIGN(auto stmt,
        m_db->prepare(QStringLiteral("SELECT seq, device_id, envelope FROM log WHERE space_id = ? AND seq > ? "
                                     "ORDER BY seq LIMIT ?;")));
    stmt.bind(1, spaceId).bind(2, afterSeq).bind(3, maxRecords);
    QVector<LogRecord> out;
    qint64 total = 0;
    for (;;) {
        LINTAS_TRY_ASSIGN(const bool row, stmt.step());
        if (!row)
            break;
        LogRecord record {stmt.int64(0), stmt.blob(1), stmt.blob(2)};
        if (!out.isEmpty() && total + record.envelope.size() > maxBytes)
            break;
        total += record.envelope.size();
        out.append(std::move(record));
    }
    return out;
}

Result<QByteArray> SqliteServerStore::chainAt(const QByteArray &spaceId, qint64 seq)
{
    if (seq < 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("negative sequence number"));
    LINTAS_TRY(requireSpace(spaceId));
    if (seq == 0)
        return protocol::LogChain::genesis();
    LINTAS_TRY_ASSIGN(
        auto stmt, m_db->prepare(QStringLiteral("SELECT chain FROM log WHERE space_id = ? AND seq = ?;")));
    stmt.bind(1, spaceId).bind(2, seq);
    LINTAS_TRY_ASSIGN(const bool found, stmt.step());
    if (!found)
        return makeError(ErrorCode::NotFound, QStringLiteral("no record %1 in the space's log").arg(seq));
    return stmt.blob(0);
}

Result<qint64> SqliteServerStore::lastDeviceSeq(const QByteArray &spaceId, const QByteArray &deviceId)
{
    LINTAS_TRY(checks::requireId(deviceId, "device id"));
    LINTAS_TRY(requireSpace(spaceId));
    LINTAS_TRY_ASSIGN(auto stmt,
        m_db->prepare(
            QStringLiteral("SELECT coalesce(max(device_seq), 0) FROM log WHERE space_id = ? AND device_id = ?;")));
    stmt.bind(1, spaceId).bind(2, deviceId);
    LINTAS_TRY_ASSIGN(const bool row, stmt.step());
    return row ? stmt.int64(0) : qint64(0);
}

} // namespace lintas::server
