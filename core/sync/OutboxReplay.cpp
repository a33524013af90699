#include "sync/OutboxReplay.h"

#include "base/Clock.h"
#include "repo/EntityDef.h"
#include "repo/Schema.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/ChangeApplier.h"
#include "sync/HybridLogicalClock.h"

#include <QSet>

namespace lintas::sync {

namespace {

QString renderValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QStringLiteral("∅");
    return v.toString();
}

Status dumpQuery(store::Database &db, const QString &label, const QString &sql, QStringList &out)
{
    auto st = db.prepare(sql);
    if (!st.ok())
        return st.error();
    return st->forEachRow([&] {
        QStringList cols {label};
        for (int i = 0; i < st->columnCount(); ++i)
            cols << st->columnName(i) + QLatin1Char('=') + renderValue(st->value(i));
        out << cols.join(QLatin1Char('|'));
    });
}

} // namespace

Result<QStringList> OutboxReplay::canonicalDump(store::Database &db)
{
    QStringList out;
    for (const repo::EntityDef *def : repo::allEntityDefs()) {
        QStringList cols {QStringLiteral("id"), QStringLiteral("updated_at")};
        for (const repo::FieldDef &f : def->fields)
            cols << f.name;
        LINTAS_TRY(dumpQuery(db, def->name,
            QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(cols.join(QLatin1Char(',')), def->table), out));
    }
    LINTAS_TRY(dumpQuery(db, QStringLiteral("set"),
        QStringLiteral("SELECT * FROM set_members ORDER BY entity, entity_id, field, element, tag"), out));
    LINTAS_TRY(dumpQuery(db, QStringLiteral("clock"),
        QStringLiteral("SELECT * FROM field_clock ORDER BY entity, entity_id, field"), out));
    LINTAS_TRY(dumpQuery(db, QStringLiteral("unknown"),
        QStringLiteral("SELECT * FROM unknown_fields ORDER BY entity, entity_id, field"), out));
    LINTAS_TRY(dumpQuery(db, QStringLiteral("unknown-set"),
        QStringLiteral("SELECT * FROM unknown_set_ops ORDER BY entity, entity_id, field, kind, element, tags, hlc"),
        out));
    LINTAS_TRY(dumpQuery(db, QStringLiteral("search"),
        QStringLiteral("SELECT d.kind, d.entity_id, d.case_id, d.client_id, f.title, f.body FROM search_docs d "
                       "JOIN search_fts f ON f.docid = d.docid ORDER BY d.kind, d.entity_id"),
        out));
    return out;
}

Status OutboxReplay::replay(store::Database &source, store::Database &target)
{
    ManualClock clock(0);
    HybridLogicalClock hlc(clock);
    ChangeApplier applier(target, hlc);
    auto st = source.prepare(QStringLiteral(
        "SELECT change_id, device_seq, hlc, entity, entity_id, op, payload FROM outbox ORDER BY device_seq"));
    if (!st.ok())
        return st.error();
    auto tx = target.begin();
    if (!tx.ok())
        return tx.error();
    qint64 expectedSeq = 1;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        if (st->int64(1) != expectedSeq)
            return makeError(ErrorCode::DatabaseCorrupt,
                QStringLiteral("outbox gap: expected device_seq %1, found %2").arg(expectedSeq).arg(st->int64(1)));
        ++expectedSeq;
        auto change = Change::fromOutbox(st->text(0), st->int64(1), Hlc::fromRaw(st->int64(2)), st->text(3),
            st->text(4), st->text(5), st->text(6).toUtf8());
        if (!change.ok())
            return change.error();
        LINTAS_TRY(applier.apply(*change));
    }
    return tx->commit();
}

Result<QStringList> OutboxReplay::differences(store::Database &db)
{
    auto replica = store::Database::open(QStringLiteral(":memory:"), nullptr);
    if (!replica.ok())
        return replica.error();
    auto migrated = repo::profileSchema().migrate(**replica);
    if (!migrated.ok())
        return migrated.error();
    LINTAS_TRY(replay(db, **replica));
    auto a = canonicalDump(db);
    if (!a.ok())
        return a.error();
    auto b = canonicalDump(**replica);
    if (!b.ok())
        return b.error();
    const QSet<QString> left(a->begin(), a->end());
    const QSet<QString> right(b->begin(), b->end());
    QStringList diff;
    for (const QString &line : *a) {
        if (!right.contains(line))
            diff << QStringLiteral("- ") + line;
    }
    for (const QString &line : *b) {
        if (!left.contains(line))
            diff << QStringLiteral("+ ") + line;
    }
    return diff;
}

} // namespace lintas::sync
