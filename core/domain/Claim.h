#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace lintas::domain {

// A money (or non-money) demand in a forum. Amounts are integers in the currency's minor unit
// (cents for HKD, whole rupiah for IDR) so ledgers add up exactly.
struct Claim {
    QString id;
    QString caseId;
    QString claimType; // claimTypes()
    QString forum; // forums()
    QString currency; // currencies()
    std::optional<qint64> amountClaimed;
    std::optional<qint64> amountOffered;
    std::optional<qint64> amountAwarded;
    QDate filedOn;
    QDate decidedOn;
    QString notes;
    bool deleted = false;
    qint64 updatedAt = 0;
};

// One payment received against a claim (awards are often paid in instalments).
struct ClaimPayment {
    QString id;
    QString claimId;
    qint64 amount = 0; // minor units of the claim's currency
    QDate paidOn;
    QString note;
    bool deleted = false;
    qint64 updatedAt = 0;
};

} // namespace lintas::domain
