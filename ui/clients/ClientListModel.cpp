#include "clients/ClientListModel.h"

#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "repo/Workspace.h"

#include <QScopedValueRollback>

#include <algorithm>

namespace lintas::ui {

ClientListModel::ClientListModel(repo::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent),
      m_workspace(workspace),
      m_query(workspace),
      m_language(LanguageManager::codeListLanguage())
{
    load();
}

void ClientListModel::setSearchText(const QString &text)
{
    const TypedSearch::Change change = m_search.update(text);
    if (change == TypedSearch::Change::Search)
        load();
    else if (change == TypedSearch::Change::HintOnly)
        emit loaded(); // the list stays; its message changes
}

void ClientListModel::reload()
{
    load();
}

void ClientListModel::reloadKeeping(int atLeast)
{
    const int fetched = std::max(atLeast, int(m_rows.size()));
    load();
    while (m_rows.size() < std::min(fetched, m_total) && canFetchMore({}))
        fetchMore({});
}

bool ClientListModel::refreshClient(const QString &clientId)
{
    const int row = rowOf(clientId);
    if (row < 0)
        return false;
    auto fresh = m_query.byIds({clientId});
    if (!fresh.ok())
        return true; // the row stays as it was; the next reload says what is wrong
    if (fresh->isEmpty()) {
        const QScopedValueRollback<bool> changing(m_changing, true);
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        --m_total;
        endRemoveRows();
        emit loaded(); // the count changed
        return true;
    }
    // Where it is, even when a new name would sort it elsewhere: the list does not jump under
    // the user. The next full reload puts it in order.
    m_rows[row] = fresh->first();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int ClientListModel::rowOf(const QString &clientId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].client.id == clientId)
            return i;
    }
    return -1;
}

void ClientListModel::retranslate()
{
    m_language = LanguageManager::codeListLanguage();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const repo::ClientListRow *ClientListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

void ClientListModel::load()
{
    {
        const QScopedValueRollback<bool> changing(m_changing, true);
        resetRows();
    }
    emit loaded();
}

void ClientListModel::resetRows()
{
    beginResetModel();
    m_rows.clear();
    m_cursor = {};
    m_total = 0;
    m_searchTruncated = false;
    m_loadError.reset();
    if (m_search.text().isEmpty()) {
        // Rows arrive through fetchMore(), page by page, as the view asks for them.
        auto count = m_query.count();
        if (count.ok())
            m_total = *count;
        else
            m_loadError = count.error();
    } else if (lintas::Status status = loadSearchResults(); !status.ok()) {
        m_rows.clear();
        m_loadError = status.error();
    }
    endResetModel();
}

lintas::Status ClientListModel::loadSearchResults()
{
    search::SearchIndex::Query query;
    query.text = m_search.text();
    query.limit = maxSearchResults() + 1; // one more than shown, to know whether there are more
    query.excerpts = false; // the list shows its own columns
    query.kinds = {QStringLiteral("client")};
    auto hits = m_workspace.search(query);
    if (!hits.ok())
        return hits.error();
    m_searchTruncated = hits->size() > maxSearchResults();
    QStringList ids;
    for (int i = 0; i < std::min<int>(int(hits->size()), maxSearchResults()); ++i) {
        const QString &id = hits->at(i).entityId;
        if (!ids.contains(id))
            ids << id;
    }
    auto rows = m_query.byIds(ids);
    if (!rows.ok())
        return rows.error();
    m_rows = *rows;
    m_total = int(m_rows.size());
    return {};
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ClientListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_search.text().isEmpty() && m_rows.size() < m_total;
}

void ClientListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    const int first = int(m_rows.size());
    // Each page starts after the last row shown, so scrolling deep stays as fast as the first page.
    repo::ClientListCursor cursor = m_cursor;
    auto page = m_query.page(std::min(pageSize(), m_total - first), cursor);
    if (!page.ok() || page->isEmpty()) {
        // A failed page, or clients deleted since counting: stop asking for more.
        if (!page.ok())
            m_loadError = page.error();
        m_total = first;
        emit loaded();
        return;
    }
    beginInsertRows(QModelIndex(), first, first + int(page->size()) - 1);
    m_rows += *page;
    m_cursor = cursor;
    endInsertRows();
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const repo::ClientListRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Home || index.column() == Aliases)
            return displayText(row, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Cases)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QString ClientListModel::displayText(const repo::ClientListRow &row, int column) const
{
    const domain::Client &c = row.client;
    switch (column) {
    case Name:
        return c.fullName;
    case Aliases:
        return c.aliases.join(QStringLiteral(", "));
    case Home: {
        QStringList parts;
        for (const QString &part : {c.village, c.regency}) {
            if (!part.trimmed().isEmpty())
                parts << part.trimmed();
        }
        return parts.join(QStringLiteral(", "));
    }
    case NowIn: {
        const QString country
            = c.currentCountry.isEmpty() ? QString() : domain::jurisdictions().label(c.currentCountry, m_language);
        if (c.currentCity.isEmpty())
            return country;
        return country.isEmpty() ? c.currentCity : QStringLiteral("%1 (%2)").arg(country, c.currentCity);
    }
    case Status:
        return c.status.isEmpty() ? QString() : domain::clientStatuses().label(c.status, m_language);
    case Cases:
        return row.caseCount > 0 ? QString::number(row.caseCount) : QString();
    default:
        return {};
    }
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Aliases:
        return tr("Other names");
    case Home:
        return tr("Home (village, regency)");
    case NowIn:
        return tr("Now in");
    case Status:
        return tr("Status");
    case Cases:
        return tr("Cases");
    default:
        return {};
    }
}

} // namespace lintas::ui
