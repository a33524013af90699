#include "sync/SpaceHandoff.h"

#include "repo/Validation.h"
#include "repo/Workspace.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/SyncSpaces.h"

#include <QDateTime>

#include <algorithm>

namespace lintas::sync {

namespace {

QDate today(repo::Workspace &ws)
{
    return QDateTime::fromMSecsSinceEpoch(ws.clock().nowMs()).date();
}

} // namespace

Result<CaseMove::Moved> SpaceHandoff::send(const QString &referralId, const QString &spaceId, CaseMove::Options options)
{
    LINTAS_TRY_ASSIGN(auto tx, m_workspace.database().begin());
    LINTAS_TRY_ASSIGN(domain::Referral referral, m_workspace.referrals().get(referralId));
    // An admin's recorded override stands in for the consent (decision D42; the repository
    // checked who wrote it).
    if (referral.consentId.isEmpty() && referral.consentOverride.trimmed().isEmpty())
        return repo::validate::failure(QStringLiteral("needs_consent"),
            QStringLiteral("a hand-off needs the client's consent"), QStringLiteral("consent_id"));
    if (!referral.consentId.isEmpty()) {
        LINTAS_TRY_ASSIGN(const domain::Consent consent, m_workspace.consents().get(referral.consentId));
        if (!consent.organisationId.isEmpty() && consent.organisationId != referral.organisationId)
            return repo::validate::failure(QStringLiteral("consent_other_recipient"),
                QStringLiteral("the consent is for another organisation"), QStringLiteral("consent_id"));
        if (consent.withdrawnOn.isValid() && consent.withdrawnOn <= today(m_workspace))
            return repo::validate::failure(QStringLiteral("consent_withdrawn"),
                QStringLiteral("the client withdrew that consent"), QStringLiteral("consent_id"));
    }

    // The case moves first (unless a declined hand-off is being sent again), then the referral
    // is marked sent: that change goes to the shared space after the move, which is how the
    // receivers tell this hand-off from older referrals that travelled with the case.
    LINTAS_TRY_ASSIGN(const domain::Case kase, m_workspace.cases().get(referral.caseId));
    CaseMove::Moved moved {kase.spaceId, kase.spaceId, 0, 0};
    if (kase.spaceId != spaceId) {
        LINTAS_TRY_ASSIGN(moved, CaseMove(m_workspace).move(referral.caseId, spaceId, options));
    }
    referral.status = QStringLiteral("sent");
    referral.sentOn = today(m_workspace);
    referral.respondedOn = QDate();
    LINTAS_TRY(m_workspace.referrals().update(referral));
    LINTAS_TRY(tx.commit());
    return moved;
}

Result<QVector<SpaceHandoff::Waiting>> SpaceHandoff::waiting()
{
    store::Database &db = m_workspace.database();
    SyncSpaces spaces(db);
    LINTAS_TRY_ASSIGN(const auto home, spaces.current());
    LINTAS_TRY_ASSIGN(auto st,
        db.prepare(QStringLiteral(
            "SELECT r.id, c.reference, c.title, cl.full_name, s.name, fc.device, c.space_id FROM referrals r "
            "JOIN cases c ON c.id = r.case_id JOIN sync_spaces s ON s.space_id = c.space_id "
            "LEFT JOIN clients cl ON cl.id = c.client_id "
            "LEFT JOIN field_clock fc ON fc.entity = 'referral' AND fc.entity_id = r.id AND fc.field = 'status' "
            "LEFT JOIN field_clock moved ON moved.entity = 'case' AND moved.entity_id = c.id "
            "AND moved.field = 'space_id' "
            // Marked sent after the case moved in: a hand-off, not a referral that came along.
            "WHERE r.status = 'sent' AND coalesce(r.deleted, 0) = 0 AND coalesce(c.deleted, 0) = 0 "
            "AND fc.hlc > coalesce(moved.hlc, 0) AND s.rowid <> (SELECT min(rowid) FROM sync_spaces) "
            "ORDER BY r.sent_on, r.id")));
    struct Row {
        QString referralId, reference, title, client, space, device, spaceId;
    };
    QVector<Row> rows;
    LINTAS_TRY(st.forEachRow([&] {
        rows.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)});
    }));
    QVector<Waiting> out;
    for (const Row &row : std::as_const(rows)) {
        // Sent by this organisation (or before it joined any space): not waiting for us.
        if (!home || row.device.isEmpty())
            continue;
        LINTAS_TRY_ASSIGN(const auto colleague, spaces.member(home->spaceId, row.device));
        if (colleague || row.device == m_workspace.writer().deviceId())
            continue;
        LINTAS_TRY_ASSIGN(const domain::Referral referral, m_workspace.referrals().get(row.referralId));
        LINTAS_TRY_ASSIGN(const auto sender, spaces.member(row.spaceId, row.device));
        out.push_back({referral, row.reference, row.title, row.client, row.space, sender ? sender->label : QString()});
    }
    return out;
}

Status SpaceHandoff::answer(const QString &referralId, const QString &status, const QString &reason)
{
    LINTAS_TRY_ASSIGN(auto tx, m_workspace.database().begin());
    LINTAS_TRY_ASSIGN(const auto waitingNow, waiting());
    if (std::none_of(
            waitingNow.cbegin(), waitingNow.cend(), [&](const Waiting &w) { return w.referral.id == referralId; }))
        return repo::validate::failure(QStringLiteral("not_waiting"),
            QStringLiteral("that referral is not a hand-off waiting for this organisation"), QString());
    LINTAS_TRY_ASSIGN(domain::Referral referral, m_workspace.referrals().get(referralId));
    referral.status = status;
    referral.respondedOn = today(m_workspace);
    if (!reason.trimmed().isEmpty())
        referral.feedback = reason.trimmed();
    LINTAS_TRY(m_workspace.referrals().update(referral));
    return tx.commit();
}

Status SpaceHandoff::accept(const QString &referralId)
{
    return answer(referralId, QStringLiteral("accepted"), QString());
}

Status SpaceHandoff::decline(const QString &referralId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return repo::validate::failure(
            QStringLiteral("required"), QStringLiteral("a decline needs a reason"), QStringLiteral("feedback"));
    return answer(referralId, QStringLiteral("rejected"), reason);
}

} // namespace lintas::sync
