#include "casework/ClaimModel.h"

#include "common/Formats.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "repo/Workspace.h"

namespace lintas::ui {

ClaimModel::ClaimModel(repo::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_language(LanguageManager::codeListLanguage())
{ }

void ClaimModel::setCase(const QString &caseId)
{
    m_caseId = caseId;
    reload();
}

void ClaimModel::reload()
{
    beginResetModel();
    m_claims.clear();
    m_paid.clear();
    m_payments.clear();
    m_totals.clear();
    m_loadError.reset();
    auto load = [this]() -> Status {
        if (m_caseId.isEmpty())
            return {};
        LINTAS_TRY_ASSIGN(m_claims, m_workspace.claims().forCase(m_caseId));
        for (const domain::Claim &claim : std::as_const(m_claims)) {
            LINTAS_TRY_ASSIGN(const QVector<domain::ClaimPayment> payments, m_workspace.claims().payments(claim.id));
            qint64 paid = 0;
            for (const domain::ClaimPayment &p : payments)
                paid += p.amount;
            m_paid << paid;
            m_payments << payments;
        }
        LINTAS_TRY_ASSIGN(m_totals, m_workspace.claims().totals(m_caseId));
        return {};
    };
    if (Status status = load(); !status.ok()) {
        m_claims.clear();
        m_paid.clear();
        m_payments.clear();
        m_totals.clear();
        m_loadError = status.error();
    }
    endResetModel();
}

void ClaimModel::retranslate()
{
    m_locale = QLocale();
    m_language = LanguageManager::codeListLanguage(m_locale);
    if (!m_claims.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const domain::Claim *ClaimModel::claimAt(int row) const
{
    return row >= 0 && row < m_claims.size() ? &m_claims[row] : nullptr;
}

int ClaimModel::rowOf(const QString &claimId) const
{
    for (int row = 0; row < m_claims.size(); ++row) {
        if (m_claims[row].id == claimId)
            return row;
    }
    return -1;
}

QStringList ClaimModel::totalsLines() const
{
    QStringList lines;
    for (auto it = m_totals.cbegin(); it != m_totals.cend(); ++it) {
        const QString &currency = it.key();
        const repo::MoneyTotals &t = it.value();
        QStringList parts {tr("claimed %1").arg(formats::money(t.claimed, currency, m_locale)),
            tr("offered %1").arg(formats::money(t.offered, currency, m_locale)),
            tr("awarded %1").arg(formats::money(t.awarded, currency, m_locale)),
            tr("paid %1").arg(formats::money(t.paid, currency, m_locale))};
        // What is still owed counts from the award, or from the claim while nothing is awarded.
        const qint64 owed = (t.awarded > 0 ? t.awarded : t.claimed) - t.paid;
        if (owed > 0)
            parts << tr("still owed %1").arg(formats::money(owed, currency, m_locale));
        lines << QStringLiteral("%1: %2").arg(currency, parts.join(QStringLiteral(" · ")));
    }
    return lines;
}

int ClaimModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

int ClaimModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClaimModel::amountText(const std::optional<qint64> &amount, const QString &currency) const
{
    return amount ? formats::money(*amount, currency, m_locale) : QString();
}

QVariant ClaimModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Claim &c = m_claims[index.row()];
    const bool money = index.column() >= Claimed;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Type:
            return domain::claimTypes().label(c.claimType, m_language);
        case Forum:
            return domain::forums().label(c.forum, m_language);
        case Claimed:
            return amountText(c.amountClaimed, c.currency);
        case Offered:
            return amountText(c.amountOffered, c.currency);
        case Awarded:
            return amountText(c.amountAwarded, c.currency);
        case Paid:
            return m_paid[index.row()] > 0 ? formats::money(m_paid[index.row()], c.currency, m_locale) : QString();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return money ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return c.notes.isEmpty() ? QVariant() : QVariant(c.notes);
    default:
        return {};
    }
}

QVariant ClaimModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Type:
        return tr("Claim");
    case Forum:
        return tr("Forum");
    case Claimed:
        return tr("Claimed");
    case Offered:
        return tr("Offered");
    case Awarded:
        return tr("Awarded");
    case Paid:
        return tr("Paid");
    default:
        return {};
    }
}

} // namespace lintas::ui
