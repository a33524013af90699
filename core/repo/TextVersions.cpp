#include "repo/TextVersions.h"

#include "store/Database.h"

#include <QHash>

namespace lintas::repo {

namespace {

// Versions kept per field: enough for a laptop that was offline through several rounds of
// edits on both sides, small enough that old wording a caseworker removed does not linger.
constexpr int kKeep = 8;
// Histories are short; this only stops a damaged chain from looping.
constexpr int kMaxSteps = 2 * kKeep;

} // namespace

Status TextVersions::record(
    const QString &entity, const QString &entityId, const QString &field, const Version &version, const QVariant &value)
{
    LINTAS_TRY_ASSIGN(auto ins,
        m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO text_versions (entity, entity_id, field, hlc, device, "
                                    "prev_hlc, value) VALUES (?, ?, ?, ?, ?, ?, ?)")));
    ins.bind(1, entity).bind(2, entityId).bind(3, field).bind(4, version.hlc.toInt64()).bind(5, version.device);
    if (version.prev)
        ins.bind(6, version.prev->toInt64());
    else
        ins.bindNull(6);
    ins.bind(7, value.isNull() ? QString(QLatin1String("")) : value.toString());
    LINTAS_TRY(ins.exec());
    if (m_db.changes() == 0) {
        // Seen before without knowing what it replaced (a value held before an edit): now we do.
        if (!version.prev)
            return {};
        LINTAS_TRY_ASSIGN(auto fill,
            m_db.prepare(QStringLiteral("UPDATE text_versions SET prev_hlc = ? WHERE entity = ? AND entity_id = ? "
                                        "AND field = ? AND hlc = ? AND device = ? AND prev_hlc IS NULL")));
        fill.bind(1, version.prev->toInt64()).bind(2, entity).bind(3, entityId).bind(4, field);
        fill.bind(5, version.hlc.toInt64()).bind(6, version.device);
        return fill.exec();
    }
    LINTAS_TRY_ASSIGN(auto prune,
        m_db.prepare(QStringLiteral(
            "DELETE FROM text_versions WHERE entity = ?1 AND entity_id = ?2 AND field = ?3 AND hlc < (SELECT hlc "
            "FROM text_versions WHERE entity = ?1 AND entity_id = ?2 AND field = ?3 ORDER BY hlc DESC LIMIT 1 "
            "OFFSET ?4)")));
    prune.bind(1, entity).bind(2, entityId).bind(3, field).bind(4, kKeep - 1);
    return prune.exec();
}

Result<std::optional<TextVersions::Found>> TextVersions::find(
    const QString &entity, const QString &entityId, const QString &field, sync::Hlc hlc)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("SELECT value, prev_hlc FROM text_versions WHERE entity = ? AND entity_id = ? "
                                    "AND field = ? AND hlc = ? LIMIT 1")));
    st.bind(1, entity).bind(2, entityId).bind(3, field).bind(4, hlc.toInt64());
    LINTAS_TRY_ASSIGN(const bool row, st.step());
    if (!row)
        return std::optional<Found>();
    Found f;
    f.value = st.text(0);
    if (!st.isNull(1))
        f.prev = sync::Hlc::fromRaw(st.int64(1));
    return std::optional<Found>(f);
}

Result<std::optional<QString>> TextVersions::commonBase(
    const QString &entity, const QString &entityId, const QString &field, sync::Hlc local, sync::Hlc incomingPrev)
{
    // Everything the local text descends from, as far as the kept history reaches; the null
    // HLC stands for the empty field every history starts from.
    QHash<quint64, QString> ancestors;
    std::optional<sync::Hlc> at = local;
    for (int step = 0; at && step < kMaxSteps; ++step) {
        if (at->isNull()) {
            ancestors.insert(0, QString());
            break;
        }
        LINTAS_TRY_ASSIGN(const auto found, find(entity, entityId, field, *at));
        if (!found)
            break;
        ancestors.insert(at->raw, found->value);
        at = found->prev;
    }
    // The first of them the incoming write's history reaches is where the two parted.
    at = incomingPrev;
    for (int step = 0; at && step < kMaxSteps; ++step) {
        const auto hit = ancestors.constFind(at->raw);
        if (hit != ancestors.cend())
            return std::optional<QString>(*hit);
        if (at->isNull())
            break;
        LINTAS_TRY_ASSIGN(const auto found, find(entity, entityId, field, *at));
        if (!found)
            break;
        at = found->prev;
    }
    return std::optional<QString>();
}

Status TextVersions::moveStamp(const QString &entity, const QString &entityId, const QString &field,
    const QString &device, sync::Hlc old, sync::Hlc now)
{
    LINTAS_TRY_ASSIGN(auto self,
        m_db.prepare(QStringLiteral("UPDATE text_versions SET hlc = ? WHERE entity = ? AND entity_id = ? AND "
                                    "field = ? AND hlc = ? AND device = ?")));
    self.bind(1, now.toInt64()).bind(2, entity).bind(3, entityId).bind(4, field);
    self.bind(5, old.toInt64()).bind(6, device);
    LINTAS_TRY(self.exec());
    LINTAS_TRY_ASSIGN(auto next,
        m_db.prepare(QStringLiteral("UPDATE text_versions SET prev_hlc = ? WHERE entity = ? AND entity_id = ? AND "
                                    "field = ? AND prev_hlc = ?")));
    next.bind(1, now.toInt64()).bind(2, entity).bind(3, entityId).bind(4, field).bind(5, old.toInt64());
    return next.exec();
}

} // namespace lintas::repo
