#include "referrals/ReferralModel.h"

#include "common/Formats.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "repo/Workspace.h"

namespace lintas::ui {

ReferralModel::ReferralModel(repo::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_language(LanguageManager::codeListLanguage())
{ }

void ReferralModel::setCase(const QString &caseId)
{
    m_caseId = caseId;
    reload();
}

void ReferralModel::reload()
{
    beginResetModel();
    m_referrals.clear();
    m_organisationNames.clear();
    m_loadError.reset();
    if (!m_caseId.isEmpty()) {
        auto referrals = m_workspace.referrals().forCase(m_caseId);
        if (referrals.ok())
            m_referrals = *referrals;
        else
            m_loadError = referrals.error();
    }
    for (const domain::Referral &r : std::as_const(m_referrals)) {
        if (r.organisationId.isEmpty() || m_organisationNames.contains(r.organisationId))
            continue;
        auto organisation = m_workspace.organisations().get(r.organisationId);
        m_organisationNames.insert(r.organisationId, organisation.ok() ? organisation->name : QString());
    }
    endResetModel();
}

void ReferralModel::retranslate()
{
    m_language = LanguageManager::codeListLanguage();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_referrals.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_referrals.size()) - 1, ColumnCount - 1));
}

const domain::Referral *ReferralModel::referralAt(int row) const
{
    return row >= 0 && row < m_referrals.size() ? &m_referrals[row] : nullptr;
}

int ReferralModel::rowOf(const QString &referralId) const
{
    for (int i = 0; i < m_referrals.size(); ++i) {
        if (m_referrals[i].id == referralId)
            return i;
    }
    return -1;
}

QString ReferralModel::organisationName(const QString &organisationId) const
{
    return m_organisationNames.value(organisationId);
}

int ReferralModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_referrals.size());
}

int ReferralModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferralModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Referral &referral = m_referrals[index.row()];
    if (role == Qt::DisplayRole)
        return displayText(referral, index.column());
    if (role == Qt::ToolTipRole && index.column() != Status)
        return displayText(referral, index.column());
    return {};
}

QString ReferralModel::displayText(const domain::Referral &referral, int column) const
{
    switch (column) {
    case Organisation: {
        const QString name = m_organisationNames.value(referral.organisationId);
        return name.isEmpty() ? tr("(organisation removed)") : name;
    }
    case Reason:
        return referral.reason;
    case Status:
        return domain::referralStatuses().label(referral.status, m_language);
    case SentOn:
        return formats::date(referral.sentOn);
    case RespondedOn:
        return formats::date(referral.respondedOn);
    case Feedback:
        return referral.feedback;
    default:
        return {};
    }
}

QVariant ReferralModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Organisation:
        return tr("Organisation");
    case Reason:
        return tr("Reason");
    case Status:
        return tr("Status");
    case SentOn:
        return tr("Sent on");
    case RespondedOn:
        return tr("Responded on");
    case Feedback:
        return tr("Feedback");
    default:
        return {};
    }
}

} // namespace lintas::ui
