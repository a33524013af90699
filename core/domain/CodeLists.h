#pragma once

#include "domain/CodeList.h"

#include <QString>
#include <QStringList>
#include <QVector>

// The bundled code lists. Codes are part of the database and sync format: never rename or
// reuse one; add new codes and, if needed, stop offering old ones in pickers.
namespace lintas::domain {

const CodeList &caseTypes(); // facts §5 case types
const CodeList &jurisdictions(); // hk, sg, tw, my, sa, ae, other_middle_east, id, other
const CodeList &forums(); // group = jurisdiction code
const CodeList &caseStatuses(); // intake → assessment → active → referred / handed_off → closed
const CodeList &caseOutcomes();
const CodeList &riskLevels();
const CodeList &clientStatuses();
const CodeList &genders();
const CodeList &ageBands();
const CodeList &noteKinds();
const CodeList &deadlineKinds();
const CodeList &claimTypes();
const CodeList &currencies(); // ISO 4217 codes; group = minor-unit exponent as text
const CodeList &partyKinds();
const CodeList &organisationKinds();
const CodeList &activityKinds();
const CodeList &referralStatuses();
const CodeList &phoneKinds();
const CodeList &partyRoles();

// Lookup by CodeList::name() (snake_case, e.g. "case_types", "forums"); nullptr if unknown.
const CodeList *codeListByName(const QString &name);
// Every list above, in the order declared here.
const QVector<const CodeList *> &allCodeLists();

// Digits after the decimal point for amounts in `currency` (2 for HKD = cents, 0 for IDR).
// Claim amounts are stored as integers in minor units, so this is how they are shown.
// Returns -1 for a currency that is not in currencies().
int currencyExponent(const QString &currency);
// The currency a claim in the first of these countries is usually paid in (HKD for Hong Kong,
// SGD for Singapore…); IDR when none has its own.
QString usualCurrency(const QStringList &jurisdictions);

// Case status workflow. A status change is allowed when `to` is reachable from `from` in one
// step: intake → assessment → active → referred | handed_off → closed; a referral or hand-off
// that is rejected returns the case to active; any open case may be closed; a closed case may
// be reopened (→ active). Unknown codes and "no change" are not transitions.
bool isAllowedTransition(const QString &from, const QString &to);
// The statuses `from` may move to, in caseStatuses() order.
QStringList allowedNextStatuses(const QString &from);

} // namespace lintas::domain
