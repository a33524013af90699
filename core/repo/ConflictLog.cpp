#include "repo/ConflictLog.h"

#include "store/Database.h"

namespace lintas::repo {

Status ConflictLog::record(const Conflict &c)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO conflicts (entity, entity_id, field, kept_value, kept_hlc, kept_device, "
            "lost_value, lost_hlc, lost_device, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    st.bind(1, c.entity).bind(2, c.entityId).bind(3, c.field);
    st.bindValue(4, c.keptValue).bind(5, c.keptHlc.toInt64()).bind(6, c.keptDevice);
    st.bindValue(7, c.lostValue).bind(8, c.lostHlc.toInt64()).bind(9, c.lostDevice);
    st.bind(10, c.detectedAt);
    return st.exec();
}

Result<QVector<Conflict>> ConflictLog::select(const QString &where, const QVariantList &binds)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("SELECT id, entity, entity_id, field, kept_value, kept_hlc, kept_device, "
                                    "lost_value, lost_hlc, lost_device, detected_at, restored_at FROM conflicts ")
            + where));
    for (int i = 0; i < binds.size(); ++i)
        st.bindValue(i + 1, binds.at(i));
    QVector<Conflict> out;
    LINTAS_TRY(st.forEachRow([&] {
        Conflict c;
        c.id = st.int64(0);
        c.entity = st.text(1);
        c.entityId = st.text(2);
        c.field = st.text(3);
        c.keptValue = st.value(4);
        c.keptHlc = sync::Hlc::fromRaw(st.int64(5));
        c.keptDevice = st.text(6);
        c.lostValue = st.value(7);
        c.lostHlc = sync::Hlc::fromRaw(st.int64(8));
        c.lostDevice = st.text(9);
        c.detectedAt = st.int64(10);
        c.restoredAt = st.isNull(11) ? 0 : st.int64(11);
        out.push_back(c);
    }));
    return out;
}

Result<QVector<Conflict>> ConflictLog::open(int limit)
{
    return select(QStringLiteral("WHERE restored_at IS NULL ORDER BY detected_at DESC, id DESC LIMIT ?"), {limit});
}

Result<QVector<Conflict>> ConflictLog::forEntity(const QString &entity, const QString &entityId)
{
    return select(QStringLiteral("WHERE entity = ? AND entity_id = ? ORDER BY id"), {entity, entityId});
}

Result<Conflict> ConflictLog::get(qint64 id)
{
    LINTAS_TRY_ASSIGN(const auto found, select(QStringLiteral("WHERE id = ?"), {id}));
    if (found.isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("conflict %1").arg(id));
    return found.first();
}

Status ConflictLog::settle(
    const QString &entity, const QString &entityId, const QString &field, const QVariant &value, qint64 atMs)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("UPDATE conflicts SET restored_at = ? WHERE entity = ? AND entity_id = ? AND "
                                    "field = ? AND restored_at IS NULL AND lost_value IS ?")));
    st.bind(1, atMs).bind(2, entity).bind(3, entityId).bind(4, field).bindValue(5, value);
    return st.exec();
}

Status ConflictLog::settleMerged(const QString &entity, const QString &entityId, const QString &field,
    sync::Hlc lostHlc, const QString &lostDevice, qint64 atMs)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("UPDATE conflicts SET restored_at = ? WHERE entity = ? AND entity_id = ? AND "
                                    "field = ? AND lost_hlc = ? AND lost_device = ? AND restored_at IS NULL")));
    st.bind(1, atMs).bind(2, entity).bind(3, entityId).bind(4, field).bind(5, lostHlc.toInt64()).bind(6, lostDevice);
    return st.exec();
}

Result<int> ConflictLog::openCount()
{
    LINTAS_TRY_ASSIGN(const store::SqlValue n,
        m_db.scalar(QStringLiteral("SELECT count(*) FROM conflicts WHERE restored_at IS NULL")));
    return n.toInt();
}

Status ConflictLog::markRestored(qint64 id, qint64 atMs)
{
    LINTAS_TRY_ASSIGN(auto st, m_db.prepare(QStringLiteral("UPDATE conflicts SET restored_at = ? WHERE id = ?")));
    st.bind(1, atMs).bind(2, id);
    LINTAS_TRY(st.exec());
    if (m_db.changes() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("conflict %1").arg(id));
    return {};
}

} // namespace lintas::repo
