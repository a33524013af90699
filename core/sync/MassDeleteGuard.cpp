#include "sync/MassDeleteGuard.h"

#include "repo/EntityDef.h"
#include "store/Database.h"
#include "sync/ReplyApplier.h"

namespace lintas::sync {

namespace {

const QString kDeleted = QStringLiteral("deleted");

QString seqKey(const Change &change)
{
    return change.deviceId + QLatin1Char(' ') + QString::number(change.deviceSeq);
}

} // namespace

bool MassDeleteGuard::isDeleteOnly(const Change &change)
{
    return isDelete(change) && change.fields.size() == 1 && change.adds.isEmpty() && change.removes.isEmpty();
}

bool MassDeleteGuard::isDelete(const Change &change)
{
    if (change.op != Change::upsertOp())
        return false;
    const auto it = change.fields.constFind(kDeleted);
    return it != change.fields.cend() && !it->isNull() && it->toBool();
}

QString MassDeleteGuard::detailFor(const Change &change)
{
    return groupKey(change.deviceId, change.entity) + change.entityId + QLatin1Char(' ') + change.hlc.toString();
}

std::optional<MassDeleteGuard::Detail> MassDeleteGuard::parseDetail(const QString &detail)
{
    const QStringList parts = detail.split(QLatin1Char(' '));
    if (parts.size() != 4)
        return std::nullopt;
    return Detail {parts.at(0), parts.at(1), parts.at(2), Hlc::parse(parts.at(3))};
}

Result<bool> MassDeleteGuard::isLive(const Change &change)
{
    const repo::EntityDef *def = repo::entityDefByName(change.entity);
    if (!def || !def->field(kDeleted))
        return false;
    // A record applied before (a log read again) deletes nothing new.
    LINTAS_TRY_ASSIGN(
        auto seen, m_db.prepare(QStringLiteral("SELECT 1 FROM sync_applied WHERE device_id = ? AND device_seq = ?")));
    seen.bind(1, change.deviceId).bind(2, change.deviceSeq);
    LINTAS_TRY_ASSIGN(const bool applied, seen.step());
    if (applied)
        return false;
    LINTAS_TRY_ASSIGN(
        auto row, m_db.prepare(QStringLiteral("SELECT coalesce(deleted, 0) FROM %1 WHERE id = ?").arg(def->table)));
    row.bind(1, change.entityId);
    LINTAS_TRY_ASSIGN(const bool found, row.step());
    if (!found || row.int64(0) != 0)
        return false;
    if (!m_liveRows.contains(change.entity)) {
        LINTAS_TRY_ASSIGN(const store::SqlValue n,
            m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE coalesce(deleted, 0) = 0").arg(def->table)));
        m_liveRows.insert(change.entity, n.toLongLong());
    }
    return true;
}

Status MassDeleteGuard::consider(const Change &change)
{
    if (!isDelete(change))
        return {};
    LINTAS_TRY_ASSIGN(const bool live, isLive(change));
    if (!live)
        return {};
    ++m_counts[groupKey(change.deviceId, change.entity)];
    m_counted.insert(seqKey(change));
    return {};
}

Status MassDeleteGuard::decide()
{
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const QString entity = it.key().section(QLatin1Char(' '), 1, 1);
        const qint64 live = m_liveRows.value(entity);
        if (it.value() >= kMinRows && qint64(it.value()) * 100 > kMaxSharePercent * live) {
            m_held.insert(it.key());
            continue;
        }
        // The same device's bulk deletion, continued in this reply.
        LINTAS_TRY_ASSIGN(auto st,
            m_db.prepare(QStringLiteral("SELECT 1 FROM sync_quarantine WHERE space_id = ? AND reason = ? AND "
                                        "substr(detail, 1, ?) = ? LIMIT 1")));
        st.bind(1, m_spaceId)
            .bind(2, quarantineReasonName(QuarantineReason::MassDelete))
            .bind(3, int(it.key().size()))
            .bind(4, it.key());
        LINTAS_TRY_ASSIGN(const bool pending, st.step());
        if (pending)
            m_held.insert(it.key());
    }
    return {};
}

bool MassDeleteGuard::holds(const Change &change) const
{
    return m_counted.contains(seqKey(change)) && m_held.contains(groupKey(change.deviceId, change.entity));
}

} // namespace lintas::sync
