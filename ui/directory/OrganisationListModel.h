#pragma once

#include "base/Result.h"
#include "domain/CodeList.h"
#include "repo/OrganisationRepository.h"

#include <QAbstractTableModel>
#include <QVector>

#include <optional>

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// The organisation directory as a list: name, kind, country and town, filtered by country,
// kind and words. A directory holds tens to a few hundred entries, so a query returns them all
// (at most maxRows()), A to Z.
class OrganisationListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Kind, Country, City, ColumnCount };

    explicit OrganisationListModel(repo::Workspace &workspace, QObject *parent = nullptr);

    static constexpr int maxRows() { return 2000; }

    void setFilter(const repo::OrganisationFilter &filter);
    const repo::OrganisationFilter &filter() const { return m_filter; }
    void reload();
    void retranslate();

    const std::optional<Error> &loadError() const { return m_loadError; }
    const domain::Organisation *organisationAt(int row) const;
    int rowOf(const QString &organisationId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();

private:
    repo::Workspace &m_workspace;
    repo::OrganisationFilter m_filter;
    QVector<domain::Organisation> m_rows;
    std::optional<Error> m_loadError;
    domain::Language m_language = domain::Language::Indonesian;
};

} // namespace lintas::ui
