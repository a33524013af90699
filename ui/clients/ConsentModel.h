#pragma once

#include "base/Error.h"
#include "domain/Consent.h"

#include "common/RowSyncModel.h"

#include <QVector>

#include <optional>

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// A client's consent records, oldest first, withdrawn ones included (greyed): consent history is
// evidence of what she agreed to and when, so nothing is ever deleted.
class ConsentModel : public RowSyncModel<domain::Consent> {
    Q_OBJECT

public:
    enum Column { Recipient, Scope, Purpose, Method, GivenOn, WithdrawnOn, ColumnCount };

    explicit ConsentModel(repo::Workspace &workspace, QObject *parent = nullptr);

    void setClient(const QString &clientId);
    void reload();
    // Re-reads the rows and updates them one by one: a view keeps its selection and scroll.
    void refresh();
    void retranslate();
    const domain::Consent *consentAt(int row) const;
    int rowOf(const QString &consentId) const;
    const std::optional<Error> &loadError() const { return m_loadError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const domain::Consent &consent, int column) const;

    repo::Workspace &m_workspace;
    QString m_clientId;
    QVector<domain::Consent> m_consents;
    std::optional<Error> m_loadError;
};

} // namespace lintas::ui
