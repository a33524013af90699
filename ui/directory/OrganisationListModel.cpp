#include "directory/OrganisationListModel.h"

#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "repo/Workspace.h"

namespace lintas::ui {

OrganisationListModel::OrganisationListModel(repo::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_language(LanguageManager::codeListLanguage())
{
    reload();
}

void OrganisationListModel::setFilter(const repo::OrganisationFilter &filter)
{
    m_filter = filter;
    reload();
}

void OrganisationListModel::reload()
{
    beginResetModel();
    m_loadError.reset();
    auto found = m_workspace.organisations().find(m_filter, maxRows());
    if (found.ok())
        m_rows = *found;
    else {
        m_rows.clear();
        m_loadError = found.error();
    }
    endResetModel();
    emit loaded();
}

void OrganisationListModel::retranslate()
{
    m_language = LanguageManager::codeListLanguage();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const domain::Organisation *OrganisationListModel::organisationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int OrganisationListModel::rowOf(const QString &organisationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == organisationId)
            return row;
    }
    return -1;
}

int OrganisationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrganisationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationListModel::data(const QModelIndex &index, int role) const
{
    const domain::Organisation *o = index.isValid() ? organisationAt(index.row()) : nullptr;
    if (!o || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Name:
        return o->name;
    case Kind:
        return domain::organisationKinds().label(o->kind, m_language);
    case Country:
        return o->country.isEmpty() ? QString() : domain::jurisdictions().label(o->country, m_language);
    case City:
        return o->city.isEmpty() ? o->province : o->city;
    default:
        return {};
    }
}

QVariant OrganisationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Country:
        return tr("Country");
    case City:
        return tr("Town or province");
    default:
        return {};
    }
}

} // namespace lintas::ui
