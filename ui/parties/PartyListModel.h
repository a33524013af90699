#pragma once

#include "base/Result.h"
#include "domain/CodeList.h"
#include "repo/PartyRepository.h"

#include <QAbstractTableModel>
#include <QVector>

#include <optional>

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// The parties register, one row per live party, A to Z, each with the number of cases it
// appears in. Rows arrive a page at a time as the view scrolls (canFetchMore / fetchMore), so a
// register of thousands of employers and agencies opens at once.
class PartyListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Kind, Country, LicenceNo, Cases, ColumnCount };

    explicit PartyListModel(repo::Workspace &workspace, QObject *parent = nullptr);

    static constexpr int pageSize() { return 100; }

    // Starts over from the first row.
    void setFilter(const repo::PartyFilter &filter);
    const repo::PartyFilter &filter() const { return m_filter; }
    void reload();
    // Labels and headers in the current language.
    void retranslate();

    int totalCount() const { return m_total; }
    const std::optional<Error> &loadError() const { return m_loadError; }
    const repo::PartyUsage *partyAt(int row) const;
    // The row of `partyId` among the rows fetched so far, fetching further pages while it is
    // not found; -1 when the filter does not list it.
    int rowOf(const QString &partyId);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // After every reload (also a failed one): totalCount() and loadError() are current.
    void loaded();

private:
    repo::Workspace &m_workspace;
    repo::PartyFilter m_filter;
    QVector<repo::PartyUsage> m_rows;
    int m_total = 0;
    // True while rows change: a listener asking for more rows right then gets them next time.
    bool m_changing = false;
    std::optional<Error> m_loadError;
    domain::Language m_language = domain::Language::Indonesian;
};

} // namespace lintas::ui
