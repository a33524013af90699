#pragma once

#include "base/Result.h"
#include "common/TypedSearch.h"
#include "domain/CodeList.h"
#include "repo/ClientListQuery.h"

#include <QAbstractTableModel>
#include <QVector>

#include <optional>

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// Every client, one row each. Without search text it pages through the clients A to Z, a hundred
// rows at a time as the view scrolls (canFetchMore / fetchMore), so fifty thousand clients open
// instantly. With search text it shows the best matches on names, other names, phone numbers,
// NIK, passport and village, at most maxSearchResults().
//
// Labels follow the default QLocale; call retranslate() after the language changes.
class ClientListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Aliases, Home, NowIn, Status, Cases, ColumnCount };

    explicit ClientListModel(repo::Workspace &workspace, QObject *parent = nullptr);

    static constexpr int pageSize() { return 100; }
    static constexpr int maxSearchResults() { return 200; }

    // Empty text lists every client; anything else searches. Starts over from the first row.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search.text(); }
    bool searchNeedsMoreText() const { return m_search.needsMoreText(); }
    void reload();
    // Re-reads the rows, fetching again as many as were fetched before (and at least `atLeast`),
    // so a view keeps its place in a long list.
    void reloadKeeping(int atLeast = 0);
    // Re-reads one client's row where it is shown, without touching the other rows (a client
    // deleted meanwhile is taken out). False when she is not among the rows fetched so far.
    bool refreshClient(const QString &clientId);
    int rowOf(const QString &clientId) const;
    void retranslate();

    int totalCount() const { return m_total; }
    bool searchTruncated() const { return m_searchTruncated; }
    const std::optional<Error> &loadError() const { return m_loadError; }
    const repo::ClientListRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // After every reload (also a failed one); totalCount() and loadError() are current.
    void loaded();

private:
    void load();
    void resetRows();
    lintas::Status loadSearchResults();
    QString displayText(const repo::ClientListRow &row, int column) const;

    repo::Workspace &m_workspace;
    repo::ClientListQuery m_query;
    TypedSearch m_search;
    QVector<repo::ClientListRow> m_rows;
    repo::ClientListCursor m_cursor; // where the rows fetched so far end
    int m_total = 0;
    bool m_searchTruncated = false;
    // True while rows change: views asking for more rows from inside a change signal get them on
    // their next call (see CaseListModel).
    bool m_changing = false;
    std::optional<Error> m_loadError;
    domain::Language m_language = domain::Language::Indonesian;
};

} // namespace lintas::ui
