#include "clients/ClientCasesModel.h"

#include "common/Formats.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "repo/Workspace.h"

namespace lintas::ui {

namespace {

// More cases than one person ever has; the list is not paged.
constexpr int kMaxCases = 1000;

} // namespace

ClientCasesModel::ClientCasesModel(repo::Workspace &workspace, QObject *parent)
    : RowSyncModel(parent), m_workspace(workspace), m_language(LanguageManager::codeListLanguage())
{ }

void ClientCasesModel::setClient(const QString &clientId)
{
    m_clientId = clientId;
    reload();
}

void ClientCasesModel::reload()
{
    beginResetModel();
    m_cases.clear();
    m_loadError.reset();
    if (!m_clientId.isEmpty()) {
        repo::CaseFilter filter;
        filter.clientId = m_clientId;
        auto cases = m_workspace.cases().list(filter, repo::CaseSort::RecentlyOpened, kMaxCases);
        if (cases.ok())
            m_cases = *cases;
        else
            m_loadError = cases.error();
    }
    endResetModel();
}

void ClientCasesModel::refresh()
{
    if (m_clientId.isEmpty())
        return reload();
    repo::CaseFilter filter;
    filter.clientId = m_clientId;
    auto cases = m_workspace.cases().list(filter, repo::CaseSort::RecentlyOpened, kMaxCases);
    syncRows(m_cases, cases, m_loadError);
}

void ClientCasesModel::retranslate()
{
    m_language = LanguageManager::codeListLanguage();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_cases.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_cases.size()) - 1, ColumnCount - 1));
}

const repo::CaseListRow *ClientCasesModel::caseAt(int row) const
{
    return row >= 0 && row < m_cases.size() ? &m_cases[row] : nullptr;
}

int ClientCasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int ClientCasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientCasesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const repo::CaseListRow &row = m_cases[index.row()];
    if (role == Qt::DisplayRole)
        return displayText(row, index.column());
    if (role == Qt::ToolTipRole && index.column() == Types)
        return row.title.isEmpty() ? displayText(row, Types) : row.title;
    return {};
}

QString ClientCasesModel::displayText(const repo::CaseListRow &row, int column) const
{
    switch (column) {
    case Reference:
        return row.reference;
    case Types: {
        QStringList labels;
        for (const QString &code : row.caseTypes)
            labels << domain::caseTypes().label(code, m_language);
        return labels.join(QStringLiteral(", "));
    }
    case Status:
        return domain::caseStatuses().label(row.status, m_language);
    case OpenedOn:
        return formats::date(row.openedOn);
    default:
        return {};
    }
}

QVariant ClientCasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowSyncModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return tr("Reference");
    case Types:
        return tr("Case types");
    case Status:
        return tr("Status");
    case OpenedOn:
        return tr("Opened");
    default:
        return {};
    }
}

} // namespace lintas::ui
