#include "repo/IntakeCommit.h"

#include "repo/IntakeDrafts.h"
#include "repo/Validation.h"
#include "repo/Workspace.h"
#include "rules/DeadlineCalculator.h"

#include <QDateTime>

namespace lintas::repo {

namespace {

// Puts the intake part in front of the field a repository named.
Error within(const QString &part, Error error)
{
    if (error.code == ErrorCode::Validation)
        error.field = part + QLatin1Char('.') + error.field;
    return error;
}

template<typename T> Result<T> inPart(const QString &part, Result<T> result)
{
    if (!result.ok())
        return within(part, result.error());
    return result;
}

} // namespace

Result<IntakeOutcome> commitIntake(Workspace &ws, const domain::IntakeDraft &draft, const rules::DeadlineRuleSet &rules,
    const QString &author, domain::Language language)
{
    if (draft.existingClientId.isEmpty()) {
        if (Status named = validate::required(draft.client.fullName, QStringLiteral("full_name")); !named.ok())
            return within(QStringLiteral("client"), named.error());
    }
    if (draft.caseTypes.isEmpty()) {
        return validate::failure(QStringLiteral("required"), QStringLiteral("case.case_types is required"),
            QStringLiteral("case.case_types"));
    }
    if (draft.consentGiven && draft.consentRecipient.trimmed().isEmpty()) {
        return validate::failure(QStringLiteral("required"), QStringLiteral("consent.recipient is required"),
            QStringLiteral("consent.recipient"));
    }

    LINTAS_TRY_ASSIGN(auto tx, ws.database().begin());
    IntakeOutcome out;
    if (draft.existingClientId.isEmpty()) {
        LINTAS_TRY_ASSIGN(
            const domain::Client client, inPart(QStringLiteral("client"), ws.clients().create(draft.client)));
        out.clientId = client.id;
        for (const QString &number : draft.phones) {
            if (number.trimmed().isEmpty())
                continue;
            domain::ClientPhone phone;
            phone.clientId = client.id;
            phone.number = number.trimmed();
            phone.kind = QStringLiteral("mobile");
            LINTAS_TRY(inPart(QStringLiteral("phones"), ws.clients().addPhone(phone)));
        }
    } else {
        LINTAS_TRY(inPart(QStringLiteral("client"), ws.clients().get(draft.existingClientId)));
        out.clientId = draft.existingClientId;
    }

    const QDate today = QDateTime::fromMSecsSinceEpoch(ws.clock().nowMs()).date();
    domain::Case kase;
    kase.clientId = out.clientId;
    kase.title = draft.title.trimmed();
    kase.caseTypes = draft.caseTypes;
    kase.jurisdictions = draft.jurisdictions;
    kase.risk = draft.risk;
    kase.safetyFlag = draft.safetyFlag;
    kase.chronology = draft.chronology.trimmed();
    kase.demands = draft.demands.trimmed();
    kase.openedOn = today;
    if (!author.isEmpty())
        kase.assignees = {author};
    for (const domain::IntakeClaim &c : draft.claims) {
        if (!c.forum.isEmpty() && !kase.forums.contains(c.forum))
            kase.forums << c.forum;
    }
    LINTAS_TRY_ASSIGN(const domain::Case created, inPart(QStringLiteral("case"), ws.cases().create(kase)));
    out.caseId = created.id;
    out.caseReference = created.reference;

    for (int i = 0; i < draft.claims.size(); ++i) {
        const domain::IntakeClaim &c = draft.claims[i];
        if (!c.amount && !c.amountText.trimmed().isEmpty()) {
            return validate::failure(QStringLiteral("amount_format"),
                QStringLiteral("claims.%1.amount_claimed: '%2' is not an amount").arg(i).arg(c.amountText),
                QStringLiteral("claims.%1.amount_claimed").arg(i));
        }
        domain::Claim claim;
        claim.caseId = created.id;
        claim.claimType = c.claimType;
        claim.currency = c.currency;
        claim.forum = c.forum;
        claim.amountClaimed = c.amount;
        LINTAS_TRY(inPart(QStringLiteral("claims.%1").arg(i), ws.claims().create(claim)));
        ++out.claims;
    }

    if (draft.consentGiven) {
        domain::Consent consent;
        consent.clientId = out.clientId;
        consent.recipient = draft.consentRecipient.trimmed();
        consent.scope = draft.consentScope.trimmed();
        consent.purpose = draft.consentPurpose.trimmed();
        consent.method = draft.consentMethod.trimmed();
        consent.givenOn = draft.consentGivenOn.isValid() ? draft.consentGivenOn : today;
        consent.recordedBy = author;
        LINTAS_TRY(inPart(QStringLiteral("consent"), ws.consents().create(consent)));
        out.consentRecorded = true;
    }

    const rules::DeadlineCalculator calculator(rules);
    const auto suggestions = calculator.suggest(draft.caseTypes, draft.jurisdictions, draft.triggerDates, today);
    LINTAS_TRY_ASSIGN(out.deadlines, ws.deadlines().addSuggestions(created.id, suggestions, language));

    if (!draft.id.isEmpty()) {
        IntakeDrafts drafts(ws);
        LINTAS_TRY(drafts.remove(draft.id));
    }
    LINTAS_TRY(tx.commit());
    return out;
}

} // namespace lintas::repo
