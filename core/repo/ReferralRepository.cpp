#include "repo/ReferralRepository.h"

#include "domain/CodeLists.h"
#include "repo/Validation.h"

namespace lintas::repo {

void ReferralRepository::prepareNew(domain::Referral &r)
{
    if (r.status.isEmpty())
        r.status = QStringLiteral("draft");
}

Status ReferralRepository::validate(const domain::Referral &r)
{
    LINTAS_TRY(validate::exists(db(), QStringLiteral("cases"), r.caseId, QStringLiteral("case_id")));
    LINTAS_TRY(
        validate::exists(db(), QStringLiteral("organisations"), r.organisationId, QStringLiteral("organisation_id")));
    LINTAS_TRY(validate::exists(db(), QStringLiteral("consents"), r.consentId, QStringLiteral("consent_id"), true));
    LINTAS_TRY(validate::code(domain::referralStatuses(), r.status, QStringLiteral("status"), false));
    // Sharing a client's story needs her consent: nothing beyond a draft without it.
    if (r.status != QStringLiteral("draft") && r.consentId.isEmpty())
        return validate::failure(QStringLiteral("needs_consent"),
            QStringLiteral("a referral needs the client's consent before it is sent"), QStringLiteral("consent_id"));
    return validate::dateOrder(r.sentOn, r.respondedOn, QStringLiteral("responded_on"));
}

Result<QVector<domain::Referral>> ReferralRepository::forCase(const QString &caseId)
{
    return select(
        QStringLiteral("t.case_id = ? AND coalesce(t.deleted, 0) = 0"), {caseId}, QStringLiteral("t.sent_on, t.id"));
}

Status ConsentRepository::validate(const domain::Consent &c)
{
    LINTAS_TRY(validate::exists(db(), QStringLiteral("clients"), c.clientId, QStringLiteral("client_id")));
    LINTAS_TRY(validate::required(c.recipient, QStringLiteral("recipient")));
    LINTAS_TRY(validate::exists(
        db(), QStringLiteral("organisations"), c.organisationId, QStringLiteral("organisation_id"), true));
    if (!c.givenOn.isValid())
        return validate::failure(
            QStringLiteral("required"), QStringLiteral("given_on is required"), QStringLiteral("given_on"));
    return validate::dateOrder(c.givenOn, c.withdrawnOn, QStringLiteral("withdrawn_on"));
}

Result<QVector<domain::Consent>> ConsentRepository::forClient(const QString &clientId)
{
    return select(QStringLiteral("t.client_id = ? AND coalesce(t.deleted, 0) = 0"), {clientId},
        QStringLiteral("t.given_on, t.id"));
}

} // namespace lintas::repo
