#pragma once

#include "base/Result.h"
#include "crypto/SecretBytes.h"
#include "handoff/HandoffAddress.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace lintas::store {
class Database;
}

namespace lintas::handoff {

struct SentPacket {
    QByteArray packetId;
    QString caseId;
    QString referralId; // empty when the packet was not made for a referral
    HandoffAddress recipient;
    SecretBytes replySecret;
    qint64 createdAtMs = 0;
    QString decision; // "accepted" / "declined" once a reply came, else empty
    QString reason;
    qint64 repliedAtMs = 0; // the reply's created-at
};

struct ReceivedPacket {
    QByteArray packetId;
    QString caseId;
    HandoffAddress sender;
    SecretBytes replySecret;
    qint64 sentAtMs = 0;
    qint64 importedAtMs = 0; // 0: declined without importing it
    QString decision; // set once this profile replied
    QString reason;
};

// This profile's own record of the packets it sent and imported (handoff_sent,
// handoff_received). Local bookkeeping, not synced: it holds the reply secrets, which must not
// leave the laptop that made or opened the packet. Callers hold the transaction.
class HandoffLedger {
public:
    explicit HandoffLedger(store::Database &db) : m_db(db) { }

    Status addSent(const SentPacket &packet);
    Result<std::optional<SentPacket>> sent(const QByteArray &packetId);
    Status recordReply(const QByteArray &packetId, const QString &decision, const QString &reason, qint64 repliedAtMs);

    Status addReceived(const ReceivedPacket &packet);
    Result<std::optional<ReceivedPacket>> received(const QByteArray &packetId);
    Status markImported(const QByteArray &packetId, qint64 importedAtMs);
    Status recordDecision(const QByteArray &packetId, const QString &decision, const QString &reason);
    // Packets imported here and not answered yet, oldest first: what waits for an accept or a
    // decline. Their reply secrets are not read.
    Result<std::vector<ReceivedPacket>> unanswered();

private:
    store::Database &m_db;
};

} // namespace lintas::handoff
