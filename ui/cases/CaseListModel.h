#pragma once

#include "base/Result.h"
#include "common/TypedSearch.h"
#include "domain/CodeList.h"
#include "repo/CasePageReadAhead.h"
#include "repo/CaseQuery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QLocale>
#include <QVector>

#include <optional>

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// The case list, one row per case. Without search text it pages through
// CaseRepository::list() — a hundred rows at a time as the view scrolls (canFetchMore /
// fetchMore), so tens of thousands of cases open instantly; the next pages are read ahead on a
// worker thread, so scrolling into them rarely waits for the disk. With search text it shows the best
// full-text matches (reference, client name, chronology, demands), at most maxSearchResults().
//
// Labels and dates follow the default QLocale; call retranslate() after the language changes.
class CaseListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Reference, Client, Status, CaseTypes, OpenedOn, NextDeadline, ColumnCount };

    explicit CaseListModel(repo::Workspace &workspace, QObject *parent = nullptr);

    static constexpr int pageSize() { return 100; }
    static constexpr int maxSearchResults() { return 200; }

    // The filter bar's choices (status, type, jurisdiction, assignee, deadline, risk); they apply
    // to the full list and to search results alike. Starts over from the first row.
    void setFilter(const repo::CaseFilter &filter);
    const repo::CaseFilter &filter() const { return m_filter; }

    // Empty text lists every case; anything else searches. Starts over from the first row.
    void setSearchText(const QString &text);
    // What is searched for: empty while nothing is, or while the text is too short to search.
    QString searchText() const { return m_search.text(); }
    bool searchNeedsMoreText() const { return m_search.needsMoreText(); }

    // Header sorting: only the columns the repository can order by are sortable, each in its one
    // natural direction (newest opened first, nearest deadline first, A to Z otherwise).
    static bool isSortable(int column);
    static Qt::SortOrder naturalOrder(int column);
    // -1 = the default order: last updated first, or best match first while searching.
    void setSortColumn(int column);
    int sortColumn() const { return m_sortColumn; }

    // Re-reads the cases from the first row.
    void reload();
    // Labels, dates and headers in the current default locale.
    void retranslate();

    // Cases the current query has in all, fetched or not (search: the matches found).
    int totalCount() const { return m_total; }
    // True when a search found more matches than maxSearchResults() and only the best are shown.
    bool searchTruncated() const { return m_searchTruncated; }
    // The last loading failure, until the next successful load.
    const std::optional<Error> &loadError() const { return m_loadError; }
    const repo::CaseListRow *caseAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // After every reload (also after a failed one); totalCount() and loadError() are current.
    void loaded();

private:
    void load();
    void resetRows();
    lintas::Status loadSearchResults();
    QString displayText(const repo::CaseListRow &row, int column) const;
    QString caseTypeLabels(const repo::CaseListRow &row) const;
    QDate today() const;
    repo::CaseSort repositorySort() const;
    repo::CasePageQuery nextPageQuery() const;
    // The query of the page after a given row, the same for the list and its read-ahead.
    repo::CasePageReadAhead::NextPage pageAfter() const;
    void readAhead();
    void sortInMemory();

    repo::Workspace &m_workspace;
    repo::CaseFilter m_filter;
    TypedSearch m_search;
    int m_sortColumn = -1;
    QVector<repo::CaseListRow> m_rows;
    int m_total = 0;
    bool m_searchTruncated = false;
    // True while rows change. Listeners of the change signals may ask for more rows right then
    // (QAbstractItemModelTester does, before its own bookkeeping of the change is done); they
    // get them on their next call, once this change is complete.
    bool m_changing = false;
    std::optional<Error> m_loadError;
    // The pages after the last one fetched, read on a worker while the user looks at these.
    repo::CasePageReadAhead m_readAhead;
    domain::Language m_language = domain::Language::Indonesian;
    QLocale m_locale;
};

} // namespace lintas::ui
