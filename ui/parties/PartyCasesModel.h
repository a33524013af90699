#pragma once

#include "domain/CodeList.h"
#include "repo/PartyRepository.h"

#include <QAbstractTableModel>
#include <QVector>

namespace lintas::ui {

// The cases one party is linked to: reference, client, status and the party's role in each.
class PartyCasesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Reference, Client, Status, Role, ColumnCount };

    explicit PartyCasesModel(QObject *parent = nullptr);

    void setRows(const QVector<repo::PartyCaseRow> &rows);
    const repo::PartyCaseRow *caseAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<repo::PartyCaseRow> m_rows;
    domain::Language m_language = domain::Language::Indonesian;
};

} // namespace lintas::ui
