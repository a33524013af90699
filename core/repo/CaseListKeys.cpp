#include "repo/CaseListKeys.h"

#include "repo/EntityDef.h"
#include "store/Database.h"
#include "sync/Change.h"

#include <QHash>

namespace lintas::repo {

namespace {

// One statement computes a case's keys from the synced tables, so refresh and rebuild agree. It
// writes only when something changed: most edits (a note on a deadline, a case's strategy) leave
// the keys alone, and rewriting the row would update both of its indexes for nothing.
QString keysSelect(const QString &where)
{
    return QStringLiteral(
        "INSERT OR REPLACE INTO case_list_keys (id, status, risk, deleted, client_id, client_name, next_due) "
        "SELECT * FROM (SELECT c.id AS id, c.status AS status, c.risk AS risk, coalesce(c.deleted, 0) AS deleted, "
        "c.client_id AS client_id, coalesce(cl.full_name, '') AS client_name, "
        "coalesce((SELECT min(d.due_on) FROM deadlines d WHERE d.case_id = c.id AND d.done_on IS NULL "
        "AND coalesce(d.deleted, 0) = 0), '%1') AS next_due "
        "FROM cases c LEFT JOIN clients cl ON cl.id = c.client_id WHERE %2) v "
        "WHERE NOT EXISTS (SELECT 1 FROM case_list_keys k WHERE k.id = v.id AND k.status IS v.status "
        "AND k.risk IS v.risk AND k.deleted = v.deleted AND k.client_id IS v.client_id "
        "AND k.client_name = v.client_name AND k.next_due = v.next_due)")
        .arg(CaseListKeys::noDeadline(), where);
}

Status refreshWhere(store::Database &db, const QString &where, const QString &id)
{
    auto st = db.prepare(keysSelect(where));
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    return st->exec();
}

} // namespace

bool CaseListKeys::affectedBy(const EntityDef &def, const sync::Change &change, bool created)
{
    // The fields keysSelect() reads, per entity.
    static const QHash<QString, QStringList> keyFields {
        {QStringLiteral("case"),
            {QStringLiteral("status"), QStringLiteral("risk"), QStringLiteral("deleted"), QStringLiteral("client_id")}},
        {QStringLiteral("client"), {QStringLiteral("full_name")}},
        {QStringLiteral("deadline"),
            {QStringLiteral("due_on"), QStringLiteral("done_on"), QStringLiteral("deleted"),
                QStringLiteral("case_id")}},
    };
    const auto fields = keyFields.constFind(def.name);
    if (fields == keyFields.cend())
        return false;
    if (created)
        return true;
    for (const QString &f : *fields) {
        if (change.fields.contains(f))
            return true;
    }
    return false;
}

Status CaseListKeys::refreshCase(store::Database &db, const QString &caseId)
{
    return refreshWhere(db, QStringLiteral("c.id = ?"), caseId);
}

Status CaseListKeys::refreshAfterWrite(store::Database &db, const EntityDef &def, const QString &id)
{
    if (def.name == QStringLiteral("case"))
        return refreshCase(db, id);
    if (def.name == QStringLiteral("client"))
        return refreshWhere(db, QStringLiteral("c.client_id = ?"), id);
    if (def.name == QStringLiteral("deadline"))
        return refreshWhere(db, QStringLiteral("c.id = (SELECT case_id FROM deadlines WHERE id = ?)"), id);
    return {};
}

Status CaseListKeys::rebuild(store::Database &db)
{
    LINTAS_TRY(db.execScript(QStringLiteral("DELETE FROM case_list_keys;")));
    return db.execScript(keysSelect(QStringLiteral("1")) + QLatin1Char(';'));
}

} // namespace lintas::repo
