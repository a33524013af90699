#include "sync/OutboxRestamp.h"

#include "base/Clock.h"
#include "repo/DeleteConflicts.h"
#include "repo/EntityDef.h"
#include "repo/TextVersions.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/Change.h"
#include "sync/ChangeApplier.h"
#include "sync/HybridLogicalClock.h"

#include <QHash>
#include <QVector>

#include <algorithm>

namespace lintas::sync {

namespace {

struct Unsealed {
    qint64 createdAt = 0;
    Change change;
};

Hlc after(Hlc h)
{
    return h.counter() == Hlc::kCounterMask ? Hlc::from(h.ms() + 1, 0) : Hlc::from(h.ms(), h.counter() + 1);
}

QString fieldKey(const Change &c, const QString &field)
{
    return c.entity + QLatin1Char('\x1f') + c.entityId + QLatin1Char('\x1f') + field;
}

Result<qint64> maxOf(store::Database &db, const QString &sql)
{
    LINTAS_TRY_ASSIGN(const store::SqlValue v, db.scalar(sql));
    return v.isNull() ? 0 : v.toLongLong();
}

// Moves what the old stamp left in the profile to the new one: the field and set clocks this change
// still owns, its set tombstones and the row's updated_at.
Status moveTraces(store::Database &db, const Change &c, Hlc old, Hlc now)
{
    const repo::EntityDef *def = repo::entityDefByName(c.entity);
    // The sets it changed keep a clock too (repo/DeleteConflicts.h).
    QStringList clocked = c.fields.keys();
    if (def)
        clocked << repo::DeleteConflicts::touchedSets(*def, c);
    for (const QString &name : std::as_const(clocked)) {
        const repo::FieldDef *field = def ? def->field(name) : nullptr;
        if (field && field->mergesLines)
            LINTAS_TRY(repo::TextVersions(db).moveStamp(c.entity, c.entityId, name, c.deviceId, old, now));
        LINTAS_TRY_ASSIGN(auto st,
            db.prepare(QStringLiteral("UPDATE field_clock SET hlc = ? WHERE entity = ? AND entity_id = ? AND "
                                      "field = ? AND hlc = ? AND device = ?")));
        st.bind(1, now.toInt64()).bind(2, c.entity).bind(3, c.entityId).bind(4, name);
        st.bind(5, old.toInt64()).bind(6, c.deviceId);
        LINTAS_TRY(st.exec());
    }
    for (const SetRemove &rem : c.removes) {
        for (const QString &tag : rem.tags) {
            LINTAS_TRY_ASSIGN(auto st,
                db.prepare(QStringLiteral("UPDATE set_members SET removed_hlc = ? WHERE entity = ? AND entity_id = ? "
                                          "AND field = ? AND element = ? AND tag = ? AND removed_hlc = ?")));
            st.bind(1, now.toInt64()).bind(2, c.entity).bind(3, c.entityId).bind(4, rem.field);
            st.bind(5, rem.element).bind(6, tag).bind(7, old.toInt64());
            LINTAS_TRY(st.exec());
        }
    }
    if (!def)
        return {};
    if (now > old) { // as a receiver would: the newest write's time
        LINTAS_TRY_ASSIGN(auto up,
            db.prepare(QStringLiteral("UPDATE %1 SET updated_at = max(updated_at, ?) WHERE id = ?").arg(def->table)));
        up.bind(1, now.ms()).bind(2, c.entityId);
        return up.exec();
    }
    // Moving down: the row's time was ours, so it falls back to the newest field clock it keeps.
    LINTAS_TRY_ASSIGN(auto st,
        db.prepare(QStringLiteral("UPDATE %1 SET updated_at = max(?, %2) WHERE id = ? AND updated_at = ?")
                       .arg(def->table,
                           Hlc::sqlMs(QStringLiteral("coalesce((SELECT max(hlc) FROM field_clock WHERE entity = ? AND "
                                                     "entity_id = ?), 0)")))));
    st.bind(1, now.ms()).bind(2, c.entity).bind(3, c.entityId).bind(4, c.entityId).bind(5, old.ms());
    return st.exec();
}

// Whether any unsealed change was stamped far from the time it was made, corrected by `offset`:
// more than kBadClockMs behind it, or more than kAheadLimitMs ahead.
Result<bool> staleStamps(store::Database &db, qint64 offset)
{
    LINTAS_TRY_ASSIGN(auto st,
        db.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE envelope IS NULL AND pushed_at IS NULL AND "
                                  "(%1 < created_at + ? OR %1 > created_at + ?) LIMIT 1")
                       .arg(Hlc::sqlMs(QStringLiteral("hlc")))));
    st.bind(1, offset - OutboxRestamp::kBadClockMs).bind(2, offset + OutboxRestamp::kAheadLimitMs);
    LINTAS_TRY_ASSIGN(const bool found, st.step());
    return found;
}

} // namespace

Result<int> OutboxRestamp::restamp(store::Database &db, const Clock &clock)
{
    LINTAS_TRY_ASSIGN(const store::SqlValue offsetValue,
        db.scalar(QStringLiteral("SELECT clock_offset_ms FROM device_state WHERE id = 1")));
    const qint64 offset = offsetValue.toLongLong();
    const qint64 correctedNow = clock.nowMs() + offset;
    // The clock is about right now. Stamps made under a correction that has since gone stale (the
    // clock was put right after an earlier sync) are still wrong; anything else was stamped with
    // this clock, or corrected, or raised by HLC past another device's clock (never by more than
    // a day: records further ahead are set aside, not observed).
    const bool clockRight = std::abs(offset) <= kBadClockMs;
    if (clockRight) {
        LINTAS_TRY_ASSIGN(const bool stale, staleStamps(db, offset));
        if (!stale)
            return 0;
    }

    LINTAS_TRY_ASSIGN(auto tx, db.begin());
    LINTAS_TRY_ASSIGN(auto st,
        db.prepare(QStringLiteral("SELECT change_id, device_seq, hlc, entity, entity_id, op, payload, created_at "
                                  "FROM outbox WHERE envelope IS NULL AND pushed_at IS NULL ORDER BY device_seq")));
    QVector<Unsealed> rows;
    Status parsed;
    LINTAS_TRY(st.forEachRow([&] {
        if (!parsed.ok())
            return;
        auto change = Change::fromOutbox(st.text(0), st.int64(1), Hlc::fromRaw(st.int64(2)), st.text(3), st.text(4),
            st.text(5), st.text(6).toUtf8());
        if (!change) {
            parsed = change.error();
            return;
        }
        rows.push_back({st.int64(7), *change});
    }));
    LINTAS_TRY(parsed);
    // Which changes were made under the clock as it is now. Ahead: any stamp in the future is
    // wrong. Behind: the offset only tells the truth about changes made since the clock last went
    // back (a dead CMOS battery); those made before, with the clock still right, keep their stamps.
    int regimeStart = 0;
    for (int i = 1; i < rows.size(); ++i) {
        if (rows.at(i).createdAt < rows.at(i - 1).createdAt - kBadClockMs)
            regimeStart = i;
    }
    QVector<bool> bad(rows.size(), false);
    bool anyBad = false;
    for (int i = 0; i < rows.size(); ++i) {
        const Unsealed &u = rows.at(i);
        const qint64 drift = u.change.hlc.ms() - (u.createdAt + offset);
        if (clockRight)
            bad[i] = u.change.hlc.ms() > correctedNow + kAheadLimitMs
                || (i >= regimeStart && (drift < -kBadClockMs || drift > kAheadLimitMs));
        else if (offset < 0)
            bad[i] = u.change.hlc.ms() > correctedNow + kBadClockMs;
        else
            bad[i] = i >= regimeStart && std::abs(drift) > kBadClockMs;
        anyBad = anyBad || bad[i];
    }
    if (!anyBad)
        return 0;

    // Stamps this device gave fields before and now replaced, by field: a later edit of the same
    // field names the old one as its prev and must name the new one instead.
    QHash<QString, QPair<Hlc, Hlc>> moved;
    HybridLogicalClock applyClock(clock);
    applyClock.setOffsetMs(offset);
    ChangeApplier applier(db, applyClock);
    Hlc last;
    int restamped = 0;
    for (int i = 0; i < rows.size(); ++i) {
        Unsealed &u = rows[i];
        Change &c = u.change;
        const Hlc old = c.hlc;
        Hlc floor = last;
        bool prevMoved = false;
        for (auto p = c.prev.begin(); p != c.prev.end(); ++p) {
            const auto m = moved.constFind(fieldKey(c, p.key()));
            if (m != moved.cend() && m->first == *p) {
                *p = m->second;
                prevMoved = true;
            }
            floor = std::max(floor, *p);
        }
        const qint64 madeAt = std::clamp<qint64>(u.createdAt + offset, 0, correctedNow);
        Hlc stamp = bad.at(i) ? Hlc::from(madeAt, 0) : old;
        if (stamp <= floor)
            stamp = after(floor);
        last = stamp;
        if (stamp == old && !prevMoved)
            continue;
        c.hlc = stamp;
        for (auto f = c.fields.cbegin(); f != c.fields.cend(); ++f)
            moved.insert(fieldKey(c, f.key()), {old, stamp});
        LINTAS_TRY_ASSIGN(
            auto upd, db.prepare(QStringLiteral("UPDATE outbox SET hlc = ?, payload = ? WHERE device_seq = ?")));
        upd.bind(1, stamp.toInt64()).bind(2, QString::fromUtf8(c.payloadJson())).bind(3, c.deviceSeq);
        LINTAS_TRY(upd.exec());
        if (stamp != old) {
            LINTAS_TRY(moveTraces(db, c, old, stamp));
            ++restamped;
        }
        // Applied again under its new stamp: where another device wrote the field in between,
        // last-writer-wins now decides by the time the edit was really made.
        LINTAS_TRY(applier.apply(c));
    }

    // The HLC never goes below a stamp still in the profile. It is lowered only past stamps more
    // than a day ahead of corrected time (a laptop a year ahead), once none of them is left.
    LINTAS_TRY_ASSIGN(
        const store::SqlValue lastValue, db.scalar(QStringLiteral("SELECT last_hlc FROM device_state WHERE id = 1")));
    const Hlc persisted = Hlc::fromRaw(lastValue.toLongLong());
    const bool wrongAhead = persisted.ms() > correctedNow + kAheadLimitMs;
    Hlc next = std::max(wrongAhead ? Hlc() : persisted, last);
    LINTAS_TRY_ASSIGN(const qint64 clocks, maxOf(db, QStringLiteral("SELECT max(hlc) FROM field_clock")));
    LINTAS_TRY_ASSIGN(const qint64 tombs, maxOf(db, QStringLiteral("SELECT max(removed_hlc) FROM set_members")));
    LINTAS_TRY_ASSIGN(const qint64 sealed,
        maxOf(db, QStringLiteral("SELECT max(hlc) FROM outbox WHERE envelope IS NOT NULL OR pushed_at IS NOT NULL")));
    next = std::max({next, Hlc::fromRaw(clocks), Hlc::fromRaw(tombs), Hlc::fromRaw(sealed)});
    LINTAS_TRY_ASSIGN(auto hlc, db.prepare(QStringLiteral("UPDATE device_state SET last_hlc = ? WHERE id = 1")));
    hlc.bind(1, next.toInt64());
    LINTAS_TRY(hlc.exec());
    LINTAS_TRY(tx.commit());
    return restamped;
}

} // namespace lintas::sync
