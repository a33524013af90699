#include "sync/ReplyApplier.h"

#include "repo/EntityDef.h"
#include "repo/EntityTable.h"
#include "store/Database.h"
#include "sync/HybridLogicalClock.h"
#include "sync/MassDeleteGuard.h"

// The part of ReplyApplier that deals with records held for a person's decision (MassDeleteGuard).

namespace lintas::sync {

Result<int> ReplyApplier::release(const SpaceInfo &space, const QVector<qint64> &quarantineIds)
{
    m_keys.clear();
    m_members.clear();
    int applied = 0;
    for (const qint64 id : quarantineIds) {
        QByteArray bytes;
        {
            LINTAS_TRY_ASSIGN(auto st,
                m_db.prepare(QStringLiteral("SELECT envelope FROM sync_quarantine WHERE id = ? AND space_id = ?")));
            st.bind(1, id).bind(2, space.spaceId);
            LINTAS_TRY_ASSIGN(const bool found, st.step());
            if (!found)
                continue;
            bytes = st.blob(0);
        }
        LINTAS_TRY_ASSIGN(const Verdict verdict, process(space, bytes));
        if (verdict.kind == Verdict::SetAside) { // e.g. its device was removed meanwhile: stays, with the reason
            LINTAS_TRY_ASSIGN(auto upd,
                m_db.prepare(QStringLiteral("UPDATE sync_quarantine SET reason = ?, detail = ? WHERE id = ?")));
            upd.bind(1, quarantineReasonName(verdict.reason)).bind(2, verdict.detail).bind(3, id);
            LINTAS_TRY(upd.exec());
            continue;
        }
        LINTAS_TRY_ASSIGN(auto del, m_db.prepare(QStringLiteral("DELETE FROM sync_quarantine WHERE id = ?")));
        del.bind(1, id);
        LINTAS_TRY(del.exec());
        if (verdict.kind == Verdict::Applied)
            ++applied;
    }
    LINTAS_TRY_ASSIGN(
        auto hlc, m_db.prepare(QStringLiteral("UPDATE device_state SET last_hlc = max(last_hlc, ?) WHERE id = 1")));
    hlc.bind(1, m_hlc.last().toInt64());
    LINTAS_TRY(hlc.exec());
    return applied;
}

Status ReplyApplier::settleOvertaken(const SpaceInfo &space)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("SELECT q.id, q.envelope, q.detail FROM sync_quarantine q WHERE q.space_id = ? AND "
                                    "q.reason = ? ORDER BY q.id")));
    st.bind(1, space.spaceId).bind(2, quarantineReasonName(QuarantineReason::MassDelete));
    struct Held {
        qint64 id;
        QByteArray bytes;
        MassDeleteGuard::Detail detail;
    };
    QVector<Held> held;
    LINTAS_TRY(st.forEachRow([&] {
        if (const auto d = MassDeleteGuard::parseDetail(st.text(2)))
            held.push_back({st.int64(0), st.blob(1), *d});
    }));
    for (const Held &h : std::as_const(held)) {
        // Overtaken: the row is live again under a `deleted` clock newer than this deletion (someone
        // refused it and restored the row, or undid it). Nobody needs to decide any more.
        const repo::EntityDef *def = repo::entityDefByName(h.detail.entity);
        if (!def)
            continue;
        repo::EntityTable table(m_db, *def);
        LINTAS_TRY_ASSIGN(const auto clock, table.fieldClock(h.detail.entityId, QStringLiteral("deleted")));
        if (!clock || clock->hlc <= h.detail.hlc)
            continue;
        LINTAS_TRY_ASSIGN(const auto row, table.loadFields(h.detail.entityId));
        if (!row || row->value(QStringLiteral("deleted")).toBool())
            continue;
        LINTAS_TRY_ASSIGN(const Opened opened, open(space, h.bytes));
        if (!opened.change)
            continue; // stays held; confirm or refuse will say why it cannot apply
        if (MassDeleteGuard::isDeleteOnly(*opened.change)) {
            // Applying it would change nothing (it loses to the newer clock) but log a conflict the
            // devices that saw the deletion before the restore never had: marked applied instead.
            LINTAS_TRY_ASSIGN(auto seen,
                m_db.prepare(
                    QStringLiteral("INSERT OR IGNORE INTO sync_applied (device_id, device_seq) VALUES (?, ?)")));
            seen.bind(1, opened.change->deviceId).bind(2, opened.change->deviceSeq);
            LINTAS_TRY(seen.exec());
        } else {
            LINTAS_TRY_ASSIGN(const Verdict verdict, applyOpened(*opened.change));
            if (verdict.kind == Verdict::SetAside)
                continue;
        }
        LINTAS_TRY_ASSIGN(auto del, m_db.prepare(QStringLiteral("DELETE FROM sync_quarantine WHERE id = ?")));
        del.bind(1, h.id);
        LINTAS_TRY(del.exec());
    }
    return {};
}

Status ReplyApplier::releaseSucceeded(const SpaceInfo &space, const Change &change)
{
    const auto prev = change.prev.constFind(QStringLiteral("deleted"));
    if (prev == change.prev.cend())
        return {};
    // This edit saw a deletion held here (a restore by a device that refused it, say): the
    // deletion applies first, as without the hold, so the edit is its plain successor here too.
    const QString suffix
        = QLatin1Char(' ') + change.entity + QLatin1Char(' ') + change.entityId + QLatin1Char(' ') + prev->toString();
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("SELECT id FROM sync_quarantine WHERE space_id = ? AND reason = ? AND "
                                    "substr(detail, -?) = ?")));
    st.bind(1, space.spaceId)
        .bind(2, quarantineReasonName(QuarantineReason::MassDelete))
        .bind(3, int(suffix.size()))
        .bind(4, suffix);
    QVector<qint64> ids;
    LINTAS_TRY(st.forEachRow([&] { ids.push_back(st.int64(0)); }));
    if (ids.isEmpty())
        return {};
    LINTAS_TRY(release(space, ids));
    return {};
}

} // namespace lintas::sync
