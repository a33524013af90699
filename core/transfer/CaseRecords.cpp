#include "transfer/CaseRecords.h"

#include "repo/EntityTable.h"
#include "store/Database.h"
#include "transfer/EntityReferences.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace lintas::transfer {

namespace {

bool isDirectory(const repo::EntityDef &def)
{
    return def.name == QLatin1String("party") || def.name == QLatin1String("organisation");
}

class Collector {
public:
    Collector(store::Database &db, const QString &caseId) : m_db(db), m_caseId(caseId) { }

    // Adds a record and, through its reference fields, the records it refers to.
    Status take(const repo::EntityDef &def, const QString &id)
    {
        if (m_taken[def.name].contains(id))
            return {};
        repo::EntityTable table(m_db, def);
        LINTAS_TRY_ASSIGN(const auto fields, table.loadFields(id));
        if (!fields)
            return makeError(ErrorCode::NotFound, QStringLiteral("%1 %2").arg(def.name, id));
        m_taken[def.name].insert(id);
        if (!isDirectory(def))
            m_pending.push_back({&def, id});
        for (const EntityReference &ref : EntityReferences::of(def)) {
            const QVariant target = fields->value(ref.field);
            if (!target.isNull() && !target.toString().isEmpty())
                LINTAS_TRY(take(*ref.target, target.toString()));
        }
        return {};
    }

    // Takes the records below every record taken so far, until nothing new turns up.
    Status takeChildren()
    {
        while (!m_pending.isEmpty()) {
            const auto [parent, parentId] = m_pending.takeFirst();
            for (const repo::EntityDef *def : repo::allEntityDefs()) {
                if (def->name == QLatin1String("case"))
                    continue; // the client's other cases stay home
                for (const EntityReference &ref : EntityReferences::of(*def)) {
                    if (ref.target != parent)
                        continue;
                    QString sql = QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(def->table, ref.field);
                    if (def->field(QStringLiteral("deleted")))
                        sql += QStringLiteral(" AND coalesce(deleted, 0) = 0");
                    const bool hasCase = def->field(QStringLiteral("case_id")) != nullptr;
                    if (hasCase)
                        sql += QStringLiteral(" AND case_id = ?");
                    LINTAS_TRY_ASSIGN(const QStringList ids, childIds(sql, parentId, hasCase));
                    for (const QString &id : ids)
                        LINTAS_TRY(take(*def, id));
                }
            }
        }
        return {};
    }

    // The statement is finished before any child is taken (taking prepares statements of its own).
    Result<QStringList> childIds(const QString &sql, const QString &parentId, bool hasCase)
    {
        LINTAS_TRY_ASSIGN(auto st, m_db.prepare(sql));
        st.bind(1, parentId);
        if (hasCase)
            st.bind(2, m_caseId);
        return st.textColumn();
    }

    QVector<RecordRef> records() const
    {
        QVector<RecordRef> out;
        for (const repo::EntityDef *def : repo::allEntityDefs()) {
            QStringList ids(m_taken.value(def->name).cbegin(), m_taken.value(def->name).cend());
            ids.sort();
            for (const QString &id : std::as_const(ids))
                out.push_back({def, id});
        }
        return out;
    }

private:
    struct Pending {
        const repo::EntityDef *def;
        QString id;
    };
    store::Database &m_db;
    QString m_caseId;
    QHash<QString, QSet<QString>> m_taken;
    QList<Pending> m_pending;
};

} // namespace

Result<QVector<RecordRef>> CaseRecords::collect(store::Database &db, const QString &caseId)
{
    Collector collector(db, caseId);
    LINTAS_TRY(collector.take(*repo::entityDefByName(QStringLiteral("case")), caseId));
    LINTAS_TRY(collector.takeChildren());
    return collector.records();
}

} // namespace lintas::transfer
