// PgServerStore: the per-space record log (append, read, chain values).
#include "storage/PgServerStore.h"

#include "protocol/LogChain.h"
#include "storage/StoreChecks.h"

#include <QHash>

#include <algorithm>

namespace lintas::server {

using pg::Params;

namespace {

constexpr int IdBytes = 16;
constexpr int InsertColumns = 10;
constexpr int InsertRowsPerStatement = 1000;

} // namespace

Result<QHash<QByteArray, std::pair<qint64, QByteArray>>> PgServerStore::storedChanges(
    const QByteArray &spaceId, const QVector<PushItem> &items)
{
    if (items.isEmpty())
        return QHash<QByteArray, std::pair<qint64, QByteArray>>();
    // The ids travel as one bytea of 16-byte pieces (Params has no arrays); each piece is
    // looked up through the (space_id, change_id) index. LATERAL … LIMIT 1 keeps it a lookup per
    // piece also in the generic plan of the prepared statement, which, not knowing how many
    // pieces come, would otherwise hash-join them against a scan of the whole log.
    QByteArray ids;
    ids.reserve(items.size() * IdBytes);
    for (const PushItem &item : items)
        ids += item.changeId;
    LINTAS_TRY_ASSIGN(const auto rows,
        m_db->exec(QStringLiteral("SELECT l.change_id, l.seq, l.envelope FROM generate_series(0, $3::int - 1) g "
                                  "CROSS JOIN LATERAL (SELECT change_id, seq, envelope FROM log WHERE space_id = $1 "
                                  "AND change_id = substring($2 FROM g * 16 + 1 FOR 16) LIMIT 1) l"),
            Params().bytes(spaceId).bytes(ids).int64(items.size())));
    QHash<QByteArray, std::pair<qint64, QByteArray>> out;
    for (int r = 0; r < rows.count(); ++r)
        out.insert(rows.bytes(r, 0), {rows.int64(r, 1), rows.bytes(r, 2)});
    return out;
}

Status PgServerStore::insertRecords(const QByteArray &spaceId, const QByteArray &deviceId,
    const QVector<PushItem> &items, const QVector<int> &rows, const QVector<qint64> &seqOf,
    const QVector<QByteArray> &chainOf, qint64 nowMs)
{
    // A statement takes at most 65,535 parameters: a very large push goes in several.
    for (int from = 0; from < rows.size(); from += InsertRowsPerStatement) {
        const int to = std::min<int>(rows.size(), from + InsertRowsPerStatement);
        QString sql = QStringLiteral("INSERT INTO log (space_id, seq, change_id, device_id, device_seq, hlc, epoch, "
                                     "received_at, envelope, chain) VALUES ");
        Params params;
        for (int k = from; k < to; ++k) {
            const int i = rows.at(k);
            const PushItem &item = items.at(i);
            const int first = (k - from) * InsertColumns;
            sql += QStringLiteral("%1($%2, $%3, $%4, $%5, $%6, $%7, $%8, $%9, ")
                       .arg(k == from ? QString() : QStringLiteral(", "))
                       .arg(first + 1)
                       .arg(first + 2)
                       .arg(first + 3)
                       .arg(first + 4)
                       .arg(first + 5)
                       .arg(first + 6)
                       .arg(first + 7)
                       .arg(first + 8);
            sql += QStringLiteral("$%1, $%2)").arg(first + 9).arg(first + 10);
            params.bytes(spaceId)
                .int64(seqOf.at(i))
                .bytes(item.changeId)
                .bytes(deviceId)
                .int64(item.deviceSeq)
                .int64(static_cast<qint64>(item.hlc))
                .int64(item.epoch)
                .int64(nowMs)
                .bytes(checks::notNull(item.envelope))
                .bytes(chainOf.at(i));
        }
        LINTAS_TRY(m_db->exec(sql, params));
    }
    return {};
}

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
        // Two statements for the whole batch, not two per record: the space stays locked for
        // every round trip, so their number bounds how many pushes to one space commit a second.
        LINTAS_TRY_ASSIGN(const auto known, storedChanges(spaceId, items));
        LogHead next = start;
        QVector<PushAck> acks;
        acks.reserve(items.size());
        QHash<QByteArray, int> newInBatch; // change id → index into items, for repeats inside items
        QVector<int> toInsert;
        QVector<qint64> seqOf(items.size(), 0);
        QVector<QByteArray> chainOf(items.size());
        bool mismatch = false;
        for (int i = 0; i < items.size(); ++i) {
            const PushItem &item = items.at(i);
            const auto stored = known.constFind(item.changeId);
            const auto earlier = newInBatch.constFind(item.changeId);
            if (stored != known.constEnd() || earlier != newInBatch.constEnd()) {
                const bool same = stored != known.constEnd() ? stored->second == item.envelope
                                                             : items.at(*earlier).envelope == item.envelope;
                const qint64 seq = stored != known.constEnd() ? stored->first : seqOf.at(*earlier);
                mismatch = mismatch || !same;
                acks.append({same ? PushOutcome::Duplicate : PushOutcome::Mismatch, seq});
                continue;
            }
            ++next.seq;
            next.chain = protocol::LogChain::next(next.chain, item.envelope);
            newInBatch.insert(item.changeId, i);
            seqOf[i] = next.seq;
            chainOf[i] = next.chain;
            toInsert.append(i);
            acks.append({PushOutcome::Stored, next.seq});
        }
        if (!toInsert.isEmpty())
            LINTAS_TRY(insertRecords(spaceId, deviceId, items, toInsert, seqOf, chainOf, nowMs));
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
    // Two steps, so a page of large envelopes is cut here and never crosses the wire whole: the
    // sizes first, then exactly the records that fit. (One statement with running totals over a
    // window had to sort every candidate record with its envelope — up to maxRecords of them —
    // wherever the table had no statistics yet: several milliseconds per pull.) The log below
    // the head never changes, so the second step reads the same records the first one sized.
    LINTAS_TRY_ASSIGN(const auto sizes,
        m_db->exec(QStringLiteral("SELECT seq, octet_length(envelope) FROM log WHERE space_id = $1 AND seq > $2 "
                                  "ORDER BY seq LIMIT $3"),
            Params().bytes(spaceId).int64(afterSeq).int64(maxRecords)));
    if (sizes.count() == 0)
        return QVector<LogRecord>();
    qint64 last = sizes.int64(0, 0);
    qint64 total = sizes.int64(0, 1);
    for (int r = 1; r < sizes.count() && total + sizes.int64(r, 1) <= maxBytes; ++r) {
        total += sizes.int64(r, 1);
        last = sizes.int64(r, 0);
    }
    LINTAS_TRY_ASSIGN(const auto rows,
        m_db->exec(QStringLiteral("SELECT seq, device_id, envelope FROM log WHERE space_id = $1 AND seq > $2 "
                                  "AND seq <= $3 ORDER BY seq"),
            Params().bytes(spaceId).int64(afterSeq).int64(last)));
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
