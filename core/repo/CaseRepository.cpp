#include "repo/CaseRepository.h"
#include "repo/Placeholders.h"

#include "domain/CodeLists.h"
#include "repo/CaseListKeys.h"
#include "repo/CaseListSort.h"
#include "repo/CasePageRead.h"
#include "repo/Validation.h"

#include <QDateTime>

namespace lintas::repo {

CaseRepository::CaseRepository(ChangeWriter &writer) : EntityRepository(writer, caseMapping()) { }

void CaseRepository::prepareNew(domain::Case &c)
{
    if (c.createdAt == 0)
        c.createdAt = nowMs();
    if (c.status.isEmpty())
        c.status = QStringLiteral("intake");
    if (!c.openedOn.isValid())
        c.openedOn = QDateTime::fromMSecsSinceEpoch(nowMs()).date();
}

Status CaseRepository::validate(const domain::Case &c)
{
    LINTAS_TRY(validate::exists(db(), QStringLiteral("clients"), c.clientId, QStringLiteral("client_id")));
    LINTAS_TRY(validate::code(domain::caseStatuses(), c.status, QStringLiteral("status"), false));
    LINTAS_TRY(validate::code(domain::caseOutcomes(), c.outcome, QStringLiteral("outcome")));
    LINTAS_TRY(validate::code(domain::riskLevels(), c.risk, QStringLiteral("risk")));
    LINTAS_TRY(validate::codes(domain::caseTypes(), c.caseTypes, QStringLiteral("case_types")));
    LINTAS_TRY(validate::codes(domain::jurisdictions(), c.jurisdictions, QStringLiteral("jurisdictions")));
    LINTAS_TRY(validate::codes(domain::forums(), c.forums, QStringLiteral("forums")));
    return validate::dateOrder(c.openedOn, c.closedOn, QStringLiteral("closed_on"));
}

Status CaseRepository::beforeCreate(domain::Case &c)
{
    if (!c.reference.isEmpty())
        return {};
    auto ref = writer().nextCaseReference();
    if (!ref.ok())
        return ref.error();
    c.reference = *ref;
    return {};
}

Result<bool> CaseRepository::update(const domain::Case &updated)
{
    auto old = get(updated.id);
    if (!old.ok())
        return old.error();
    if (old->status != updated.status && !domain::isAllowedTransition(old->status, updated.status)) {
        return validate::failure(QStringLiteral("status_transition"),
            QStringLiteral("status cannot change from %1 to %2").arg(old->status, updated.status),
            QStringLiteral("status"));
    }
    // Where the case lives changes only by a move (sync/CaseMove.h), which writes these fields
    // itself: a form opened before a move must not move the case back when it is saved.
    domain::Case kept = updated;
    kept.spaceId = old->spaceId;
    kept.spaceName = old->spaceName;
    return EntityRepository::update(kept);
}

Result<domain::Case> CaseRepository::findByReference(const QString &reference)
{
    auto rows
        = select(QStringLiteral("t.reference = ? COLLATE NOCASE"), {reference.trimmed()}, QStringLiteral("t.id"), 1);
    if (!rows.ok())
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("case %1").arg(reference));
    return rows->first();
}

QString CaseRepository::whereClause(const CaseFilter &f, QVariantList &binds, bool onKeys, bool setsFirst) const
{
    QStringList where;
    if (!f.includeDeleted)
        where << QStringLiteral("coalesce(c.deleted, 0) = 0");
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &s : f.statuses) {
            marks << QStringLiteral("?");
            binds << s;
        }
        // "+" keeps SQLite from picking the status index and then sorting every open case:
        // walking the list index in display order and checking the status there stops after a page.
        where << QStringLiteral("+c.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    auto setFilter = [&](const QString &field, const QString &value) {
        if (value.isEmpty())
            return;
        // A page walks cases in display order and stops early: check each one's membership. A
        // count visits every case: start from the members instead (one range of the live-members
        // index), which is 60,000 lookups fewer on a large profile.
        const QString members = QStringLiteral("FROM set_members s WHERE s.entity = 'case' AND s.field = '%1' AND "
                                               "s.element = ? AND s.removed_hlc IS NULL")
                                    .arg(field);
        where << (setsFirst ? QStringLiteral("c.id IN (SELECT s.entity_id %1)").arg(members)
                            : QStringLiteral("EXISTS (SELECT 1 %1 AND s.entity_id = c.id)").arg(members));
        binds << value;
    };
    setFilter(QStringLiteral("case_types"), f.caseType);
    setFilter(QStringLiteral("jurisdictions"), f.jurisdiction);
    setFilter(QStringLiteral("assignees"), f.assignee);
    if (!f.risk.isEmpty()) {
        where << QStringLiteral("c.risk = ?");
        binds << f.risk;
    }
    if (!f.clientId.isEmpty()) {
        where << QStringLiteral("c.client_id = ?");
        binds << f.clientId;
    }
    if (!f.ids.isEmpty()) {
        where << QStringLiteral("c.id IN (%1)").arg(placeholders(f.ids.size()));
        for (const QString &id : f.ids)
            binds << id;
    }
    if (f.deadlineWithinDays >= 0) {
        const QDate limit = QDateTime::fromMSecsSinceEpoch(nowMs()).date().addDays(f.deadlineWithinDays);
        // The earliest open deadline is within the limit exactly when any open deadline is.
        if (onKeys)
            where << QStringLiteral("c.next_due <= ?");
        else
            where << QStringLiteral("EXISTS (SELECT 1 FROM deadlines d WHERE d.case_id = c.id AND d.done_on IS NULL "
                                    "AND coalesce(d.deleted, 0) = 0 AND d.due_on <= ?)");
        binds << limit.toString(Qt::ISODate);
    }
    return where.isEmpty() ? QStringLiteral("1") : where.join(QStringLiteral(" AND "));
}

Result<QVector<CaseListRow>> CaseRepository::list(const CaseFilter &filter, CaseSort sort, int limit, int offset)
{
    return page(filter, sort, limit, offset, {});
}

Result<QVector<CaseListRow>> CaseRepository::listAfter(
    const CaseFilter &filter, CaseSort sort, int limit, const CaseListCursor &after)
{
    return page(filter, sort, limit, 0, after);
}

Result<QVector<CaseListRow>> CaseRepository::page(
    const CaseFilter &filter, CaseSort sort, int limit, int offset, const CaseListCursor &after)
{
    return readCasePage(db(), pageQuery(filter, sort, limit, offset, after));
}

CasePageQuery CaseRepository::pageQuery(
    const CaseFilter &filter, CaseSort sort, int limit, int offset, const CaseListCursor &after) const
{
    const CaseSortSpec spec = caseSortSpec(sort);
    CasePageQuery q;
    q.sortTerms = int(spec.terms.size());
    // Sorting by client name or next deadline walks the narrow case_list_keys table (aliased c:
    // it has the filter columns under the same names) in index order and stops after a page.
    QString where = whereClause(filter, q.binds, spec.onKeys);
    if (!after.key.isEmpty())
        where += QStringLiteral(" AND ") + spec.after(after.key, q.binds);
    // Two steps: choose the page's ids (and sort keys) from narrow indexes, then read the wide
    // rows, the client and the next deadline for those rows only, in the same order.
    const QString pageSql
        = QStringLiteral("SELECT c.id AS id, %1 FROM %2 c WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?")
              .arg(spec.keyColumns(), spec.onKeys ? QStringLiteral("case_list_keys") : QStringLiteral("cases"), where,
                  spec.orderBy());
    QStringList keyColumns;
    for (int i = 0; i < spec.terms.size(); ++i)
        keyColumns << QStringLiteral("page.k%1").arg(i);
    q.sql = QStringLiteral(
        "SELECT c.id, c.reference, c.client_id, cl.full_name, c.title, c.status, c.risk, c.safety_flag, c.opened_on, "
        "k.next_due, c.updated_at, %1 FROM (%2) page CROSS JOIN cases c ON c.id = page.id "
        "LEFT JOIN clients cl ON cl.id = c.client_id LEFT JOIN case_list_keys k ON k.id = c.id ORDER BY %3")
                .arg(keyColumns.join(QStringLiteral(", ")), pageSql, spec.orderBy(QStringLiteral("page")));
    q.binds << qint64(limit) << qint64(offset);
    return q;
}

Result<QStringList> CaseRepository::assignees()
{
    // Hops from one name to the next in the live-members index, then asks for one live case per
    // name: joining every assignment to its case read 74,000 case rows (3 s) on the large
    // benchmark profile, for a dozen names.
    auto st = db().prepare(QStringLiteral(
        "WITH RECURSIVE names(name) AS (SELECT min(element) FROM set_members WHERE entity = 'case' "
        "AND field = 'assignees' AND removed_hlc IS NULL UNION ALL SELECT (SELECT min(element) FROM set_members "
        "WHERE entity = 'case' AND field = 'assignees' AND removed_hlc IS NULL AND element > name) FROM names "
        "WHERE name IS NOT NULL) "
        "SELECT name FROM names WHERE name IS NOT NULL AND EXISTS (SELECT 1 FROM set_members s "
        "JOIN cases c ON c.id = s.entity_id WHERE s.entity = 'case' AND s.field = 'assignees' AND s.element = name "
        "AND s.removed_hlc IS NULL AND coalesce(c.deleted, 0) = 0) ORDER BY name COLLATE NOCASE"));
    if (!st.ok())
        return st.error();
    return st->textColumn();
}

Result<int> CaseRepository::count(const CaseFilter &filter)
{
    QVariantList binds;
    // The narrow keys table has every column a filter reads, so counting never touches case rows.
    const QString where = whereClause(filter, binds, true, true);
    auto st = db().prepare(QStringLiteral("SELECT count(*) FROM case_list_keys c WHERE %1").arg(where));
    if (!st.ok())
        return st.error();
    int i = 1;
    for (const QVariant &b : binds)
        st->bindValue(i++, b);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return static_cast<int>(st->int64(0));
}

} // namespace lintas::repo
