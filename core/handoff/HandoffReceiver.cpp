#include "handoff/HandoffReceiver.h"

#include "handoff/CaseBundle.h"
#include "handoff/HandoffEnvelope.h"
#include "handoff/HandoffErrors.h"
#include "handoff/HandoffLedger.h"
#include "handoff/HandoffPacket.h"
#include "repo/Workspace.h"
#include "sync/SyncIdentity.h"

#include <QCborMap>

#include <sodium.h>

namespace lintas::handoff {

HandoffReceiver::HandoffReceiver(repo::Workspace &workspace, const sync::SyncIdentity &identity, QString myName)
    : m_workspace(workspace), m_identity(identity), m_name(std::move(myName))
{ }

Result<HandoffReceiver::Opened> HandoffReceiver::open(const QByteArray &file)
{
    const HandoffAddress me = HandoffAddress::fromIdentity(m_identity, m_name);
    LINTAS_TRY_ASSIGN(const HandoffEnvelope::Opened opened,
        HandoffEnvelope::open(file, HandoffEnvelope::Kind::Packet, me, m_identity.box()));
    Opened out;
    out.bundle = opened.body.value(packetkey::Content).toByteArray();
    QByteArray secret = opened.body.value(packetkey::ReplySecret).toByteArray();
    out.imported.caseId = opened.body.value(packetkey::CaseId).toString();
    if (secret.size() != ReplySecretBytes || out.imported.caseId.isEmpty() || out.bundle.isEmpty())
        return handoffError(rule::Damaged, QStringLiteral("this hand-off packet is incomplete"));
    out.replySecret = SecretBytes::fromBytes(secret.constData(), static_cast<std::size_t>(secret.size()));
    sodium_memzero(secret.data(), static_cast<std::size_t>(secret.size()));
    out.imported.packetId = opened.header.packetId;
    out.imported.sender = opened.sender;
    out.imported.sentAtMs = opened.createdAtMs;
    return out;
}

ReceivedPacket HandoffReceiver::ledgerRow(Opened &opened) const
{
    ReceivedPacket row;
    row.packetId = opened.imported.packetId;
    row.caseId = opened.imported.caseId;
    row.sender = opened.imported.sender;
    row.replySecret = std::move(opened.replySecret);
    row.sentAtMs = opened.imported.sentAtMs;
    row.importedAtMs = opened.imported.importedAtMs;
    return row;
}

Result<HandoffReceiver::Imported> HandoffReceiver::importPacket(const QByteArray &file)
{
    LINTAS_TRY_ASSIGN(Opened opened, open(file));
    Imported &out = opened.imported;
    LINTAS_TRY_ASSIGN(auto tx, m_workspace.database().begin());
    HandoffLedger ledger(m_workspace.database());
    LINTAS_TRY_ASSIGN(const std::optional<ReceivedPacket> earlier, ledger.received(out.packetId));
    if (earlier && earlier->importedAtMs != 0) {
        out.alreadyImported = true;
        out.importedAtMs = earlier->importedAtMs;
        return out;
    }
    LINTAS_TRY_ASSIGN(const QByteArray newOnly, CaseBundle::withoutExisting(m_workspace, opened.bundle));
    // Inside this transaction the importer's own is a savepoint: records and ledger row commit together.
    LINTAS_TRY_ASSIGN(out.summary, transfer::DataImporter(m_workspace).importJson(newOnly));
    out.importedAtMs = m_workspace.clock().nowMs();
    if (earlier)
        LINTAS_TRY(ledger.markImported(out.packetId, out.importedAtMs));
    else
        LINTAS_TRY(ledger.addReceived(ledgerRow(opened)));
    LINTAS_TRY(tx.commit());
    return std::move(opened.imported);
}

Result<QByteArray> HandoffReceiver::declineUnimported(const QByteArray &file, const QString &reason)
{
    LINTAS_TRY_ASSIGN(Opened opened, open(file));
    LINTAS_TRY_ASSIGN(auto tx, m_workspace.database().begin());
    HandoffLedger ledger(m_workspace.database());
    LINTAS_TRY_ASSIGN(const std::optional<ReceivedPacket> earlier, ledger.received(opened.imported.packetId));
    if (!earlier)
        LINTAS_TRY(ledger.addReceived(ledgerRow(opened)));
    LINTAS_TRY_ASSIGN(const QByteArray reply, makeReply(opened.imported.packetId, Decision::Decline, reason));
    LINTAS_TRY(tx.commit());
    return reply;
}

Result<QByteArray> HandoffReceiver::makeReply(const QByteArray &packetId, Decision decision, const QString &reason)
{
    LINTAS_TRY_ASSIGN(auto tx, m_workspace.database().begin());
    HandoffLedger ledger(m_workspace.database());
    LINTAS_TRY_ASSIGN(const std::optional<ReceivedPacket> received, ledger.received(packetId));
    if (!received)
        return handoffError(
            rule::UnknownPacket, QStringLiteral("no hand-off packet with this id was opened in this profile"));
    const QString decisionText = decision == Decision::Accept ? QStringLiteral("accepted") : QStringLiteral("declined");
    QCborMap fields;
    fields.insert(replykey::Decision, decisionText);
    fields.insert(replykey::Reason, reason);
    LINTAS_TRY_ASSIGN(const QByteArray file,
        HandoffEnvelope::seal(HandoffEnvelope::Kind::Reply, packetId, received->sender,
            HandoffAddress::fromIdentity(m_identity, m_name), m_identity.signing(), m_workspace.clock().nowMs(), fields,
            &received->replySecret));
    LINTAS_TRY(ledger.recordDecision(packetId, decisionText, reason));
    LINTAS_TRY(tx.commit());
    return file;
}

} // namespace lintas::handoff
