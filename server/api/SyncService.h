#pragma once

#include "base/Result.h"
#include "protocol/SyncMessages.h"
#include "storage/ServerStore.h"

namespace lintas {
class Clock;
}

namespace lintas::server {

struct SyncLimits {
    qint64 maxPullBytes = 4 * 1024 * 1024;
    int maxPullRecords = 10'000;
    qint64 clockAheadMs = 24LL * 60 * 60 * 1000; // records stamped further ahead flag their device
};

// One push-and-pull round trip for a device that is a member of the space (the caller checked).
// Push first, so a device's records are in the log before it reads; then the cursor is checked
// against this server's log and the next records are returned.
class SyncService {
public:
    SyncService(ServerStore &store, const Clock &clock, QByteArray logGeneration, SyncLimits limits = {});

    Result<protocol::SyncReply> handle(const DeviceRecord &device, const protocol::SyncRequest &request);

private:
    struct Checked {
        QVector<PushItem> items; // valid envelopes
        QVector<int> itemOf; // per pushed envelope: index into items, or -1 when rejected
        quint32 flags = 0;
    };
    Checked check(const DeviceRecord &device, const protocol::SyncRequest &request) const;
    Result<QVector<protocol::Ack>> push(const DeviceRecord &device, const QByteArray &spaceId, Checked &checked);
    // A RotateEpoch among the membership entries the device has not verified yet.
    static bool rotatedSince(const QVector<MembershipEntry> &newer);
    Result<bool> cursorMatches(const QByteArray &spaceId, const protocol::Cursor &cursor, const LogHead &head);
    Status pull(const DeviceRecord &device, const protocol::SyncRequest &request, protocol::SyncReply &reply);

    ServerStore &m_store;
    const Clock &m_clock;
    QByteArray m_generation;
    SyncLimits m_limits;
};

} // namespace lintas::server
