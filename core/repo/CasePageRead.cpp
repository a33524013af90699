#include "repo/CasePageRead.h"

#include "repo/CaseListKeys.h"
#include "repo/EntityMappings.h"
#include "repo/EntityTable.h"
#include "store/Database.h"

namespace lintas::repo {

Result<QVector<CaseListRow>> readCasePage(store::Database &db, const CasePageQuery &query)
{
    auto st = db.prepare(query.sql);
    if (!st.ok())
        return st.error();
    int i = 1;
    for (const QVariant &b : query.binds)
        st->bindValue(i++, b);
    QVector<CaseListRow> rows;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        CaseListRow r;
        r.id = st->text(0);
        r.reference = st->text(1);
        r.clientId = st->text(2);
        r.clientName = st->text(3);
        r.title = st->text(4);
        r.status = st->text(5);
        r.risk = st->text(6);
        r.safetyFlag = st->int64(7) != 0;
        r.openedOn = QDate::fromString(st->text(8), Qt::ISODate);
        if (const QString due = st->text(9); due != CaseListKeys::noDeadline())
            r.nextDeadline = QDate::fromString(due, Qt::ISODate);
        r.updatedAt = st->int64(10);
        for (int k = 0; k < query.sortTerms; ++k)
            r.cursor.key << st->value(11 + k);
        rows.push_back(r);
    }
    QStringList ids;
    for (const CaseListRow &r : std::as_const(rows))
        ids << r.id;
    auto types = EntityTable(db, caseMapping().def).liveElements(ids, QStringLiteral("case_types"));
    if (!types.ok())
        return types.error();
    for (CaseListRow &r : rows)
        r.caseTypes = types->value(r.id);
    return rows;
}

} // namespace lintas::repo
