#pragma once

#include "base/Error.h"
#include "domain/Claim.h"
#include "domain/CodeList.h"
#include "repo/ClaimRepository.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QMap>
#include <QVector>

#include <optional>

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// A case's claims as a money ledger: what was claimed, offered, awarded and paid, per claim, and
// the totals per currency (currencies are never added together).
class ClaimModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Type, Forum, Claimed, Offered, Awarded, Paid, ColumnCount };

    explicit ClaimModel(repo::Workspace &workspace, QObject *parent = nullptr);

    void setCase(const QString &caseId);
    void reload();
    void retranslate();
    const domain::Claim *claimAt(int row) const;
    int rowOf(const QString &claimId) const;
    qint64 paidOn(int row) const { return m_paid.value(row); }
    const QVector<domain::ClaimPayment> &paymentsOf(int row) const { return m_payments[row]; }
    const QMap<QString, repo::MoneyTotals> &totals() const { return m_totals; }
    // One line per currency: "HKD: claimed HK$25,100 · offered … · awarded … · paid … · still owed …".
    QStringList totalsLines() const;
    const std::optional<Error> &loadError() const { return m_loadError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString amountText(const std::optional<qint64> &amount, const QString &currency) const;

    repo::Workspace &m_workspace;
    QString m_caseId;
    QVector<domain::Claim> m_claims;
    QVector<qint64> m_paid;
    QVector<QVector<domain::ClaimPayment>> m_payments;
    QMap<QString, repo::MoneyTotals> m_totals;
    std::optional<Error> m_loadError;
    QLocale m_locale;
    domain::Language m_language;
};

} // namespace lintas::ui
