#pragma once

#include "common/RowSyncModel.h"
#include "sync/ConflictLog.h"
#include "sync/ConflictSubjects.h"

#include <QHash>

#include <optional>

namespace lintas::store {
class Database;
}

namespace lintas::ui {

// One open conflict as the conflicts page lists it.
struct ConflictRow {
    QString id; // the conflict log's id, as text (RowSyncModel keys rows by it)
    sync::Conflict conflict;
    sync::ConflictSubject subject;
};

// The open conflicts, newest first: which record and field, the value every device kept and
// the value that lost, who wrote each and when. Device ids read as the names their owners gave
// them; this laptop's as "this laptop".
class ConflictListModel : public RowSyncModel<ConflictRow> {
    Q_OBJECT

public:
    enum Column { Record, Field, Kept, Lost, ColumnCount };
    enum Role { ConflictIdRole = Qt::UserRole + 1, CaseIdRole, ClientIdRole };

    explicit ConflictListModel(store::Database &db, QObject *parent = nullptr);

    void refresh();
    // Device id → the name its owner gave it, and which id is this laptop's.
    void setDeviceNames(const QHash<QString, QString> &names, const QString &thisDevice);
    const ConflictRow *rowAt(int row) const;
    const std::optional<Error> &loadError() const { return m_loadError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Dewi's laptop, 22 Nov 2026 14:05".
    QString writtenBy(const QString &deviceId, qint64 atMs) const;

private:
    Result<QVector<ConflictRow>> read();

    store::Database &m_db;
    QVector<ConflictRow> m_rows;
    std::optional<Error> m_loadError;
    QHash<QString, QString> m_deviceNames;
    QString m_thisDevice;
};

} // namespace lintas::ui
