#include "parties/PartyCasesModel.h"

#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"

namespace lintas::ui {

PartyCasesModel::PartyCasesModel(QObject *parent)
    : QAbstractTableModel(parent), m_language(LanguageManager::codeListLanguage())
{ }

void PartyCasesModel::setRows(const QVector<repo::PartyCaseRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const repo::PartyCaseRow *PartyCasesModel::caseAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

void PartyCasesModel::retranslate()
{
    m_language = LanguageManager::codeListLanguage();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int PartyCasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartyCasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartyCasesModel::data(const QModelIndex &index, int role) const
{
    const repo::PartyCaseRow *row = index.isValid() ? caseAt(index.row()) : nullptr;
    if (!row || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Reference:
        return row->reference;
    case Client:
        return row->clientName;
    case Status:
        return domain::caseStatuses().label(row->status, m_language);
    case Role:
        return row->role.isEmpty() ? QString() : domain::partyRoles().label(row->role, m_language);
    default:
        return {};
    }
}

QVariant PartyCasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return tr("Reference");
    case Client:
        return tr("Client");
    case Status:
        return tr("Status");
    case Role:
        return tr("Role in the case");
    default:
        return {};
    }
}

} // namespace lintas::ui
