#include "repo/ClaimRepository.h"

#include "domain/CodeLists.h"
#include "repo/Validation.h"

namespace lintas::repo {

ClaimRepository::ClaimRepository(ChangeWriter &writer)
    : EntityRepository(writer, claimMapping()), m_payments(writer) { }

Status ClaimRepository::validate(const domain::Claim &c)
{
    LINTAS_TRY(validate::exists(db(), QStringLiteral("cases"), c.caseId, QStringLiteral("case_id")));
    LINTAS_TRY(validate::code(domain::claimTypes(), c.claimType, QStringLiteral("claim_type"), false));
    LINTAS_TRY(validate::code(domain::forums(), c.forum, QStringLiteral("forum")));
    LINTAS_TRY(validate::code(domain::currencies(), c.currency, QStringLiteral("currency"), false));
    LINTAS_TRY(validate::amount(c.amountClaimed, QStringLiteral("amount_claimed")));
    LINTAS_TRY(validate::amount(c.amountOffered, QStringLiteral("amount_offered")));
    LINTAS_TRY(validate::amount(c.amountAwarded, QStringLiteral("amount_awarded")));
    return validate::dateOrder(c.filedOn, c.decidedOn, QStringLiteral("decided_on"));
}

Status ClaimRepository::PaymentRepository::validate(const domain::ClaimPayment &p)
{
    LINTAS_TRY(validate::exists(db(), QStringLiteral("claims"), p.claimId, QStringLiteral("claim_id")));
    if (p.amount <= 0)
        return validate::failure(
            QStringLiteral("amount_range"), QStringLiteral("amount must be positive"), QStringLiteral("amount"));
    LINTAS_TRY(validate::amount(p.amount, QStringLiteral("amount")));
    if (!p.paidOn.isValid())
        return validate::failure(
            QStringLiteral("required"), QStringLiteral("paid_on is required"), QStringLiteral("paid_on"));
    return {};
}

Result<QVector<domain::Claim>> ClaimRepository::forCase(const QString &caseId)
{
    return select(
        QStringLiteral("t.case_id = ? AND coalesce(t.deleted, 0) = 0"), {caseId}, QStringLiteral("t.filed_on, t.id"));
}

Result<domain::ClaimPayment> ClaimRepository::addPayment(domain::ClaimPayment payment)
{
    return m_payments.create(std::move(payment));
}

Result<QVector<domain::ClaimPayment>> ClaimRepository::payments(const QString &claimId)
{
    return m_payments.select(
        QStringLiteral("t.claim_id = ? AND coalesce(t.deleted, 0) = 0"), {claimId}, QStringLiteral("t.paid_on, t.id"));
}

Result<QMap<QString, MoneyTotals>> ClaimRepository::totals(const QString &caseId)
{
    auto st = db().prepare(QStringLiteral(
        "SELECT c.currency, sum(coalesce(c.amount_claimed, 0)), sum(coalesce(c.amount_offered, 0)), "
        "sum(coalesce(c.amount_awarded, 0)), sum((SELECT coalesce(sum(p.amount), 0) FROM claim_payments p "
        "WHERE p.claim_id = c.id AND coalesce(p.deleted, 0) = 0)) "
        "FROM claims c WHERE c.case_id = ? AND coalesce(c.deleted, 0) = 0 GROUP BY c.currency ORDER BY c.currency"));
    if (!st.ok())
        return st.error();
    st->bind(1, caseId);
    QMap<QString, MoneyTotals> out;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return out;
        out.insert(st->text(0), MoneyTotals {st->int64(1), st->int64(2), st->int64(3), st->int64(4)});
    }
}

} // namespace lintas::repo
