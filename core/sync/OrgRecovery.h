#pragma once

#include "base/Result.h"
#include "protocol/InviteCode.h"
#include "sync/JoinFlow.h"
#include "sync/SyncTransport.h"

#include <QString>

namespace lintas {
class Clock;
class RandomSource;
} // namespace lintas
namespace lintas::store {
class Database;
}

namespace lintas::sync {

// What the organisation's recovery sheet carries; the QR holds toText():
// "lintas:orgrecovery?server=<percent-encoded URL>&space=<32 hex>&code=<recovery code>".
struct OrgRecoveryLink {
    QString serverUrl;
    QString spaceId; // 32 hex
    QString code; // normalised crypto::RecoveryCode

    QString toText() const;
    // Validation (field "recoveryLink") for another scheme, a missing server or space, a bad code.
    static Result<OrgRecoveryLink> parse(const QString &text);
};

struct OrgRecoverySheet {
    OrgRecoveryLink link;
    QString spaceName;
    QString fingerprint; // of the recovery key's device keys, as the member list shows it
};

// The organisation's recovery key (SYNC.md, "Keys and trust"): an offline admin of the space
// whose secret is only on paper. Its device keys, its device id and the invite it joined with
// all follow from the printed code and the space id, so nothing of it is stored anywhere. As a
// member it receives every epoch key like any laptop (sealed at approval with the welcome MAC,
// and by every later rotation); as an admin it can admit a new laptop when every admin laptop
// is lost.
class OrgRecovery {
public:
    OrgRecovery(SyncTransport &transport, const Clock &clock, RandomSource &random,
        protocol::InviteCost cost = protocol::InviteCost::interactive());

    // An admin laptop (`adminDb`) makes the key: a member invite derived from the code, the
    // recovery device joins with it, and the admin approves it as an admin. Print the sheet;
    // the code is shown once and kept nowhere.
    Result<OrgRecoverySheet> create(store::Database &adminDb, const QString &spaceId);

    // On a new laptop (`db`, a profile that has joined nothing): acting as the recovery key, reads
    // and verifies the membership log and the epoch keys, then admits this laptop as an admin.
    // The laptop then syncs the space's data like any member. Crypto when the server's answers
    // do not verify; WrongPassphrase when the code is not this space's recovery key.
    Result<JoinResult> admitWith(store::Database &db, const OrgRecoveryLink &link, const QString &label);

    // How the key is named in the list of laptops (followed by the date it was made).
    static QString deviceLabel() { return QStringLiteral("Organisation recovery key"); }

private:
    SyncTransport &m_transport;
    const Clock &m_clock;
    RandomSource &m_random;
    protocol::InviteCost m_cost;
};

} // namespace lintas::sync
