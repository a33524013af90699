#include "repo/Agenda.h"

#include "store/Database.h"
#include "store/Statement.h"

namespace lintas::repo {

namespace {

// The open deadlines of live cases; walks the partial index deadlines_due (open ones only),
// so the cost follows what is due, not how many deadlines were ever recorded.
QString openOfLiveCases(Agenda::Kinds kinds)
{
    return QStringLiteral("FROM deadlines d JOIN cases c ON c.id = d.case_id "
                          "WHERE d.done_on IS NULL AND d.due_on <= ? AND coalesce(d.deleted, 0) = 0 "
                          "AND coalesce(c.deleted, 0) = 0 AND coalesce(c.status, '') <> 'closed' AND %1")
        .arg(kinds == Agenda::Kinds::Tasks ? QStringLiteral("d.kind = 'task'")
                                           : QStringLiteral("coalesce(d.kind, '') <> 'task'"));
}

} // namespace

Result<QVector<AgendaItem>> Agenda::due(Kinds kinds, const QDate &today, const QDate &until, int limit)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("SELECT d.id, d.case_id, c.reference, "
                                    "(SELECT full_name FROM clients WHERE id = c.client_id), d.kind, d.title, "
                                    "d.due_on, d.assignee, d.source %1 ORDER BY d.due_on < ?, "
                                    "CASE WHEN d.due_on >= ? THEN d.due_on END, d.due_on DESC, d.id LIMIT ?")
                         .arg(openOfLiveCases(kinds))));
    const QString day = today.toString(Qt::ISODate);
    st.bind(1, until.toString(Qt::ISODate)).bind(2, day).bind(3, day).bind(4, limit);
    QVector<AgendaItem> items;
    LINTAS_TRY(st.forEachRow([&] {
        AgendaItem item;
        item.deadlineId = st.text(0);
        item.caseId = st.text(1);
        item.caseReference = st.text(2);
        item.clientName = st.text(3);
        item.kind = st.text(4);
        item.title = st.text(5);
        item.dueOn = QDate::fromString(st.text(6), Qt::ISODate);
        item.assignee = st.text(7);
        item.source = st.text(8);
        items.push_back(std::move(item));
    }));
    return items;
}

Result<AgendaCounts> Agenda::counts(Kinds kinds, const QDate &today, const QDate &until)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("SELECT coalesce(sum(d.due_on < ?), 0), coalesce(sum(d.due_on >= ?), 0) %1")
                         .arg(openOfLiveCases(kinds))));
    const QString day = today.toString(Qt::ISODate);
    st.bind(1, day).bind(2, day).bind(3, until.toString(Qt::ISODate));
    AgendaCounts counts;
    LINTAS_TRY_ASSIGN(const bool row, st.step());
    if (row) {
        counts.overdue = int(st.int64(0));
        counts.coming = int(st.int64(1));
    }
    return counts;
}

} // namespace lintas::repo
