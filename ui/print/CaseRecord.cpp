#include "print/CaseRecord.h"

#include "repo/Workspace.h"

#include <QDateTime>

namespace lintas::ui {

Result<CaseRecord> CaseRecord::load(repo::Workspace &workspace, const QString &caseId)
{
    CaseRecord r;
    LINTAS_TRY_ASSIGN(r.kase, workspace.cases().get(caseId));
    if (r.kase.deleted)
        return makeError(ErrorCode::NotFound, QStringLiteral("case %1 is deleted").arg(caseId));
    r.today = QDateTime::fromMSecsSinceEpoch(workspace.clock().nowMs()).date();

    // A case whose client record is gone still prints: the case is what is handed over.
    if (auto client = workspace.clients().get(r.kase.clientId); client.ok())
        r.client = *client;
    if (!r.client.id.isEmpty()) {
        LINTAS_TRY_ASSIGN(const QVector<domain::ClientPhone> phones, workspace.clients().phones(r.client.id));
        for (const domain::ClientPhone &p : phones) {
            if (!p.deleted && (!p.validUntil.isValid() || p.validUntil >= r.today))
                r.currentPhones.push_back(p);
        }
        LINTAS_TRY_ASSIGN(r.consents, workspace.consents().forClient(r.client.id));
    }

    LINTAS_TRY_ASSIGN(r.claims, workspace.claims().forCase(caseId));
    for (const domain::Claim &claim : r.claims) {
        LINTAS_TRY_ASSIGN(const QVector<domain::ClaimPayment> payments, workspace.claims().payments(claim.id));
        qint64 paid = 0;
        for (const domain::ClaimPayment &p : payments)
            paid += p.deleted ? 0 : p.amount;
        r.paidByClaim.insert(claim.id, paid);
    }
    LINTAS_TRY_ASSIGN(r.totals, workspace.claims().totals(caseId));
    LINTAS_TRY_ASSIGN(r.deadlines, workspace.deadlines().forCase(caseId));
    LINTAS_TRY_ASSIGN(r.notes, workspace.notes().forCase(caseId));

    LINTAS_TRY_ASSIGN(const QVector<domain::CaseParty> links, workspace.parties().linksForCase(caseId));
    for (const domain::CaseParty &link : links) {
        auto party = workspace.parties().get(link.partyId);
        if (party.ok() && !party->deleted)
            r.parties.push_back({*party, link.role});
    }
    LINTAS_TRY_ASSIGN(r.referrals, workspace.referrals().forCase(caseId));
    for (const domain::Referral &referral : r.referrals) {
        if (auto org = workspace.organisations().get(referral.organisationId); org.ok())
            r.organisationNames.insert(org->id, org->name);
    }
    return r;
}

} // namespace lintas::ui
