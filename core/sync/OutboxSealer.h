#pragma once

#include "base/Result.h"
#include "sync/SyncSpaces.h"

#include <QVector>

namespace lintas {
class RandomSource;
}
namespace lintas::store {
class Database;
}

namespace lintas::sync {

class SyncIdentity;

// An outbox record ready to push: its exact envelope bytes, sealed once.
struct PendingEnvelope {
    qint64 deviceSeq = 0;
    QByteArray envelope;
    // Sealed by this call of next(): no server has seen these bytes before this push.
    bool fresh = false;
};

// Seals this device's outbox records into envelopes for the space, oldest first. A record is
// sealed once and its bytes kept (outbox.envelope): a retry after a timeout resends the same
// bytes, so the server can tell a retry ("duplicate") from a forgery ("mismatch").
class OutboxSealer {
public:
    OutboxSealer(store::Database &db, const SyncIdentity &identity, RandomSource &random)
        : m_db(db), m_identity(identity), m_random(random)
    { }

    // Records not yet acknowledged, in device order, up to about `maxBytes` of envelopes (always
    // at least one when any wait). Unsealed ones among them are sealed and saved first, in one
    // transaction. `afterDeviceSeq`: only records after it (an export walks the whole outbox).
    Result<QVector<PendingEnvelope>> next(const SpaceInfo &space, qint64 maxBytes, qint64 afterDeviceSeq = 0);
    Result<qint64> waitingCount() { return countWaiting(m_db); }
    // Changes not yet acknowledged by the server (what "N waiting" shows); with a space, those
    // for that space.
    static Result<qint64> countWaiting(store::Database &db, const SpaceInfo *space = nullptr);

private:
    store::Database &m_db;
    const SyncIdentity &m_identity;
    RandomSource &m_random;
};

} // namespace lintas::sync
