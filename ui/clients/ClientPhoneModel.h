#pragma once

#include "base/Error.h"
#include "domain/ClientPhone.h"
#include "domain/CodeList.h"

#include "common/RowSyncModel.h"

#include <QVector>

#include <optional>

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// Every number a client ever had, the ones in use first. Numbers no longer in use stay listed,
// greyed, with the period they were in use: an old number still identifies her in old messages.
class ClientPhoneModel : public RowSyncModel<domain::ClientPhone> {
    Q_OBJECT

public:
    enum Column { Number, Kind, From, Until, Note, ColumnCount };

    explicit ClientPhoneModel(repo::Workspace &workspace, QObject *parent = nullptr);

    void setClient(const QString &clientId);
    void reload();
    // Re-reads the rows and updates them one by one: a view keeps its selection and scroll.
    void refresh();
    void retranslate();
    const domain::ClientPhone *phoneAt(int row) const;
    int rowOf(const QString &phoneId) const;
    const std::optional<Error> &loadError() const { return m_loadError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const domain::ClientPhone &phone, int column) const;

    repo::Workspace &m_workspace;
    QString m_clientId;
    QVector<domain::ClientPhone> m_phones;
    std::optional<Error> m_loadError;
    domain::Language m_language;
};

} // namespace lintas::ui
