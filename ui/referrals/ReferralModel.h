#pragma once

#include "base/Error.h"
#include "domain/CodeList.h"
#include "domain/Referral.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include <optional>

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// A case's referrals: to which organisation, why, where each stands, and what came back.
class ReferralModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Organisation, Reason, Status, SentOn, RespondedOn, Feedback, ColumnCount };

    explicit ReferralModel(repo::Workspace &workspace, QObject *parent = nullptr);

    void setCase(const QString &caseId);
    void reload();
    void retranslate();
    const domain::Referral *referralAt(int row) const;
    int rowOf(const QString &referralId) const;
    QString organisationName(const QString &organisationId) const;
    const std::optional<Error> &loadError() const { return m_loadError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const domain::Referral &referral, int column) const;

    repo::Workspace &m_workspace;
    QString m_caseId;
    QVector<domain::Referral> m_referrals;
    QHash<QString, QString> m_organisationNames; // id → name, of the organisations listed
    std::optional<Error> m_loadError;
    domain::Language m_language;
};

} // namespace lintas::ui
