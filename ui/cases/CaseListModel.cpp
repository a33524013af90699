#include "cases/CaseListModel.h"

#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "repo/CasePageRead.h"
#include "repo/Workspace.h"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QScopedValueRollback>

#include <algorithm>
#include <functional>

namespace lintas::ui {

namespace {

const QColor kOverdue(0xb3, 0x26, 0x1e);

} // namespace

CaseListModel::CaseListModel(repo::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent),
      m_workspace(workspace),
      m_readAhead(workspace.database()),
      m_language(LanguageManager::codeListLanguage())
{
    load();
}

void CaseListModel::setSearchText(const QString &text)
{
    const TypedSearch::Change change = m_search.update(text);
    if (change == TypedSearch::Change::Search)
        load();
    else if (change == TypedSearch::Change::HintOnly)
        emit loaded(); // the list stays; its message changes
}

void CaseListModel::setFilter(const repo::CaseFilter &filter)
{
    m_filter = filter;
    load();
}

bool CaseListModel::isSortable(int column)
{
    return column == Reference || column == Client || column == OpenedOn || column == NextDeadline;
}

Qt::SortOrder CaseListModel::naturalOrder(int column)
{
    return column == OpenedOn ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void CaseListModel::setSortColumn(int column)
{
    const int sortColumn = isSortable(column) ? column : -1;
    if (sortColumn == m_sortColumn)
        return;
    m_sortColumn = sortColumn;
    load();
}

void CaseListModel::reload()
{
    load();
}

void CaseListModel::retranslate()
{
    m_locale = QLocale();
    m_language = LanguageManager::codeListLanguage(m_locale);
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const repo::CaseListRow *CaseListModel::caseAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

void CaseListModel::load()
{
    {
        const QScopedValueRollback<bool> changing(m_changing, true);
        resetRows();
    }
    emit loaded();
}

void CaseListModel::resetRows()
{
    m_readAhead.cancel();
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_searchTruncated = false;
    m_loadError.reset();
    if (m_search.text().isEmpty()) {
        // Rows arrive through fetchMore(), page by page, as the view asks for them.
        auto count = m_workspace.cases().count(m_filter);
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

lintas::Status CaseListModel::loadSearchResults()
{
    search::SearchIndex::Query query;
    query.text = m_search.text();
    query.limit = maxSearchResults() + 1; // one more than shown, to know whether there are more
    query.excerpts = false; // the list shows its own columns
    query.kinds = {QStringLiteral("case")};
    auto hits = m_workspace.search(query);
    if (!hits.ok())
        return hits.error();
    m_searchTruncated = hits->size() > maxSearchResults();

    // Hits carry ids only. The list rows (client name, next deadline, case types) come from the
    // repository in one query, which keeps the filter and the row shape identical to the
    // unsearched list.
    QHash<QString, int> rank;
    repo::CaseFilter filter = m_filter;
    for (int i = 0; i < std::min<int>(int(hits->size()), maxSearchResults()); ++i) {
        const QString &id = hits->at(i).entityId;
        if (!rank.contains(id)) {
            rank.insert(id, i);
            filter.ids << id;
        }
    }
    if (filter.ids.isEmpty())
        return {};
    auto rows = m_workspace.cases().list(filter, repo::CaseSort::Reference, maxSearchResults());
    if (!rows.ok())
        return rows.error();
    m_rows = std::move(*rows);
    std::stable_sort(m_rows.begin(), m_rows.end(), [&rank](const repo::CaseListRow &a, const repo::CaseListRow &b) {
        return rank.value(a.id) < rank.value(b.id);
    });
    sortInMemory();
    m_total = int(m_rows.size());
    return {};
}

repo::CaseSort CaseListModel::repositorySort() const
{
    switch (m_sortColumn) {
    case Reference:
        return repo::CaseSort::Reference;
    case Client:
        return repo::CaseSort::ClientName;
    case OpenedOn:
        return repo::CaseSort::RecentlyOpened;
    case NextDeadline:
        return repo::CaseSort::NextDeadline;
    default:
        return repo::CaseSort::RecentlyUpdated;
    }
}

// The same orders as repositorySort(), for search results (which are all in memory).
void CaseListModel::sortInMemory()
{
    using Row = repo::CaseListRow;
    std::function<bool(const Row &, const Row &)> before;
    switch (m_sortColumn) {
    case Reference:
        before = [](const Row &a, const Row &b) { return a.reference < b.reference; };
        break;
    case Client:
        before = [](const Row &a, const Row &b) {
            return QString::compare(a.clientName, b.clientName, Qt::CaseInsensitive) < 0;
        };
        break;
    case OpenedOn:
        before = [](const Row &a, const Row &b) { return a.openedOn > b.openedOn; };
        break;
    case NextDeadline:
        before = [](const Row &a, const Row &b) {
            if (a.nextDeadline.isValid() != b.nextDeadline.isValid())
                return a.nextDeadline.isValid();
            return a.nextDeadline < b.nextDeadline;
        };
        break;
    default:
        return; // best match first, as found
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), before);
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_search.text().isEmpty() && m_rows.size() < m_total;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    const int first = int(m_rows.size());
    // Each page starts after the last row shown, so scrolling deep stays as fast as the first page.
    const repo::CasePageQuery query = nextPageQuery();
    std::optional<QVector<repo::CaseListRow>> ahead = m_readAhead.take(query);
    auto page = ahead ? Result<QVector<repo::CaseListRow>>(std::move(*ahead))
                      : repo::readCasePage(m_workspace.database(), query);
    if (!page.ok() || page->isEmpty()) {
        // A failed page, or cases deleted since counting: stop asking for more.
        if (!page.ok())
            m_loadError = page.error();
        m_total = first;
        emit loaded();
        return;
    }
    beginInsertRows(QModelIndex(), first, first + int(page->size()) - 1);
    m_rows += *page;
    endInsertRows();
    if (!ahead) // not reading ahead (any more): start after this page
        readAhead();
}

void CaseListModel::readAhead()
{
    if (m_rows.isEmpty() || m_rows.size() >= m_total)
        return;
    m_readAhead.start(m_rows.last().cursor, int(m_rows.size()), pageAfter());
}

repo::CasePageQuery CaseListModel::nextPageQuery() const
{
    return pageAfter()(m_rows.isEmpty() ? repo::CaseListCursor {} : m_rows.last().cursor, int(m_rows.size()));
}

repo::CasePageReadAhead::NextPage CaseListModel::pageAfter() const
{
    // Also called on the read-ahead's worker thread: it holds copies of the model's state, never the model.
    return [cases = &m_workspace.cases(), filter = m_filter, sort = repositorySort(), total = m_total](
               const repo::CaseListCursor &after, int rowsBefore) {
        return rowsBefore >= total ? repo::CasePageQuery {}
                                   : cases->pageQuery(filter, sort, std::min(pageSize(), total - rowsBefore), 0, after);
    };
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const repo::CaseListRow &row = m_rows[index.row()];
    // Only where it shows: today() converts the clock to local time, and a repaint asks every
    // visible cell for a dozen roles.
    auto overdue
        = [&] { return index.column() == NextDeadline && row.nextDeadline.isValid() && row.nextDeadline < today(); };
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Client)
            return row.title.isEmpty() ? row.clientName : row.clientName + QLatin1Char('\n') + row.title;
        if (index.column() == CaseTypes)
            return caseTypeLabels(row);
        if (overdue())
            return tr("Overdue");
        return {};
    case Qt::ForegroundRole:
        if (overdue())
            return kOverdue;
        return {};
    default:
        return {};
    }
}

QString CaseListModel::displayText(const repo::CaseListRow &row, int column) const
{
    const QString dateFormat = QStringLiteral("d MMM yyyy");
    switch (column) {
    case Reference:
        return row.reference;
    case Client:
        return row.clientName;
    case Status:
        return domain::caseStatuses().label(row.status, m_language);
    case CaseTypes:
        return caseTypeLabels(row);
    case OpenedOn:
        return row.openedOn.isValid() ? m_locale.toString(row.openedOn, dateFormat) : QString();
    case NextDeadline:
        return row.nextDeadline.isValid() ? m_locale.toString(row.nextDeadline, dateFormat) : QString();
    default:
        return {};
    }
}

QString CaseListModel::caseTypeLabels(const repo::CaseListRow &row) const
{
    QStringList labels;
    for (const QString &code : row.caseTypes)
        labels << domain::caseTypes().label(code, m_language);
    return labels.join(QStringLiteral(", "));
}

QDate CaseListModel::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).date();
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return tr("Reference");
    case Client:
        return tr("Client");
    case Status:
        return tr("Status");
    case CaseTypes:
        return tr("Case types");
    case OpenedOn:
        return tr("Opened");
    case NextDeadline:
        return tr("Next deadline");
    default:
        return {};
    }
}

} // namespace lintas::ui
