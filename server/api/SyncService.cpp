#include "api/SyncService.h"

#include "base/Clock.h"
#include "protocol/Envelope.h"
#include "protocol/LogChain.h"
#include "protocol/Membership.h"

#include <QSet>

#include <algorithm>

namespace lintas::server {

using protocol::Ack;
using protocol::AckStatus;

namespace {

constexpr qint64 hlcMs(quint64 hlc)
{
    return static_cast<qint64>(hlc >> 16);
}

AckStatus ackStatus(PushOutcome outcome)
{
    switch (outcome) {
    case PushOutcome::Stored:
        return AckStatus::Stored;
    case PushOutcome::Duplicate:
        return AckStatus::Duplicate;
    case PushOutcome::Mismatch:
        break;
    }
    return AckStatus::Mismatch;
}

} // namespace

SyncService::SyncService(ServerStore &store, const Clock &clock, QByteArray logGeneration, SyncLimits limits)
    : m_store(store), m_clock(clock), m_generation(std::move(logGeneration)), m_limits(limits)
{ }

SyncService::Checked SyncService::check(const DeviceRecord &device, const protocol::SyncRequest &request) const
{
    Checked c;
    const qint64 now = m_clock.nowMs();
    for (const QByteArray &bytes : request.push) {
        const auto envelope = protocol::Envelope::decode(bytes, request.spaceId);
        // A device pushes only its own records, signed by its own key; anything else is refused
        // here, before it can reach other members.
        if (!envelope || envelope->header.deviceId != device.deviceId || !envelope->signatureValid(device.signKey)) {
            c.itemOf.push_back(-1);
            continue;
        }
        const protocol::EnvelopeHeader &h = envelope->header;
        if (hlcMs(h.hlc) > now + m_limits.clockAheadMs)
            c.flags |= ClockAhead;
        c.itemOf.push_back(int(c.items.size()));
        c.items.push_back({h.changeId, h.deviceSeq, h.hlc, h.epoch, bytes});
    }
    return c;
}

Result<QVector<Ack>> SyncService::push(const DeviceRecord &device, const QByteArray &spaceId, Checked &checked)
{
    QVector<PushAck> stored;
    // A new change under a device_seq already used means two disks share one device identity
    // (a cloned disk, a restored backup): those records are refused and the device flagged, so it
    // re-enrols. Found after a trial append, which is then rolled back and redone without them.
    QSet<int> reused;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QVector<PushItem> items;
        QVector<int> positions;
        for (int i = 0; i < checked.items.size(); ++i)
            if (!reused.contains(i)) {
                items.push_back(checked.items.at(i));
                positions.push_back(i);
            }
        bool found = false;
        const Status s = m_store.inTransaction([&]() -> Status {
            LINTAS_TRY_ASSIGN(qint64 highest, m_store.lastDeviceSeq(spaceId, device.deviceId));
            LINTAS_TRY_ASSIGN(stored, m_store.append(spaceId, device.deviceId, items, m_clock.nowMs()));
            for (int k = 0; k < stored.size(); ++k) {
                if (stored.at(k).outcome != PushOutcome::Stored)
                    continue;
                if (items.at(k).deviceSeq <= highest) {
                    reused.insert(positions.at(k));
                    found = true;
                }
                highest = std::max(highest, items.at(k).deviceSeq);
            }
            if (found)
                return makeError(ErrorCode::Cancelled, QStringLiteral("device_seq reused"));
            return {};
        });
        if (s.ok()) {
            QVector<PushAck> byItem(checked.items.size());
            for (int k = 0; k < positions.size(); ++k)
                byItem[positions.at(k)] = stored.at(k);
            QVector<Ack> acks;
            for (int index : std::as_const(checked.itemOf)) {
                if (index < 0 || reused.contains(index)) {
                    acks.push_back({AckStatus::Rejected, 0});
                    continue;
                }
                const PushAck &a = byItem.at(index);
                if (a.outcome == PushOutcome::Mismatch)
                    checked.flags |= BytesMismatch;
                acks.push_back({ackStatus(a.outcome), a.seq});
            }
            if (!reused.isEmpty())
                checked.flags |= SeqReused;
            return acks;
        }
        if (!found)
            return s.error();
    }
    return makeError(ErrorCode::Internal, QStringLiteral("device_seq check did not settle"));
}

Result<bool> SyncService::cursorMatches(const QByteArray &spaceId, const protocol::Cursor &cursor, const LogHead &head)
{
    if (cursor.generation.isEmpty())
        return cursor.seq == 0; // a device that never pulled starts at the beginning
    if (cursor.generation != m_generation || cursor.seq > head.seq)
        return false;
    LINTAS_TRY_ASSIGN(const QByteArray chain, m_store.chainAt(spaceId, cursor.seq));
    return chain == cursor.chain;
}

Status SyncService::pull(const DeviceRecord &device, const protocol::SyncRequest &request, protocol::SyncReply &reply)
{
    const qint64 budget = std::min(request.pullBytes, m_limits.maxPullBytes);
    LINTAS_TRY_ASSIGN(const QVector<LogRecord> records,
        m_store.read(request.spaceId, request.cursor.seq, m_limits.maxPullRecords, budget));
    if (records.isEmpty())
        return {};
    for (const LogRecord &r : records)
        // The device's own records come back as an empty string: it has their bytes already
        // (and the hash it needs for the chain), so a push costs its bytes once, not twice.
        reply.records.push_back(r.deviceId == device.deviceId ? QByteArray() : r.envelope);
    LINTAS_TRY_ASSIGN(reply.chain, m_store.chainAt(request.spaceId, records.last().seq));
    reply.generation = m_generation;
    return {};
}

bool SyncService::rotatedSince(const QVector<MembershipEntry> &newer)
{
    return std::any_of(newer.cbegin(), newer.cend(), [](const MembershipEntry &e) {
        const auto decoded = protocol::MembershipEntryData::decode(e.entry);
        return decoded && decoded->op == protocol::MembershipOp::RotateEpoch;
    });
}

Result<protocol::SyncReply> SyncService::handle(const DeviceRecord &device, const protocol::SyncRequest &request)
{
    protocol::SyncReply reply;
    // Members joined or left since the device last looked: it reads the membership log before it
    // can verify their records (usually nothing is newer, and nothing is sent).
    LINTAS_TRY_ASSIGN(const auto newer, m_store.membership(request.spaceId, request.membershipIndex));
    if (!newer.isEmpty())
        reply.membershipHead = newer.last().index;
    if (!request.push.isEmpty() && rotatedSince(newer)) {
        // Sealed before the device knew of the new epoch, perhaps with the key of a removed
        // member's time: nothing is stored, and it comes back sealed with the new key.
        reply.acks.fill({protocol::AckStatus::Later, 0}, request.push.size());
        reply.deviceFlags = device.flags;
        LINTAS_TRY_ASSIGN(const LogHead head, m_store.head(request.spaceId));
        reply.headSeq = head.seq;
        reply.serverTime = m_clock.nowMs();
        return reply;
    }
    Checked checked = check(device, request);
    if (!request.push.isEmpty()) {
        LINTAS_TRY_ASSIGN(reply.acks, push(device, request.spaceId, checked));
    }
    if (checked.flags != 0)
        LINTAS_TRY(m_store.addDeviceFlags(device.deviceId, checked.flags));
    reply.deviceFlags = device.flags | checked.flags;

    LINTAS_TRY_ASSIGN(const LogHead head, m_store.head(request.spaceId));
    reply.headSeq = head.seq;
    LINTAS_TRY_ASSIGN(const bool matches, cursorMatches(request.spaceId, request.cursor, head));
    if (!matches) {
        reply.status = protocol::SyncStatus::Resync;
        reply.generation = m_generation;
    } else if (request.pullBytes > 0 && request.cursor.seq < head.seq) {
        LINTAS_TRY(pull(device, request, reply));
    }
    reply.serverTime = m_clock.nowMs();
    return reply;
}

} // namespace lintas::server
