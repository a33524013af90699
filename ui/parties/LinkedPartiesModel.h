#pragma once

#include "domain/CodeList.h"
#include "repo/PartyRepository.h"

#include <QAbstractTableModel>
#include <QVector>

namespace lintas::ui {

// The parties linked to one case: name, kind, role in this case and how many cases it is in.
class LinkedPartiesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Kind, Role, Cases, ColumnCount };

    explicit LinkedPartiesModel(QObject *parent = nullptr);

    void setRows(const QVector<repo::LinkedParty> &rows);
    const repo::LinkedParty *linkAt(int row) const;
    int rowOfLink(const QString &linkId) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<repo::LinkedParty> m_rows;
    domain::Language m_language = domain::Language::Indonesian;
};

} // namespace lintas::ui
