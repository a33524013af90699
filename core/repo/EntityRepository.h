#pragma once

#include "base/Clock.h"
#include "base/RandomSource.h"
#include "base/Result.h"
#include "repo/ChangeWriter.h"
#include "repo/EntityMapping.h"
#include "repo/EntityTable.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QVector>

namespace lintas::repo {

// Create/read/update/soft-delete for one entity type, all through the ChangeWriter.
// Concrete repositories add validation and the queries their screens need.
template<typename T> class EntityRepository {
public:
    EntityRepository(ChangeWriter &writer, const EntityMapping<T> &mapping) : m_writer(writer), m_mapping(mapping) { }
    virtual ~EntityRepository() = default;

    const EntityDef &def() const { return m_mapping.def; }

    Result<T> get(const QString &id)
    {
        EntityTable table(db(), m_mapping.def);
        auto fields = table.loadFields(id);
        if (!fields.ok())
            return fields.error();
        if (!fields->has_value())
            return makeError(ErrorCode::NotFound, QStringLiteral("%1 %2").arg(m_mapping.def.name, id));
        auto sets = table.loadSets(id);
        if (!sets.ok())
            return sets.error();
        T obj;
        obj.id = id;
        m_mapping.assign(obj, **fields, *sets);
        auto updated = db().prepare(QStringLiteral("SELECT updated_at FROM %1 WHERE id = ?").arg(m_mapping.def.table));
        if (updated.ok()) {
            updated->bind(1, id);
            if (updated->step().valueOr(false))
                obj.updatedAt = updated->int64(0);
        }
        return obj;
    }

    // Validates, assigns an id when empty, and writes. Returns the stored object.
    Result<T> create(T obj)
    {
        if (obj.id.isEmpty())
            obj.id = m_writer.newId();
        prepareNew(obj);
        LINTAS_TRY(validate(obj));
        auto tx = db().begin();
        if (!tx.ok())
            return tx.error();
        LINTAS_TRY(beforeCreate(obj));
        if (m_mapping.def.appendOnly) {
            auto c = m_writer.append(m_mapping.def, obj.id, m_mapping.toFields(obj));
            if (!c.ok())
                return c.error();
        } else {
            auto c = m_writer.write(
                m_mapping.def, obj.id, m_mapping.toFields(obj), m_mapping.toSets(obj), ChangeWriter::Mode::Create);
            if (!c.ok())
                return c.error();
        }
        LINTAS_TRY(tx->commit());
        return get(obj.id);
    }

    // Writes only the fields and set members that differ from what is stored.
    // Returns true if anything changed.
    Result<bool> update(const T &obj)
    {
        if (m_mapping.def.appendOnly)
            return makeError(
                ErrorCode::InvalidArgument, QStringLiteral("%1 records cannot be edited").arg(m_mapping.def.name));
        LINTAS_TRY(validate(obj));
        auto tx = db().begin();
        if (!tx.ok())
            return tx.error();
        auto c = m_writer.write(
            m_mapping.def, obj.id, m_mapping.toFields(obj), m_mapping.toSets(obj), ChangeWriter::Mode::Update);
        if (!c.ok())
            return c.error();
        LINTAS_TRY(tx->commit());
        return c->has_value();
    }

    // Soft delete: a synced `deleted` field, so the deletion reaches every device.
    Status remove(const QString &id)
    {
        if (!m_mapping.def.field(QStringLiteral("deleted")))
            return makeError(
                ErrorCode::InvalidArgument, QStringLiteral("%1 records cannot be deleted").arg(m_mapping.def.name));
        auto tx = db().begin();
        if (!tx.ok())
            return tx.error();
        auto c = m_writer.write(
            m_mapping.def, id, {{QStringLiteral("deleted"), QVariant(true)}}, {}, ChangeWriter::Mode::Update);
        if (!c.ok())
            return c.error();
        return tx->commit();
    }

    // Rows matching `where` (SQL over the entity table aliased `t`; caller binds nothing user-
    // typed into the text — values go through `binds`).
    Result<QVector<T>> select(
        const QString &where, const QVariantList &binds, const QString &orderBy, int limit = -1, int offset = 0)
    {
        QStringList cols {QStringLiteral("t.id"), QStringLiteral("t.updated_at")};
        for (const FieldDef &f : m_mapping.def.fields)
            cols << QStringLiteral("t.") + f.name;
        QString sql = QStringLiteral("SELECT %1 FROM %2 t").arg(cols.join(QStringLiteral(", ")), m_mapping.def.table);
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where;
        if (!orderBy.isEmpty())
            sql += QStringLiteral(" ORDER BY ") + orderBy;
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
        auto st = db().prepare(sql);
        if (!st.ok())
            return st.error();
        for (int i = 0; i < binds.size(); ++i)
            st->bindValue(i + 1, binds[i]);
        QVector<T> out;
        for (;;) {
            auto row = st->step();
            if (!row.ok())
                return row.error();
            if (!row.value())
                break;
            T obj;
            obj.id = st->text(0);
            obj.updatedAt = st->int64(1);
            FieldMap values;
            for (int i = 0; i < m_mapping.def.fields.size(); ++i)
                values.insert(m_mapping.def.fields[i].name, st->value(i + 2));
            m_mapping.assign(obj, values, {});
            out.push_back(std::move(obj));
        }
        if (!m_mapping.def.setFields.isEmpty()) {
            EntityTable table(db(), m_mapping.def);
            for (T &obj : out) {
                auto sets = table.loadSets(obj.id);
                if (!sets.ok())
                    return sets.error();
                for (const auto &s : m_mapping.sets)
                    obj.*(s.member) = sets->value(s.name);
            }
        }
        return out;
    }

protected:
    // Fills defaults on a new object (timestamps, initial status). Runs before validate().
    virtual void prepareNew(T &) { }
    virtual Status validate(const T &) { return {}; }
    // Runs inside the create transaction, before the row is written (e.g. assign a reference).
    virtual Status beforeCreate(T &) { return {}; }

    store::Database &db() { return m_writer.database(); }
    ChangeWriter &writer() { return m_writer; }
    qint64 nowMs() const { return m_writer.clock().nowMs(); }

    ChangeWriter &m_writer;
    const EntityMapping<T> &m_mapping;
};

} // namespace lintas::repo
