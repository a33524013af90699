#pragma once

#include "base/Result.h"
#include "sync/SyncSpaces.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace lintas {
class RandomSource;
}
namespace lintas::store {
class Database;
}

namespace lintas::sync {

// Records set aside by one reason (ReplyApplier's reasons: "bad_signature", "clock_ahead", …).
struct QuarantineGroup {
    QString reason;
    int count = 0;
    qint64 lastReceivedAt = 0;
    QString lastDetail; // English, from the newest record of the group
};

// Everything the sync page and `lintas-cli sync status` show about a profile, read in one go
// from its own tables (the worker's live state comes separately, as SyncState).
struct SyncOverview {
    std::optional<SpaceInfo> space; // none before joining
    bool joinPending = false; // registered with an invite, waiting for an admin
    qint64 waiting = 0;
    int openConflicts = 0;
    QVector<QuarantineGroup> quarantine; // set aside as unusable (held deletions are not in here)
    int quarantined = 0;
    int heldDeletions = 0; // mass deletions waiting for a person to confirm or refuse them
    qint64 clockOffsetMs = 0; // server time − laptop time, learnt at the last sync
    QString deviceId;
    QString fingerprint; // this device's, to compare when an admin approves it
    QVector<SpaceMember> members; // of the current space, as the verified membership log names them
    // Every space joined (the organisation's first, then shared ones) and each one's members.
    QVector<SpaceInfo> spaces;
    QHash<QString, QVector<SpaceMember>> spaceMembers;
    QString joiningSpace; // the name of a space this laptop waits to be approved into, if any

    bool isAdmin() const { return space && space->role == QStringLiteral("admin"); }
};

class SyncOverviewReader {
public:
    // Makes the device identity on first use (a write), like joining would.
    static Result<SyncOverview> read(store::Database &db, RandomSource &random);
};

} // namespace lintas::sync
