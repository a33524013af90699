#include "demo/DemoDependentRules.h"

#include "domain/CodeLists.h"
#include "repo/Validation.h"

namespace lintas::demo {

Status PhoneRules::validate(const domain::ClientPhone &p)
{
    LINTAS_TRY(repo::validate::exists(db(), QStringLiteral("clients"), p.clientId, QStringLiteral("client_id")));
    LINTAS_TRY(repo::validate::required(p.number, QStringLiteral("number")));
    const bool hasDigit = std::any_of(p.number.begin(), p.number.end(), [](QChar ch) { return ch.isDigit(); });
    if (!hasDigit)
        return makeError(ErrorCode::Validation, QStringLiteral("number has no digits"), QStringLiteral("number"));
    LINTAS_TRY(repo::validate::code(domain::phoneKinds(), p.kind, QStringLiteral("kind")));
    return repo::validate::dateOrder(p.validFrom, p.validUntil, QStringLiteral("valid_until"));
}

Status CasePartyRules::validate(const domain::CaseParty &l)
{
    LINTAS_TRY(repo::validate::exists(db(), QStringLiteral("cases"), l.caseId, QStringLiteral("case_id")));
    LINTAS_TRY(repo::validate::exists(db(), QStringLiteral("parties"), l.partyId, QStringLiteral("party_id")));
    return repo::validate::code(domain::partyRoles(), l.role, QStringLiteral("role"));
}

Status PaymentRules::validate(const domain::ClaimPayment &p)
{
    LINTAS_TRY(repo::validate::exists(db(), QStringLiteral("claims"), p.claimId, QStringLiteral("claim_id")));
    if (p.amount <= 0)
        return makeError(ErrorCode::Validation, QStringLiteral("amount must be positive"), QStringLiteral("amount"));
    LINTAS_TRY(repo::validate::amount(p.amount, QStringLiteral("amount")));
    if (!p.paidOn.isValid())
        return makeError(ErrorCode::Validation, QStringLiteral("paid_on is required"), QStringLiteral("paid_on"));
    return {};
}

} // namespace lintas::demo
