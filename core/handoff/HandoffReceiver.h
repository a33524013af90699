#pragma once

#include "base/Result.h"
#include "crypto/SecretBytes.h"
#include "handoff/HandoffAddress.h"
#include "handoff/HandoffLedger.h"
#include "transfer/DataImporter.h"

#include <QByteArray>
#include <QString>

namespace lintas::repo {
class Workspace;
}
namespace lintas::sync {
class SyncIdentity;
}

namespace lintas::handoff {

// The receiving side: opens a packet sealed to this profile, imports its case through the import
// write path (so every record gets field clocks and outbox records and syncs on to colleagues),
// and answers with a reply.
class HandoffReceiver {
public:
    HandoffReceiver(repo::Workspace &workspace, const sync::SyncIdentity &identity, QString myName);

    struct Imported {
        QByteArray packetId;
        QString caseId;
        HandoffAddress sender; // show its fingerprint: the sender's own is the one to compare with
        qint64 sentAtMs = 0;
        qint64 importedAtMs = 0;
        bool alreadyImported = false; // nothing was written now; importedAtMs is the first import
        transfer::ImportSummary summary;
    };
    // Records this profile already has (same id) are left as they are: a packet only adds.
    Result<Imported> importPacket(const QByteArray &file);

    // Declines a packet without importing anything from it (the case never enters this
    // profile) and returns the reply. Importing it later is still possible.
    Result<QByteArray> declineUnimported(const QByteArray &file, const QString &reason);

    enum class Decision { Accept, Decline };
    // A reply to a packet imported here, sealed to its sender. Refused for an unknown packet.
    Result<QByteArray> makeReply(const QByteArray &packetId, Decision decision, const QString &reason = {});

private:
    struct Opened {
        Imported imported;
        QByteArray bundle;
        SecretBytes replySecret;
    };
    Result<Opened> open(const QByteArray &file);
    ReceivedPacket ledgerRow(Opened &opened) const;

    repo::Workspace &m_workspace;
    const sync::SyncIdentity &m_identity;
    QString m_name;
};

} // namespace lintas::handoff
