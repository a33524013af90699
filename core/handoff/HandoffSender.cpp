#include "handoff/HandoffSender.h"

#include "handoff/CaseBundle.h"
#include "handoff/HandoffEnvelope.h"
#include "handoff/HandoffErrors.h"
#include "handoff/HandoffLedger.h"
#include "handoff/HandoffPacket.h"
#include "repo/Workspace.h"
#include "sync/SyncIdentity.h"

#include <QCborMap>
#include <QDateTime>

namespace lintas::handoff {

HandoffSender::HandoffSender(repo::Workspace &workspace, const sync::SyncIdentity &identity, QString myName)
    : m_workspace(workspace), m_identity(identity), m_name(std::move(myName))
{ }

Result<QByteArray> HandoffSender::makePacket(const QString &caseId, const HandoffAddress &recipient,
    const QString &referralId, const transfer::CaseShareChoice &share)
{
    RandomSource &random = m_workspace.writer().random();
    SentPacket sent;
    sent.packetId = random.bytes(HandoffEnvelope::PacketIdBytes);
    sent.caseId = caseId;
    sent.referralId = referralId;
    sent.recipient = recipient;
    sent.replySecret = SecretBytes(ReplySecretBytes);
    random.fill(sent.replySecret.data(), sent.replySecret.size());
    sent.createdAtMs = m_workspace.clock().nowMs();

    // One transaction: the referral is marked sent, the packet (which carries it so) made and
    // recorded, or none of it.
    LINTAS_TRY_ASSIGN(auto tx, m_workspace.database().begin());
    if (!referralId.isEmpty()) {
        LINTAS_TRY_ASSIGN(domain::Referral referral, m_workspace.referrals().get(referralId));
        if (referral.caseId != caseId)
            return makeError(ErrorCode::InvalidArgument,
                QStringLiteral("referral %1 belongs to another case than %2").arg(referralId, caseId));
        if (referral.status == QLatin1String("draft")) {
            referral.status = QStringLiteral("sent");
            referral.sentOn = QDateTime::fromMSecsSinceEpoch(sent.createdAtMs).date();
            LINTAS_TRY(m_workspace.referrals().update(referral));
        }
    }
    LINTAS_TRY_ASSIGN(const QByteArray bundle, CaseBundle::collect(m_workspace, caseId, share));
    QCborMap fields;
    fields.insert(packetkey::Content, bundle);
    fields.insert(packetkey::ReplySecret, sent.replySecret.exposeCopy());
    fields.insert(packetkey::CaseId, caseId);
    LINTAS_TRY_ASSIGN(const QByteArray file,
        HandoffEnvelope::seal(HandoffEnvelope::Kind::Packet, sent.packetId, recipient,
            HandoffAddress::fromIdentity(m_identity, m_name), m_identity.signing(), sent.createdAtMs, fields));
    LINTAS_TRY(HandoffLedger(m_workspace.database()).addSent(sent));
    LINTAS_TRY(tx.commit());
    return file;
}

Result<HandoffSender::ReplyOutcome> HandoffSender::importReply(const QByteArray &file)
{
    const HandoffAddress me = HandoffAddress::fromIdentity(m_identity, m_name);
    LINTAS_TRY_ASSIGN(const HandoffEnvelope::Opened opened,
        HandoffEnvelope::open(file, HandoffEnvelope::Kind::Reply, me, m_identity.box()));
    LINTAS_TRY_ASSIGN(auto tx, m_workspace.database().begin());
    HandoffLedger ledger(m_workspace.database());
    LINTAS_TRY_ASSIGN(const std::optional<SentPacket> sent, ledger.sent(opened.header.packetId));
    if (!sent)
        return handoffError(rule::UnknownPacket,
            QStringLiteral("this reply answers a hand-off packet that was not sent from this profile"));
    // The MAC proves the reply comes from whoever opened the packet; the signer must also be the
    // address the packet was made for.
    if (!HandoffEnvelope::macValid(sent->replySecret, opened.bodyBytes, opened.mac)
        || opened.sender.signKey != sent->recipient.signKey || opened.sender.boxKey != sent->recipient.boxKey)
        return handoffError(rule::Damaged,
            QStringLiteral("this reply does not come from the recipient of the packet it answers: it was refused"));
    const QString decision = opened.body.value(replykey::Decision).toString();
    if (decision != QLatin1String("accepted") && decision != QLatin1String("declined"))
        return handoffError(rule::Damaged, QStringLiteral("this reply carries no decision"));

    ReplyOutcome out;
    out.packetId = sent->packetId;
    out.caseId = sent->caseId;
    out.referralId = sent->referralId;
    out.from = opened.sender;
    if (!sent->decision.isEmpty()) {
        out.decision = sent->decision;
        out.reason = sent->reason;
        out.alreadyRecorded = true;
        return out;
    }
    out.decision = decision;
    out.reason = opened.body.value(replykey::Reason).toString();
    LINTAS_TRY(ledger.recordReply(out.packetId, out.decision, out.reason, opened.createdAtMs));
    if (!sent->referralId.isEmpty()) {
        LINTAS_TRY_ASSIGN(domain::Referral referral, m_workspace.referrals().get(sent->referralId));
        referral.status
            = decision == QLatin1String("accepted") ? QStringLiteral("accepted") : QStringLiteral("rejected");
        referral.feedback = out.reason;
        referral.respondedOn = QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).date();
        if (referral.sentOn.isValid() && referral.respondedOn < referral.sentOn)
            referral.respondedOn = referral.sentOn; // a wrong clock here must not block the answer
        LINTAS_TRY(m_workspace.referrals().update(referral));
    }
    LINTAS_TRY(tx.commit());
    return out;
}

} // namespace lintas::handoff
