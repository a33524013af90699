#include "parties/LinkedPartiesModel.h"

#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"

namespace lintas::ui {

LinkedPartiesModel::LinkedPartiesModel(QObject *parent)
    : QAbstractTableModel(parent), m_language(LanguageManager::codeListLanguage())
{ }

void LinkedPartiesModel::setRows(const QVector<repo::LinkedParty> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const repo::LinkedParty *LinkedPartiesModel::linkAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int LinkedPartiesModel::rowOfLink(const QString &linkId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].link.id == linkId)
            return row;
    }
    return -1;
}

void LinkedPartiesModel::retranslate()
{
    m_language = LanguageManager::codeListLanguage();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int LinkedPartiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LinkedPartiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkedPartiesModel::data(const QModelIndex &index, int role) const
{
    const repo::LinkedParty *row = index.isValid() ? linkAt(index.row()) : nullptr;
    if (!row || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Name:
        if (role == Qt::ToolTipRole && !row->link.notes.isEmpty())
            return row->link.notes;
        return row->party.name;
    case Kind:
        return domain::partyKinds().label(row->party.kind, m_language);
    case Role:
        return row->link.role.isEmpty() ? QString() : domain::partyRoles().label(row->link.role, m_language);
    case Cases:
        return tr("in %n case(s)", nullptr, row->caseCount);
    default:
        return {};
    }
}

QVariant LinkedPartiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Role:
        return tr("Role in this case");
    case Cases:
        return tr("Appears");
    default:
        return {};
    }
}

} // namespace lintas::ui
