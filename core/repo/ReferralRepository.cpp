#include "repo/ReferralRepository.h"

#include "domain/CodeLists.h"
#include "repo/Validation.h"
#include "sync/SyncSpaces.h"

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
    LINTAS_TRY(checkOverride(r));
    // Sharing a client's story needs her consent: nothing beyond a draft without it, unless an
    // admin wrote why it goes without.
    if (r.status != QStringLiteral("draft") && r.consentId.isEmpty() && r.consentOverride.trimmed().isEmpty())
        return validate::failure(QStringLiteral("needs_consent"),
            QStringLiteral("a referral needs the client's consent before it is sent"), QStringLiteral("consent_id"));
    return validate::dateOrder(r.sentOn, r.respondedOn, QStringLiteral("responded_on"));
}

Status ReferralRepository::checkOverride(const domain::Referral &r)
{
    if (r.consentOverride.trimmed().isEmpty())
        return {};
    // Only a new or changed override is the writer's act: one that came with the record (synced,
    // imported, or kept through other edits) was checked where it was written.
    auto stored = get(r.id);
    if (stored.ok() && stored->consentOverride == r.consentOverride)
        return {};
    if (!stored.ok() && stored.code() != ErrorCode::NotFound)
        return stored.error();
    LINTAS_TRY_ASSIGN(const bool admin, mayOverrideConsent());
    if (!admin)
        return validate::failure(QStringLiteral("override_needs_admin"),
            QStringLiteral("only an admin of the organisation may send a referral without the client's consent"),
            QStringLiteral("consent_override"));
    return {};
}

Result<bool> ReferralRepository::mayOverrideConsent()
{
    // A laptop that never joined an organisation is its own admin.
    LINTAS_TRY_ASSIGN(const auto space, sync::SyncSpaces(db()).current());
    return !space || space->role == QLatin1String("admin");
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
