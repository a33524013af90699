#include "clients/ClientPhoneModel.h"

#include "common/Formats.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "repo/Workspace.h"

#include <QApplication>
#include <QPalette>

namespace lintas::ui {

ClientPhoneModel::ClientPhoneModel(repo::Workspace &workspace, QObject *parent)
    : RowSyncModel(parent), m_workspace(workspace), m_language(LanguageManager::codeListLanguage())
{ }

void ClientPhoneModel::setClient(const QString &clientId)
{
    m_clientId = clientId;
    reload();
}

void ClientPhoneModel::reload()
{
    beginResetModel();
    m_phones.clear();
    m_loadError.reset();
    if (!m_clientId.isEmpty()) {
        auto phones = m_workspace.clients().phones(m_clientId);
        if (phones.ok())
            m_phones = *phones;
        else
            m_loadError = phones.error();
    }
    endResetModel();
}

void ClientPhoneModel::refresh()
{
    if (m_clientId.isEmpty())
        return reload();
    auto phones = m_workspace.clients().phones(m_clientId);
    syncRows(m_phones, phones, m_loadError);
}

void ClientPhoneModel::retranslate()
{
    m_language = LanguageManager::codeListLanguage();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_phones.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_phones.size()) - 1, ColumnCount - 1));
}

const domain::ClientPhone *ClientPhoneModel::phoneAt(int row) const
{
    return row >= 0 && row < m_phones.size() ? &m_phones[row] : nullptr;
}

int ClientPhoneModel::rowOf(const QString &phoneId) const
{
    for (int i = 0; i < m_phones.size(); ++i) {
        if (m_phones[i].id == phoneId)
            return i;
    }
    return -1;
}

int ClientPhoneModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_phones.size());
}

int ClientPhoneModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientPhoneModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::ClientPhone &phone = m_phones[index.row()];
    const bool ended = phone.validUntil.isValid();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(phone, index.column());
    case Qt::ForegroundRole:
        if (ended)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (ended)
            return tr("No longer in use since %1").arg(formats::date(phone.validUntil));
        return {};
    default:
        return {};
    }
}

QString ClientPhoneModel::displayText(const domain::ClientPhone &phone, int column) const
{
    switch (column) {
    case Number:
        return phone.number;
    case Kind:
        return phone.kind.isEmpty() ? QString() : domain::phoneKinds().label(phone.kind, m_language);
    case From:
        return formats::date(phone.validFrom);
    case Until:
        return phone.validUntil.isValid() ? formats::date(phone.validUntil) : tr("still in use");
    case Note:
        return phone.note;
    default:
        return {};
    }
}

QVariant ClientPhoneModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowSyncModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Kind:
        return tr("Kind");
    case From:
        return tr("In use from");
    case Until:
        return tr("Until");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace lintas::ui
