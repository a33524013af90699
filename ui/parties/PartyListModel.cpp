#include "parties/PartyListModel.h"

#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "repo/Workspace.h"

#include <QScopedValueRollback>

namespace lintas::ui {

PartyListModel::PartyListModel(repo::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_language(LanguageManager::codeListLanguage())
{
    reload();
}

void PartyListModel::setFilter(const repo::PartyFilter &filter)
{
    m_filter = filter;
    reload();
}

void PartyListModel::reload()
{
    {
        const QScopedValueRollback<bool> changing(m_changing, true);
        beginResetModel();
        m_rows.clear();
        m_loadError.reset();
        auto count = m_workspace.parties().count(m_filter);
        m_total = count.ok() ? *count : 0;
        if (!count.ok())
            m_loadError = count.error();
        endResetModel();
    }
    emit loaded();
}

void PartyListModel::retranslate()
{
    m_language = LanguageManager::codeListLanguage();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const repo::PartyUsage *PartyListModel::partyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int PartyListModel::rowOf(const QString &partyId)
{
    for (int row = 0;; ++row) {
        if (row == m_rows.size()) {
            if (!canFetchMore({}))
                return -1;
            fetchMore({});
            if (row == m_rows.size())
                return -1;
        }
        if (m_rows[row].party.id == partyId)
            return row;
    }
}

int PartyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PartyListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void PartyListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    const int first = int(m_rows.size());
    auto page = m_workspace.parties().find(m_filter, pageSize(), first);
    if (!page.ok() || page->isEmpty()) {
        // A failed page, or parties deleted since counting: stop asking for more.
        if (!page.ok())
            m_loadError = page.error();
        m_total = first;
        emit loaded();
        return;
    }
    beginInsertRows(QModelIndex(), first, first + int(page->size()) - 1);
    m_rows += *page;
    endInsertRows();
}

QVariant PartyListModel::data(const QModelIndex &index, int role) const
{
    const repo::PartyUsage *row = index.isValid() ? partyAt(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Cases)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const domain::Party &p = row->party;
    switch (index.column()) {
    case Name:
        return p.name;
    case Kind:
        return domain::partyKinds().label(p.kind, m_language);
    case Country:
        return p.country.isEmpty() ? QString() : domain::jurisdictions().label(p.country, m_language);
    case LicenceNo:
        return p.licenceNo;
    case Cases:
        if (role == Qt::ToolTipRole)
            return tr("Appears in %n case(s)", nullptr, row->caseCount);
        return row->caseCount;
    default:
        return {};
    }
}

QVariant PartyListModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case LicenceNo:
        return tr("Licence no.");
    case Cases:
        return tr("Cases");
    default:
        return {};
    }
}

} // namespace lintas::ui
