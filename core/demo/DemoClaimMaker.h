#pragma once

#include "base/Result.h"
#include "demo/DemoContext.h"
#include "domain/Claim.h"

namespace lintas::demo {

// A claim about to be written, with its instalments and the line it adds to the case's demands.
struct PlannedClaim {
    domain::Claim claim;
    QVector<domain::ClaimPayment> payments;
    QString demandLine; // "Tunggakan gaji 4 bulan: HK$20.400"
};

// The money side of a case: what the worker can claim for her case types, in the currency of the
// country of work (or rupiah against an Indonesian placement company or BPJS), with amounts
// that follow the real wage floors (Hong Kong's Minimum Allowable Wage as it stood when her
// contract began, Taiwan's caregiver wage, Malaysia's MoU wage…), and what was offered, awarded
// and paid in instalments as the case went on.
class DemoClaimMaker {
public:
    explicit DemoClaimMaker(DemoContext &context) : m_ctx(context) { }

    // Monthly wage in major units for work in `jurisdiction` under a contract from `contractDate`.
    qint64 monthlyWage(const QString &jurisdiction, const QDate &contractDate);
    static QString currencyOf(const QString &jurisdiction);

    // Plans the claims of a case (nothing is written); `forumsOut` receives the forums they use.
    QVector<PlannedClaim> plan(const DemoCase &kase, const QString &outcome, QStringList &forumsOut);
    // Writes planned claims and their payments for the created case.
    Status write(const QString &caseId, QVector<PlannedClaim> &claims);

private:
    PlannedClaim *add(QVector<PlannedClaim> &out, const DemoCase &kase, const QString &type, const QString &currency,
        qint64 major, const QString &forum);
    void settle(PlannedClaim &planned, const DemoCase &kase, const QString &outcome);

    DemoContext &m_ctx;
};

} // namespace lintas::demo
