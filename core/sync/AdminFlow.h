#pragma once

#include "base/Result.h"
#include "protocol/InviteCode.h"
#include "protocol/JoinMessages.h"
#include "sync/ProfileSession.h"
#include "sync/SyncTransport.h"

#include <QString>
#include <QVector>

namespace lintas {
class Clock;
class RandomSource;
} // namespace lintas
namespace lintas::store {
class Database;
}

namespace lintas::sync {

struct CreatedInvite {
    QString code; // show once, with the QR of joinLink
    QString joinLink; // protocol::JoinLink text
    qint64 expiresAt = 0;
};

// A device waiting for approval, as the server reports it and as this app checked it.
struct Joiner {
    protocol::PendingJoiner pending;
    QString label;
    QString fingerprint; // crypto::fingerprint(sign key || box key): compare with the joiner's screen
    // The joiner's MAC (invite MAC key) matches these keys: false means the server changed them.
    bool verified = false;
};

// A fingerprint as a person typed it after hearing it read out: the same one whatever the case,
// spaces or dashes. Fingerprints are RFC 4648 base32, which has no 0, 1 or 8: typed, those can
// only mean O, I and B.
bool sameFingerprint(const QString &typed, const QString &fingerprint);

// An admin device's side of joining: make member invites, list who is waiting, approve.
class AdminFlow {
public:
    AdminFlow(store::Database &db, SyncTransport &transport, const Clock &clock, RandomSource &random,
        protocol::InviteCost cost = protocol::InviteCost::interactive());

    // Registers a one-time invite for a member of `spaceId` (hex) at the server (inviteId and
    // proof key only) and keeps the code in the profile until its joiner is approved.
    // `code`: one both sides derive from a shared secret (OrgRecovery); a random one if empty.
    Result<CreatedInvite> createInvite(
        const QString &spaceId, qint64 validForMs = 3LL * 24 * 3600 * 1000, const QString &code = QString());

    // Devices that registered with this profile's invites and are not members yet.
    Result<QVector<Joiner>> pendingJoiners(const QString &spaceId);

    // Appends a signed add-device entry for a verified joiner, seals every epoch key this
    // profile holds to the joiner's box key with a welcome MAC, and forgets the invite code.
    // Returns the joiner's fingerprint. Crypto for a joiner whose keys do not verify.
    // `role` "admin" makes it an admin at once (the organisation's recovery key, a new laptop
    // the recovery key admits).
    Result<QString> approve(
        const QString &spaceId, const Joiner &joiner, const QString &role = QStringLiteral("member"));

private:
    store::Database &m_db;
    const Clock &m_clock;
    RandomSource &m_random;
    protocol::InviteCost m_cost;
    ProfileSession m_profile; // one login for all the calls of this flow
};

} // namespace lintas::sync
