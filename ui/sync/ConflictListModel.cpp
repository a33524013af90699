#include "sync/ConflictListModel.h"

#include "common/Formats.h"
#include "sync/ConflictWords.h"

namespace lintas::ui {

ConflictListModel::ConflictListModel(store::Database &db, QObject *parent) : RowSyncModel(parent), m_db(db)
{
    refresh();
}

Result<QVector<ConflictRow>> ConflictListModel::read()
{
    LINTAS_TRY_ASSIGN(const QVector<sync::Conflict> open, sync::ConflictLog(m_db).open());
    QVector<ConflictRow> rows;
    rows.reserve(open.size());
    for (const sync::Conflict &c : open) {
        LINTAS_TRY_ASSIGN(
            const sync::ConflictSubject subject, sync::ConflictSubjects::describe(m_db, c.entity, c.entityId));
        rows.push_back({QString::number(c.id), c, subject});
    }
    return rows;
}

void ConflictListModel::refresh()
{
    syncRows(m_rows, read(), m_loadError);
}

void ConflictListModel::setDeviceNames(const QHash<QString, QString> &names, const QString &thisDevice)
{
    m_deviceNames = names;
    m_thisDevice = thisDevice;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Kept), index(int(m_rows.size()) - 1, Lost));
}

const ConflictRow *ConflictListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictListModel::writtenBy(const QString &deviceId, qint64 atMs) const
{
    QString who;
    if (deviceId == m_thisDevice)
        who = tr("this laptop");
    else
        who = m_deviceNames.value(deviceId);
    if (who.isEmpty())
        who = tr("laptop %1").arg(deviceId.left(8));
    return tr("%1, %2").arg(who, formats::dateTime(atMs));
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    const ConflictRow *row = rowAt(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const sync::Conflict &c = row->conflict;
    switch (role) {
    case ConflictIdRole:
        return c.id;
    case CaseIdRole:
        return row->subject.caseId;
    case ClientIdRole:
        return row->subject.clientId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Record:
            return row->subject.label.isEmpty() ? ConflictWords::entity(c.entity)
                                                : tr("%1: %2").arg(ConflictWords::entity(c.entity), row->subject.label);
        case Field:
            return ConflictWords::isHiddenEdit(c) ? tr("Deleted while edited")
                                                  : ConflictWords::field(c.entity, c.field);
        case Kept:
            return ConflictWords::isHiddenEdit(c) ? tr("Deleted")
                                                  : ConflictWords::value(c.entity, c.field, c.keptValue);
        case Lost:
            return ConflictWords::isHiddenEdit(c) ? tr("An edit made without seeing the deletion")
                                                  : ConflictWords::value(c.entity, c.field, c.lostValue);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Kept)
            return tr("Kept everywhere. Written by %1.").arg(writtenBy(c.keptDevice, c.keptHlc.ms()));
        if (index.column() == Lost)
            return tr("Replaced. Written by %1.").arg(writtenBy(c.lostDevice, c.lostHlc.ms()));
        return {};
    default:
        return {};
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Kept:
        return tr("Value kept");
    case Lost:
        return tr("Value replaced");
    default:
        return {};
    }
}

} // namespace lintas::ui
