#include "ReferenceModel.h"

#include "repo/EntityDef.h"
#include "repo/EntityTable.h"
#include "store/Database.h"

#include <algorithm>

namespace lintas::test {

namespace {

QString text(const QVariant &v)
{
    return v.isNull() || !v.isValid() ? QStringLiteral("∅") : v.toString();
}

QVariant canonical(const repo::EntityDef &def, const QString &field, const QVariant &v)
{
    const repo::FieldDef *f = def.field(field);
    return f ? repo::canonicalValue(f->type, v) : v;
}

} // namespace

Result<ReferenceModel> ReferenceModel::fromOutboxes(const QVector<store::Database *> &devices)
{
    ReferenceModel model;
    for (store::Database *db : devices) {
        LINTAS_TRY_ASSIGN(auto st,
            db->prepare(QStringLiteral(
                "SELECT change_id, device_seq, hlc, entity, entity_id, op, payload FROM outbox ORDER BY device_seq")));
        for (;;) {
            LINTAS_TRY_ASSIGN(const bool row, st.step());
            if (!row)
                break;
            LINTAS_TRY_ASSIGN(const sync::Change change,
                sync::Change::fromOutbox(st.text(0), st.int64(1), sync::Hlc::fromRaw(st.int64(2)), st.text(3),
                    st.text(4), st.text(5), st.text(6).toUtf8()));
            model.add(change);
        }
    }
    return model;
}

void ReferenceModel::add(const sync::Change &change)
{
    ++m_writes;
    const Key key {change.entity, change.entityId};
    if (change.op == sync::Change::appendOp()) {
        m_appended[key] = change.fields; // the same row however often it is seen
        return;
    }
    const auto keepLatest = [&](QMap<QString, Write> &writes, const QString &name, const QVariant &value) {
        const auto current = writes.constFind(name);
        const bool wins = current == writes.cend() || change.hlc > current->hlc
            || (change.hlc == current->hlc && change.deviceId > current->device);
        if (wins)
            writes.insert(name, Write {change.hlc, change.deviceId, value});
    };
    auto &fields = m_fields[key];
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it)
        keepLatest(fields, it.key(), it.value());
    for (const sync::SetAdd &a : change.adds) {
        m_added[key][a.field][a.element].insert(a.tag);
        keepLatest(m_setClocks[key], a.field, {});
    }
    for (const sync::SetRemove &r : change.removes) {
        for (const QString &tag : r.tags)
            m_removed[key][r.field][r.element].insert(tag);
        keepLatest(m_setClocks[key], r.field, {});
    }
}

Result<QStringList> ReferenceModel::differences(store::Database &db) const
{
    QStringList out;
    QMap<QString, int> rowsPerEntity;
    const auto checkRow
        = [&](const Key &key, const QMap<QString, QVariant> &expected, const QMap<QString, Write> *clocks) -> Status {
        const repo::EntityDef *def = repo::entityDefByName(key.first);
        if (!def) {
            out << QStringLiteral("model has unknown entity %1").arg(key.first);
            return {};
        }
        ++rowsPerEntity[def->name];
        repo::EntityTable table(db, *def);
        LINTAS_TRY_ASSIGN(const auto row, table.loadFields(key.second));
        const QString where = key.first + QLatin1Char(' ') + key.second.left(8);
        if (!row) {
            out << where + QStringLiteral(": row missing");
            return {};
        }
        for (const repo::FieldDef &f : def->fields) {
            const QString want = text(canonical(*def, f.name, expected.value(f.name)));
            const QString have = text(canonical(*def, f.name, row->value(f.name)));
            if (want != have)
                out << QStringLiteral("%1.%2: model %3, device %4").arg(where, f.name, want, have);
            if (!clocks)
                continue;
            LINTAS_TRY_ASSIGN(const auto clock, table.fieldClock(key.second, f.name));
            const auto w = clocks->constFind(f.name);
            if (w == clocks->cend()) {
                if (clock)
                    out << QStringLiteral("%1.%2: clock on a field nobody wrote").arg(where, f.name);
            } else if (!clock || clock->hlc != w->hlc || clock->device != w->device) {
                out << QStringLiteral("%1.%2: clock %3/%4, model %5/%6")
                           .arg(where, f.name, clock ? clock->hlc.toString() : QStringLiteral("∅"),
                               clock ? clock->device.left(6) : QString(), w->hlc.toString(), w->device.left(6));
            }
        }
        if (def->setFields.isEmpty())
            return {};
        LINTAS_TRY_ASSIGN(const repo::SetMap sets, table.loadSets(key.second));
        const QMap<QString, Write> setClocks = m_setClocks.value(key);
        for (const QString &field : def->setFields) {
            QStringList live;
            const auto added = m_added.value(key).value(field);
            const auto removed = m_removed.value(key).value(field);
            for (auto e = added.cbegin(); e != added.cend(); ++e) {
                const QSet<QString> left = QSet<QString>(e.value()).subtract(removed.value(e.key()));
                if (!left.isEmpty())
                    live << e.key();
            }
            std::sort(live.begin(), live.end());
            if (live != sets.value(field))
                out << QStringLiteral("%1.%2: model {%3}, device {%4}")
                           .arg(where, field, live.join(QLatin1Char(',')), sets.value(field).join(QLatin1Char(',')));
            LINTAS_TRY_ASSIGN(const auto clock, table.fieldClock(key.second, field));
            const auto latest = setClocks.constFind(field);
            const bool written = latest != setClocks.cend();
            if (written != clock.has_value()
                || (written && (clock->hlc != latest->hlc || clock->device != latest->device)))
                out << QStringLiteral("%1.%2: set clock %3, model %4")
                           .arg(where, field, clock ? clock->hlc.toString() : QStringLiteral("∅"),
                               written ? latest->hlc.toString() : QStringLiteral("∅"));
        }
        return {};
    };

    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QMap<QString, QVariant> values;
        for (auto f = it->cbegin(); f != it->cend(); ++f)
            values.insert(f.key(), f->value);
        LINTAS_TRY(checkRow(it.key(), values, &it.value()));
    }
    for (auto it = m_appended.cbegin(); it != m_appended.cend(); ++it)
        LINTAS_TRY(checkRow(it.key(), it.value(), nullptr));
    // Nothing beyond the model: no row that nobody wrote.
    for (const repo::EntityDef *def : repo::allEntityDefs()) {
        LINTAS_TRY_ASSIGN(const auto n, db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(def->table)));
        if (n.toInt() != rowsPerEntity.value(def->name))
            out << QStringLiteral("%1: %2 rows, model %3")
                       .arg(def->table)
                       .arg(n.toInt())
                       .arg(rowsPerEntity.value(def->name));
    }
    return out;
}

} // namespace lintas::test
