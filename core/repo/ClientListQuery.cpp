#include "repo/ClientListQuery.h"
#include "repo/Placeholders.h"

#include "repo/Workspace.h"

#include <QHash>

#include <algorithm>

namespace lintas::repo {

namespace {

QVector<ClientListRow> rowsOf(const QVector<domain::Client> &clients)
{
    QVector<ClientListRow> rows;
    rows.reserve(clients.size());
    for (const domain::Client &c : clients)
        rows.push_back({c, 0});
    return rows;
}

} // namespace

Result<QVector<domain::Client>> ClientListQuery::clients(const QString &where, const QVariantList &binds, int limit)
{
    return m_workspace.clients().select(QStringLiteral("coalesce(t.deleted, 0) = 0") + where, binds,
        QStringLiteral("t.full_name COLLATE NOCASE, t.rowid"), limit);
}

Result<QVector<ClientListRow>> ClientListQuery::page(int limit, ClientListCursor &after)
{
    auto found = after.isValid()
        // The rest of the clients with the cursor's name, then those after it.
        ? clients(QStringLiteral(" AND t.full_name COLLATE NOCASE = ? AND t.rowid > ?"),
            QVariantList {after.name, after.rowid}, limit)
        : clients({}, {}, limit);
    if (!found.ok())
        return found.error();
    if (after.isValid() && found->size() < limit) {
        auto next = clients(QStringLiteral(" AND t.full_name COLLATE NOCASE > ?"), QVariantList {after.name},
            limit - int(found->size()));
        if (!next.ok())
            return next.error();
        *found += *next;
    }
    if (!found->isEmpty()) {
        auto rowid = m_workspace.database().prepare(QStringLiteral("SELECT rowid FROM clients WHERE id = ?"));
        if (!rowid.ok())
            return rowid.error();
        rowid->bind(1, found->last().id);
        auto row = rowid->step();
        if (!row.ok())
            return row.error();
        if (row.value())
            after = {found->last().fullName, rowid->int64(0)};
    }
    QVector<ClientListRow> rows = rowsOf(*found);
    LINTAS_TRY(addCaseCounts(rows));
    return rows;
}

Result<int> ClientListQuery::count()
{
    return m_workspace.clients().count();
}

Result<QVector<ClientListRow>> ClientListQuery::byIds(const QStringList &ids)
{
    if (ids.isEmpty())
        return QVector<ClientListRow> {};
    QVariantList binds;
    for (const QString &id : ids)
        binds << id;
    auto clients = m_workspace.clients().select(
        QStringLiteral("t.id IN (%1) AND coalesce(t.deleted, 0) = 0").arg(placeholders(ids.size())), binds, {});
    if (!clients.ok())
        return clients.error();
    QHash<QString, int> position;
    for (int i = 0; i < ids.size(); ++i)
        position.insert(ids[i], i);
    std::sort(clients->begin(), clients->end(), [&position](const domain::Client &a, const domain::Client &b) {
        return position.value(a.id) < position.value(b.id);
    });
    QVector<ClientListRow> rows = rowsOf(*clients);
    LINTAS_TRY(addCaseCounts(rows));
    return rows;
}

Status ClientListQuery::addCaseCounts(QVector<ClientListRow> &rows)
{
    if (rows.isEmpty())
        return {};
    QVariantList binds;
    for (const ClientListRow &row : rows)
        binds << row.client.id;
    auto st = m_workspace.database().prepare(
        QStringLiteral("SELECT client_id, count(*) FROM cases WHERE client_id IN (%1) AND coalesce(deleted, 0) = 0 "
                       "GROUP BY client_id")
            .arg(placeholders(rows.size())));
    if (!st.ok())
        return st.error();
    for (int i = 0; i < binds.size(); ++i)
        st->bindValue(i + 1, binds[i]);
    QHash<QString, int> counts;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        counts.insert(st->text(0), int(st->int64(1)));
    }
    for (ClientListRow &row : rows)
        row.caseCount = counts.value(row.client.id);
    return {};
}

} // namespace lintas::repo
