#pragma once

#include "base/Error.h"
#include "domain/CodeList.h"
#include "repo/CaseQuery.h"

#include "common/RowSyncModel.h"
#include <QVector>

#include <optional>

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// A client's cases, newest opened first.
class ClientCasesModel : public RowSyncModel<repo::CaseListRow> {
    Q_OBJECT

public:
    enum Column { Reference, Types, Status, OpenedOn, ColumnCount };

    explicit ClientCasesModel(repo::Workspace &workspace, QObject *parent = nullptr);

    void setClient(const QString &clientId);
    void reload();
    // Re-reads her cases and updates the rows one by one: the chosen case stays chosen.
    void refresh();
    void retranslate();
    const repo::CaseListRow *caseAt(int row) const;
    const std::optional<Error> &loadError() const { return m_loadError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const repo::CaseListRow &row, int column) const;

    repo::Workspace &m_workspace;
    QString m_clientId;
    QVector<repo::CaseListRow> m_cases;
    std::optional<Error> m_loadError;
    domain::Language m_language;
};

} // namespace lintas::ui
