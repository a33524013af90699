#pragma once

#include "base/Result.h"
#include "domain/CodeList.h"
#include "domain/IntakeDraft.h"

namespace lintas::rules {
class DeadlineRuleSet;
}

namespace lintas::repo {

class Workspace;

struct IntakeOutcome {
    QString clientId;
    QString caseId;
    QString caseReference;
    int claims = 0;
    int deadlines = 0;
    bool consentRecorded = false;
};

// Creates what an intake gathered — the client (unless she is already known) with her phone
// numbers, the case, its claims, her consent and the deadlines the rules suggest from the dates
// given — in one transaction: all of it or, on any refusal, nothing. Deletes the draft when it
// has an id. Validation errors name the field as the repositories do, prefixed by the part of
// the intake it belongs to: "client.full_name", "case.case_types", "claims.1.amount_claimed",
// "consent.recipient", so the intake can send the user back to the right step.
Result<IntakeOutcome> commitIntake(Workspace &workspace, const domain::IntakeDraft &draft,
    const rules::DeadlineRuleSet &rules, const QString &author, domain::Language language);

} // namespace lintas::repo
