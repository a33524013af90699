#include "sync/HeldDeletions.h"

#include "base/Clock.h"
#include "repo/ChangeWriter.h"
#include "repo/EntityDef.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/HybridLogicalClock.h"
#include "sync/MassDeleteGuard.h"
#include "sync/ReplyApplier.h"
#include "sync/SyncSpaces.h"

#include <QMap>

namespace lintas::sync {

namespace {

struct HeldRow {
    qint64 id = 0;
    QString spaceId;
    MassDeleteGuard::Detail detail;
    qint64 receivedAt = 0;
};

Result<QVector<HeldRow>> heldRows(store::Database &db)
{
    LINTAS_TRY_ASSIGN(auto st,
        db.prepare(QStringLiteral(
            "SELECT id, space_id, detail, received_at FROM sync_quarantine WHERE reason = ? ORDER BY id")));
    st.bind(1, quarantineReasonName(QuarantineReason::MassDelete));
    QVector<HeldRow> rows;
    LINTAS_TRY(st.forEachRow([&] {
        if (const auto d = MassDeleteGuard::parseDetail(st.text(2)))
            rows.push_back({st.int64(0), st.text(1), *d, st.int64(3)});
    }));
    return rows;
}

// Applies the held deletions of one device and entity; returns the rows they were about.
Result<int> applyHeld(
    store::Database &db, const Clock &clock, const QString &deviceId, const QString &entity, QStringList *entityIds)
{
    LINTAS_TRY_ASSIGN(const QVector<HeldRow> rows, heldRows(db));
    QMap<QString, QVector<qint64>> bySpace;
    for (const HeldRow &r : rows) {
        if (r.detail.deviceId != deviceId || r.detail.entity != entity)
            continue;
        bySpace[r.spaceId].push_back(r.id);
        if (entityIds)
            entityIds->push_back(r.detail.entityId);
    }
    if (bySpace.isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no deletions held from %1 for %2").arg(deviceId, entity));
    LINTAS_TRY_ASSIGN(
        auto st, db.prepare(QStringLiteral("SELECT last_hlc, clock_offset_ms FROM device_state WHERE id = 1")));
    LINTAS_TRY_ASSIGN(const bool found, st.step());
    if (!found)
        return makeError(ErrorCode::Internal, QStringLiteral("device_state missing"));
    HybridLogicalClock hlc(clock, Hlc::fromRaw(st.int64(0)));
    hlc.setOffsetMs(st.int64(1));
    int applied = 0;
    for (auto it = bySpace.cbegin(); it != bySpace.cend(); ++it) {
        LINTAS_TRY_ASSIGN(const SpaceInfo space, SyncSpaces(db).space(it.key()));
        LINTAS_TRY_ASSIGN(const int n, ReplyApplier(db, hlc).release(space, it.value()));
        applied += n;
    }
    return applied;
}

} // namespace

Result<QVector<HeldDeletionGroup>> HeldDeletions::list(store::Database &db)
{
    LINTAS_TRY_ASSIGN(const QVector<HeldRow> rows, heldRows(db));
    QVector<HeldDeletionGroup> groups;
    for (const HeldRow &r : rows) {
        auto g = std::find_if(groups.begin(), groups.end(), [&](const HeldDeletionGroup &x) {
            return x.spaceId == r.spaceId && x.deviceId == r.detail.deviceId && x.entity == r.detail.entity;
        });
        if (g == groups.end()) {
            HeldDeletionGroup fresh;
            fresh.spaceId = r.spaceId;
            fresh.deviceId = r.detail.deviceId;
            fresh.entity = r.detail.entity;
            fresh.firstReceivedAt = r.receivedAt;
            LINTAS_TRY_ASSIGN(const auto member, SyncSpaces(db).member(r.spaceId, r.detail.deviceId));
            fresh.deviceLabel = member && !member->label.isEmpty() ? member->label : r.detail.deviceId.left(8);
            groups.push_back(fresh);
            g = groups.end() - 1;
        }
        if (!g->entityIds.contains(r.detail.entityId))
            g->entityIds.push_back(r.detail.entityId);
    }
    return groups;
}

Result<int> HeldDeletions::count(store::Database &db)
{
    LINTAS_TRY_ASSIGN(const store::SqlValue n,
        db.scalar(QStringLiteral("SELECT count(*) FROM sync_quarantine WHERE reason = 'mass_delete'")));
    return int(n.toLongLong());
}

QString HeldDeletions::attentionText(const QVector<HeldDeletionGroup> &groups)
{
    QStringList parts;
    for (const HeldDeletionGroup &g : groups)
        parts << QStringLiteral("%1 deletions from %2 wait for confirmation").arg(g.count()).arg(g.deviceLabel);
    return parts.join(QStringLiteral("; "));
}

Result<int> HeldDeletions::confirm(
    store::Database &db, const Clock &clock, const QString &deviceId, const QString &entity)
{
    LINTAS_TRY_ASSIGN(auto tx, db.begin());
    LINTAS_TRY_ASSIGN(const int applied, applyHeld(db, clock, deviceId, entity, nullptr));
    LINTAS_TRY(tx.commit());
    return applied;
}

Result<int> HeldDeletions::refuse(repo::ChangeWriter &writer, const QString &deviceId, const QString &entity)
{
    store::Database &db = writer.database();
    const repo::EntityDef *def = repo::entityDefByName(entity);
    if (!def || !def->field(QStringLiteral("deleted")))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 records cannot be deleted").arg(entity));
    LINTAS_TRY_ASSIGN(auto tx, db.begin());
    QStringList ids;
    LINTAS_TRY_ASSIGN(const int applied, applyHeld(db, writer.clock(), deviceId, entity, &ids));
    for (const QString &id : std::as_const(ids)) {
        bool deleted = false;
        {
            LINTAS_TRY_ASSIGN(auto st,
                db.prepare(QStringLiteral("SELECT coalesce(deleted, 0) FROM %1 WHERE id = ?").arg(def->table)));
            st.bind(1, id);
            LINTAS_TRY_ASSIGN(const bool found, st.step());
            deleted = found && st.int64(0) != 0;
        }
        if (!deleted)
            continue; // the deletion lost to a newer edit, or never got here: nothing to restore
        const auto restored = writer.write(
            *def, id, {{QStringLiteral("deleted"), QVariant(false)}}, {}, repo::ChangeWriter::Mode::Update);
        if (!restored)
            return restored.error();
    }
    LINTAS_TRY(tx.commit());
    return applied;
}

} // namespace lintas::sync
