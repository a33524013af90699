#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QVector>

namespace lintas::protocol {

// Where a device is in a space's log: the log generation it has been reading (a new generation
// means the server's log was replaced, e.g. restored from a backup), the last sequence number it
// applied, and the log chain hash after it (LogChain).
struct Cursor {
    QByteArray generation; // empty before the first pull
    qint64 seq = 0;
    QByteArray chain; // 32 bytes; genesis at seq 0

    bool operator==(const Cursor &) const = default;
};

// One round trip does push and pull: POST /v1/sync, body CBOR (docs/protocol.md).
struct SyncRequest {
    QByteArray spaceId;
    Cursor cursor;
    QVector<QByteArray> push; // encoded envelopes, this device's only, in device_seq order
    qint64 pullBytes = 0; // how many bytes of records the client wants back at most; 0 = none
    qint64 membershipIndex = 0; // the membership log head this device has verified

    QByteArray encode() const;
    static Result<SyncRequest> decode(const QByteArray &bytes);
};

enum class AckStatus {
    Stored = 0,
    Duplicate = 1, // already stored from an earlier try: `seq` is where
    Mismatch = 2, // this change id is stored with other bytes: never re-encrypt, this is a bug or an attack
    Rejected = 3, // malformed, not this device's, bad signature: never stored
    // Not taken yet: the space moved to a new epoch after the membership head the request names.
    // The device reads the log, fetches the new key and sends again (fresh records sealed anew).
    Later = 4,
};

struct Ack {
    AckStatus status = AckStatus::Stored;
    qint64 seq = 0;
};

enum class SyncStatus {
    Ok = 0,
    Resync = 1, // the cursor does not match this server's log: re-push what you hold, pull from 0
};

struct SyncReply {
    qint64 serverTime = 0; // ms since the epoch: clients correct their clocks with it
    SyncStatus status = SyncStatus::Ok;
    QVector<Ack> acks; // one per pushed envelope, in order
    // Records cursor.seq + 1, cursor.seq + 2, … (contiguous, so no sequence numbers on the wire).
    QVector<QByteArray> records;
    qint64 headSeq = 0; // the log's last sequence number when the reply was made
    QByteArray generation; // set when records are returned or on Resync
    QByteArray chain; // chain after the last returned record; set when records are returned
    QByteArray token; // a renewed token when the one used is close to expiring
    qint64 tokenExpiresAt = 0;
    quint32 deviceFlags = 0; // what the server noticed about this device (clock ahead, …)
    qint64 membershipHead = 0; // set when the space's membership log is past the request's index

    QByteArray encode() const;
    static Result<SyncReply> decode(const QByteArray &bytes);
};

// Device authentication: POST /v1/auth/challenge {device} → {challenge, time};
// POST /v1/auth/token {device, challenge, signature} → {token, expires, time}.
struct ChallengeRequest {
    QByteArray deviceId;
    QByteArray encode() const;
    static Result<ChallengeRequest> decode(const QByteArray &bytes);
};

struct ChallengeReply {
    QByteArray challenge;
    qint64 serverTime = 0;
    QByteArray encode() const;
    static Result<ChallengeReply> decode(const QByteArray &bytes);
};

struct TokenRequest {
    QByteArray deviceId;
    QByteArray challenge;
    QByteArray signature; // Ed25519 over signedMessage()
    QByteArray encode() const;
    static Result<TokenRequest> decode(const QByteArray &bytes);
    // Domain-separated, so a signature made for an envelope can never pass as a login.
    static QByteArray signedMessage(const QByteArray &challenge, const QByteArray &deviceId);
};

struct TokenReply {
    QByteArray token;
    qint64 expiresAt = 0;
    qint64 serverTime = 0;
    QByteArray encode() const;
    static Result<TokenReply> decode(const QByteArray &bytes);
};

} // namespace lintas::protocol
