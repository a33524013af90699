#include "repo/NewerFields.h"

#include "repo/DerivedTables.h"
#include "repo/EntityTable.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/Change.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace lintas::repo {

namespace {

const EntityDef *findDef(const QVector<const EntityDef *> &defs, const QString &name)
{
    for (const EntityDef *def : defs) {
        if (def->name == name)
            return def;
    }
    return nullptr;
}

} // namespace

QString NewerFields::tagsText(const QStringList &tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList NewerFields::tagsFromText(const QString &text)
{
    QStringList tags;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        tags << v.toString();
    return tags;
}

Result<std::optional<QVariant>> NewerFields::putField(store::Database &db, const EntityDef &def, const FieldDef &field,
    const QString &entityId, const QVariant &value, sync::Hlc hlc, const QString &device)
{
    EntityTable table(db, def);
    LINTAS_TRY_ASSIGN(const auto current, table.fieldClock(entityId, field.name));
    if (current && !sync::writtenAfter(hlc, device, current->hlc, current->device))
        return std::optional<QVariant>();
    const QVariant canonical = canonicalValue(field.type, value);
    LINTAS_TRY(table.ensureRow(entityId, hlc.ms()));
    LINTAS_TRY(table.updateRow(entityId, {{field.name, canonical}}, hlc.ms()));
    LINTAS_TRY(table.setFieldClock(entityId, field.name, {hlc, device}));
    return std::optional<QVariant>(canonical);
}

Result<int> NewerFields::foldKnown(store::Database &db, const QVector<const EntityDef *> &defs)
{
    LINTAS_TRY_ASSIGN(const store::SqlValue waiting,
        db.scalar(
            QStringLiteral("SELECT (SELECT count(*) FROM unknown_fields) + (SELECT count(*) FROM unknown_set_ops)")));
    if (waiting.toInt() == 0)
        return 0;
    LINTAS_TRY_ASSIGN(auto tx, db.begin());

    struct Row {
        QString entity, entityId, field, kind, element, tags;
        QVariant value;
        sync::Hlc hlc;
        QString device;
    };
    QVector<Row> fields;
    QVector<Row> setOps;
    {
        LINTAS_TRY_ASSIGN(auto st,
            db.prepare(QStringLiteral("SELECT entity, entity_id, field, value, hlc, device FROM unknown_fields "
                                      "ORDER BY entity, entity_id, field")));
        LINTAS_TRY(st.forEachRow([&] {
            Row r;
            r.entity = st.text(0);
            r.entityId = st.text(1);
            r.field = st.text(2);
            r.value = st.value(3);
            r.hlc = sync::Hlc::fromRaw(st.int64(4));
            r.device = st.text(5);
            fields.push_back(r);
        }));
    }
    {
        LINTAS_TRY_ASSIGN(auto st,
            db.prepare(QStringLiteral("SELECT entity, entity_id, field, kind, element, tags, hlc FROM unknown_set_ops "
                                      "ORDER BY entity, entity_id, hlc")));
        LINTAS_TRY(st.forEachRow([&] {
            Row r;
            r.entity = st.text(0);
            r.entityId = st.text(1);
            r.field = st.text(2);
            r.kind = st.text(3);
            r.element = st.text(4);
            r.tags = st.text(5);
            r.hlc = sync::Hlc::fromRaw(st.int64(6));
            setOps.push_back(r);
        }));
    }

    // Per record, what was folded: the derived tables judge a change by the fields it carries.
    QHash<QString, sync::Change> folded;
    QVector<QString> order;
    auto touched = [&](const EntityDef &def, const QString &id) -> sync::Change & {
        const QString key = def.name + QLatin1Char('/') + id;
        if (!folded.contains(key)) {
            sync::Change c;
            c.entity = def.name;
            c.entityId = id;
            c.op = sync::Change::upsertOp();
            folded.insert(key, c);
            order.push_back(key);
        }
        return folded[key];
    };

    for (const Row &r : fields) {
        const EntityDef *def = findDef(defs, r.entity);
        const FieldDef *f = def ? def->field(r.field) : nullptr;
        if (!f)
            continue; // still unknown
        // A kept field may refer to a row that only a record still waiting in sync's quarantine
        // creates (one of a kind this version learnt too): it stays kept, to be folded at an open
        // after that row is here, and the profile opens meanwhile.
        LINTAS_TRY_ASSIGN(auto sp, db.begin());
        const auto won = putField(db, *def, *f, r.entityId, r.value, r.hlc, r.device);
        if (!won) {
            if (won.code() != ErrorCode::Validation || !won.error().detail.contains(QLatin1String("FOREIGN KEY")))
                return won.error();
            sp.rollback();
            continue;
        }
        LINTAS_TRY(sp.commit());
        if (*won)
            touched(*def, r.entityId).fields.insert(f->name, **won);
        LINTAS_TRY_ASSIGN(auto dropField,
            db.prepare(QStringLiteral("DELETE FROM unknown_fields WHERE entity = ? AND entity_id = ? AND field = ?")));
        dropField.bind(1, r.entity).bind(2, r.entityId).bind(3, r.field);
        LINTAS_TRY(dropField.exec());
    }
    for (const Row &r : setOps) {
        const EntityDef *def = findDef(defs, r.entity);
        if (!def || !def->hasSetField(r.field))
            continue;
        EntityTable table(db, *def);
        const QStringList tags = tagsFromText(r.tags);
        sync::Change &c = touched(*def, r.entityId);
        if (r.kind == QLatin1String("add")) {
            LINTAS_TRY(table.addMember(r.entityId, r.field, r.element, tags.value(0)));
            c.adds.push_back({r.field, r.element, tags.value(0)});
        } else {
            LINTAS_TRY(table.removeTags(r.entityId, r.field, r.element, tags, r.hlc));
            c.removes.push_back({r.field, r.element, tags});
        }
        LINTAS_TRY_ASSIGN(auto dropOp,
            db.prepare(QStringLiteral("DELETE FROM unknown_set_ops WHERE entity = ? AND entity_id = ? AND field = ? "
                                      "AND kind = ? AND element = ? AND tags = ? AND hlc = ?")));
        dropOp.bind(1, r.entity).bind(2, r.entityId).bind(3, r.field).bind(4, r.kind).bind(5, r.element);
        dropOp.bind(6, r.tags).bind(7, r.hlc.toInt64());
        LINTAS_TRY(dropOp.exec());
    }
    for (const QString &key : order) {
        const sync::Change &c = folded.value(key);
        const EntityDef *def = findDef(defs, c.entity);
        LINTAS_TRY(DerivedTables::refresh(db, *def, c.entityId, c, false));
    }
    LINTAS_TRY(tx.commit());
    return int(order.size());
}

} // namespace lintas::repo
