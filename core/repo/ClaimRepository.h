#pragma once

#include "repo/EntityMappings.h"
#include "repo/EntityRepository.h"

#include <QMap>

namespace lintas::repo {

// Per-currency sums of a case's claims, in minor units. Never mixes currencies.
struct MoneyTotals {
    qint64 claimed = 0;
    qint64 offered = 0;
    qint64 awarded = 0;
    qint64 paid = 0;
};

class ClaimRepository : public EntityRepository<domain::Claim> {
public:
    explicit ClaimRepository(ChangeWriter &writer);

    Result<QVector<domain::Claim>> forCase(const QString &caseId);
    Result<domain::ClaimPayment> addPayment(domain::ClaimPayment payment);
    Result<QVector<domain::ClaimPayment>> payments(const QString &claimId);
    // currency → totals over the case's live claims and their live payments.
    Result<QMap<QString, MoneyTotals>> totals(const QString &caseId);

protected:
    Status validate(const domain::Claim &c) override;

private:
    class PaymentRepository : public EntityRepository<domain::ClaimPayment> {
    public:
        explicit PaymentRepository(ChangeWriter &w) : EntityRepository(w, claimPaymentMapping()) { }
        using EntityRepository::select;

    protected:
        Status validate(const domain::ClaimPayment &p) override;
    };
    PaymentRepository m_payments;
};

} // namespace lintas::repo
