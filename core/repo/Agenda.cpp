#include "repo/Agenda.h"

#include "store/Database.h"
#include "store/Statement.h"

namespace lintas::repo {

namespace {

QString kindTerm(Agenda::Kinds kinds)
{
    return kinds == Agenda::Kinds::Tasks ? QStringLiteral("d.kind = 'task'")
                                         : QStringLiteral("coalesce(d.kind, '') <> 'task'");
}

// The open deadlines of live cases (or tasks), without a bound on the date yet.
QString openOfLiveCases(Agenda::Kinds kinds)
{
    return QStringLiteral("FROM deadlines d JOIN cases c ON c.id = d.case_id "
                          "WHERE d.done_on IS NULL AND coalesce(d.deleted, 0) = 0 "
                          "AND coalesce(c.deleted, 0) = 0 AND coalesce(c.status, '') <> 'closed' AND %1")
        .arg(kindTerm(kinds));
}

// Appends up to `limit` items whose date matches `dueTerm` (binding `dates`), in index order.
Status selectDue(store::Database &db, Agenda::Kinds kinds, const QString &dueTerm, const QString &order,
    const QStringList &dates, int limit, QVector<AgendaItem> &items)
{
    LINTAS_TRY_ASSIGN(auto st,
        db.prepare(QStringLiteral("SELECT d.id, d.case_id, c.reference, "
                                  "(SELECT full_name FROM clients WHERE id = c.client_id), d.kind, d.title, "
                                  "d.due_on, d.assignee, d.source %1 AND %2 ORDER BY %3 LIMIT ?")
                       .arg(openOfLiveCases(kinds), dueTerm, order)));
    int n = 0;
    for (const QString &date : dates)
        st.bind(++n, date);
    st.bind(++n, limit);
    return st.forEachRow([&] {
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
    });
}

} // namespace

// Two walks of the partial index deadlines_due in date order, each stopping at `limit`: sorting
// every open item up to `until` (22,000 on the large benchmark profile, most of them long
// overdue) took 2 s per call. Items due the same day come in the order they were recorded.
Result<QVector<AgendaItem>> Agenda::due(Kinds kinds, const QDate &today, const QDate &until, int limit)
{
    const QString day = today.toString(Qt::ISODate);
    QVector<AgendaItem> items;
    LINTAS_TRY(selectDue(m_db, kinds, QStringLiteral("d.due_on >= ? AND d.due_on <= ?"), QStringLiteral("d.due_on"),
        {day, until.toString(Qt::ISODate)}, limit, items));
    if (items.size() < limit) {
        LINTAS_TRY(selectDue(m_db, kinds, QStringLiteral("d.due_on < ?"), QStringLiteral("d.due_on DESC"), {day},
            limit - int(items.size()), items));
    }
    return items;
}

// From the index deadlines_agenda alone; the cases that are closed or deleted are looked up once
// in the narrow case_list_keys rather than one case row per deadline.
Result<AgendaCounts> Agenda::counts(Kinds kinds, const QDate &today, const QDate &until)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(
            QStringLiteral("SELECT coalesce(sum(d.due_on < ?), 0), coalesce(sum(d.due_on >= ?), 0) "
                           "FROM deadlines d WHERE d.done_on IS NULL AND d.due_on <= ? "
                           "AND coalesce(d.deleted, 0) = 0 AND %1 AND d.case_id NOT IN "
                           "(SELECT id FROM case_list_keys WHERE deleted <> 0 OR coalesce(status, '') = 'closed')")
                .arg(kindTerm(kinds))));
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
