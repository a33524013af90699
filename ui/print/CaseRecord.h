#pragma once

#include "base/Result.h"
#include "domain/Case.h"
#include "domain/Claim.h"
#include "domain/Client.h"
#include "domain/ClientPhone.h"
#include "domain/Consent.h"
#include "domain/Deadline.h"
#include "domain/Note.h"
#include "domain/Party.h"
#include "domain/Referral.h"
#include "repo/ClaimRepository.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QVector>

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// Everything the printed documents say about one case, read in one go through the repositories,
// so a document is built from one consistent picture rather than by queries spread over the page.
struct CaseRecord {
    domain::Case kase;
    domain::Client client; // empty when the client record is missing (deleted on another device)
    QVector<domain::ClientPhone> currentPhones; // numbers still in use
    QVector<domain::Claim> claims;
    QHash<QString, qint64> paidByClaim; // claim id → sum of its live payments, minor units
    QMap<QString, repo::MoneyTotals> totals; // currency → totals, never mixed
    QVector<domain::Deadline> deadlines; // by due date
    QVector<domain::Note> notes; // the whole timeline, oldest first, confidential entries included
    struct LinkedParty {
        domain::Party party;
        QString role;
    };
    QVector<LinkedParty> parties;
    QVector<domain::Referral> referrals;
    QHash<QString, QString> organisationNames; // id → name, for the referrals
    QVector<domain::Consent> consents;
    QDate today; // by the workspace's clock

    static Result<CaseRecord> load(repo::Workspace &workspace, const QString &caseId);
};

} // namespace lintas::ui
