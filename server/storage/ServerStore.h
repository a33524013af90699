#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

namespace lintas::server {

// Identifiers (space, device, change, invite) are 16 random bytes, stored and compared as raw
// bytes. The server never sees plaintext: envelopes are opaque bytes it keeps and serves unchanged.

// A space's log position: the last sequence number and the running hash of the log up to it
// (protocol::LogChain; 32 zero bytes at seq 0). Clients compare the hash at their cursor with
// the server's, so a log restored from an older backup or rewritten is noticed.
struct LogHead {
    qint64 seq = 0;
    QByteArray chain;
};

struct SpaceRecord {
    QByteArray spaceId;
    QString name;
    qint64 createdAt = 0;
    LogHead head;
};

// One envelope pushed by a device, with the routing metadata the server may see.
struct PushItem {
    QByteArray changeId;
    qint64 deviceSeq = 0;
    quint64 hlc = 0;
    quint32 epoch = 0;
    QByteArray envelope; // exact bytes as sent
};

enum class PushOutcome {
    Stored, // new: appended at `seq`
    Duplicate, // this change id with these exact bytes is already at `seq` (a retried push)
    Mismatch, // this change id is already at `seq` with different bytes: rejected, device flagged
};

struct PushAck {
    PushOutcome outcome = PushOutcome::Stored;
    qint64 seq = 0;
};

struct LogRecord {
    qint64 seq = 0;
    QByteArray deviceId;
    QByteArray envelope;
};

enum DeviceFlag : quint32 {
    ClockAhead = 1u << 0, // pushed records stamped more than 24 h after the server's time
    SeqReused = 1u << 1, // reused a device_seq with a different change (cloned disk, restored backup)
    BytesMismatch = 1u << 2, // re-sent a change id with different bytes
};

struct DeviceRecord {
    QByteArray deviceId;
    QByteArray signKey; // Ed25519 public key (32 bytes)
    QByteArray boxKey; // X25519 public key (32 bytes)
    QString label; // chosen by the device ("Laptop Sri, LBH Lampung"); may be empty
    qint64 createdAt = 0;
    qint64 revokedAt = 0; // 0 = active
    quint32 flags = 0; // DeviceFlag bits
};

// One signed operation of a space's membership log (add device, remove device, grant admin,
// rotate epoch), with the hash chaining it to the entry before. The API layer verifies the
// signature and the chain; the store keeps entries and the member table derived from them.
struct MembershipEntry {
    qint64 index = 0; // 1, 2, 3 … per space
    QByteArray entry; // the signed bytes as the admin device produced them
    QByteArray hash; // chain hash after this entry (32 bytes)
};

// How an entry changes who may use the space. An empty role removes the device.
struct MemberChange {
    QByteArray deviceId;
    QString role; // "member", "admin", or empty = removed
};

struct InviteRecord {
    QByteArray inviteId;
    QByteArray spaceId;
    QByteArray verifyKey; // Ed25519 public key derived from the invite secret; the secret stays with people
    QString role; // role the joining device asks for: "admin" for an organisation's first device
    QByteArray createdBy; // device id; empty when created by the server admin command
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
    qint64 usedAt = 0; // 0 = unused
    QByteArray usedBy; // device id
};

// A space epoch key sealed (crypto_box_seal) to one device's X25519 key by an admin device.
struct KeyWrap {
    QByteArray spaceId;
    quint32 epoch = 0;
    QByteArray deviceId;
    QByteArray sealed;
    qint64 createdAt = 0;
};

// Storage for lintas-server: SQLite file (SqliteServerStore) or PostgreSQL (PgServerStore).
// Both pass the same conformance suite (tests/server/storage). An instance is one connection,
// used by one thread at a time; several instances on the same data work side by side (one per
// server worker, or several server processes). Every method is atomic on its own, and inTransaction() groups several
// calls into one transaction (nesting allowed). Errors: NotFound, AlreadyExists, InvalidArgument, Sql/Io/Busy.
class ServerStore {
public:
    virtual ~ServerStore() = default;

    // Creates or upgrades the schema. Safe on every start.
    virtual Status migrate() = 0;
    virtual Status inTransaction(const std::function<Status()> &work) = 0;

    // Server settings (log generation, token secret, schema version). A null value = unset.
    virtual Result<QByteArray> meta(const QString &key) = 0;
    virtual Status setMeta(const QString &key, const QByteArray &value) = 0;
    // The stored value, or `value` stored now if there was none (atomic).
    virtual Result<QByteArray> metaOrInit(const QString &key, const QByteArray &value) = 0;

    // Spaces and their logs.
    virtual Status createSpace(const QByteArray &spaceId, const QString &name, qint64 nowMs) = 0; // AlreadyExists
    virtual Result<QVector<SpaceRecord>> spaces() = 0;
    virtual Result<LogHead> head(const QByteArray &spaceId) = 0; // NotFound: no such space
    // Appends in one transaction that holds the space's counter row locked, so sequence numbers
    // become visible in commit order without gaps. Idempotent by change id (see PushOutcome);
    // a change id repeated inside `items` is a Duplicate of its first occurrence. Acks in order.
    virtual Result<QVector<PushAck>> append(
        const QByteArray &spaceId, const QByteArray &deviceId, const QVector<PushItem> &items, qint64 nowMs)
        = 0;
    // Records with seq > afterSeq in order, at most maxRecords, stopping before the record that
    // would take the total envelope size over maxBytes — but always at least one if any exist.
    virtual Result<QVector<LogRecord>> read(const QByteArray &spaceId, qint64 afterSeq, int maxRecords, qint64 maxBytes)
        = 0;
    // The log chain hash after `seq` (32 zero bytes for 0). NotFound when seq > head.
    virtual Result<QByteArray> chainAt(const QByteArray &spaceId, qint64 seq) = 0;
    // Highest device_seq this device has in the space's log (0 if none). Inside a transaction it
    // holds the space's log like append() does, so the answer stays true until that append.
    virtual Result<qint64> lastDeviceSeq(const QByteArray &spaceId, const QByteArray &deviceId) = 0;

    // Devices.
    virtual Status addDevice(const DeviceRecord &device) = 0; // AlreadyExists
    virtual Result<DeviceRecord> device(const QByteArray &deviceId) = 0; // NotFound
    virtual Status addDeviceFlags(const QByteArray &deviceId, quint32 flags) = 0; // OR-ed in
    virtual Status revokeDevice(const QByteArray &deviceId, qint64 nowMs) = 0;

    // Membership.
    virtual Result<QVector<MembershipEntry>> membership(const QByteArray &spaceId, qint64 afterIndex) = 0;
    // Appends `entry` (its index must be the last index + 1, else AlreadyExists: another admin
    // got there first) and applies `changes` to the member table, in one transaction.
    virtual Status appendMembership(
        const QByteArray &spaceId, const MembershipEntry &entry, const QVector<MemberChange> &changes)
        = 0;
    // "member" or "admin"; an empty string when the device is not (or no longer) a member.
    virtual Result<QString> memberRole(const QByteArray &spaceId, const QByteArray &deviceId) = 0;
    virtual Result<QVector<QByteArray>> spacesOf(const QByteArray &deviceId) = 0;

    // Invites (one-time).
    virtual Status addInvite(const InviteRecord &invite) = 0; // AlreadyExists
    virtual Result<InviteRecord> invite(const QByteArray &inviteId) = 0; // NotFound
    // Marks the invite used by `deviceId`; AlreadyExists when it was used before (atomic).
    virtual Status useInvite(const QByteArray &inviteId, const QByteArray &deviceId, qint64 nowMs) = 0;

    // Wrapped epoch keys. Adding the same (space, epoch, device) again replaces the sealed bytes.
    virtual Status putKeyWrap(const KeyWrap &wrap) = 0;
    virtual Result<QVector<KeyWrap>> keyWraps(const QByteArray &spaceId, const QByteArray &deviceId) = 0;
};

// Opens the store named on the command line: a directory (SQLite file `lintas-server.db` in it)
// or a `postgresql://…` URL. Runs migrate().
Result<std::unique_ptr<ServerStore>> openServerStore(const QString &dataDir, const QString &databaseUrl);

} // namespace lintas::server
