#include "clients/ConsentModel.h"

#include "common/Formats.h"
#include "repo/Workspace.h"

#include <QApplication>
#include <QPalette>

namespace lintas::ui {

ConsentModel::ConsentModel(repo::Workspace &workspace, QObject *parent) : RowSyncModel(parent), m_workspace(workspace)
{ }

void ConsentModel::setClient(const QString &clientId)
{
    m_clientId = clientId;
    reload();
}

void ConsentModel::reload()
{
    beginResetModel();
    m_consents.clear();
    m_loadError.reset();
    if (!m_clientId.isEmpty()) {
        auto consents = m_workspace.consents().forClient(m_clientId);
        if (consents.ok())
            m_consents = *consents;
        else
            m_loadError = consents.error();
    }
    endResetModel();
}

void ConsentModel::refresh()
{
    if (m_clientId.isEmpty())
        return reload();
    auto consents = m_workspace.consents().forClient(m_clientId);
    syncRows(m_consents, consents, m_loadError);
}

void ConsentModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_consents.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_consents.size()) - 1, ColumnCount - 1));
}

const domain::Consent *ConsentModel::consentAt(int row) const
{
    return row >= 0 && row < m_consents.size() ? &m_consents[row] : nullptr;
}

int ConsentModel::rowOf(const QString &consentId) const
{
    for (int i = 0; i < m_consents.size(); ++i) {
        if (m_consents[i].id == consentId)
            return i;
    }
    return -1;
}

int ConsentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_consents.size());
}

int ConsentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Consent &consent = m_consents[index.row()];
    const bool withdrawn = consent.withdrawnOn.isValid();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(consent, index.column());
    case Qt::ForegroundRole:
        if (withdrawn)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Scope || index.column() == Purpose)
            return displayText(consent, index.column());
        if (!consent.recordedBy.isEmpty())
            return tr("Recorded by %1").arg(consent.recordedBy);
        return {};
    default:
        return {};
    }
}

QString ConsentModel::displayText(const domain::Consent &consent, int column) const
{
    switch (column) {
    case Recipient:
        return consent.recipient;
    case Scope:
        return consent.scope;
    case Purpose:
        return consent.purpose;
    case Method:
        return consent.method;
    case GivenOn:
        return formats::date(consent.givenOn);
    case WithdrawnOn:
        return consent.withdrawnOn.isValid() ? tr("withdrawn %1").arg(formats::date(consent.withdrawnOn))
                                             : tr("in force");
    default:
        return {};
    }
}

QVariant ConsentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowSyncModel::headerData(section, orientation, role);
    switch (section) {
    case Recipient:
        return tr("Shared with");
    case Scope:
        return tr("What may be shared");
    case Purpose:
        return tr("What for");
    case Method:
        return tr("How she agreed");
    case GivenOn:
        return tr("Given on");
    case WithdrawnOn:
        return tr("Withdrawn");
    default:
        return {};
    }
}

} // namespace lintas::ui
