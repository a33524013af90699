#pragma once

#include "base/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVector>

namespace lintas::crypto {
class SigningKey;
}

namespace lintas::protocol {

enum class MembershipOp {
    AddDevice = 1,
    RemoveDevice = 2,
    GrantAdmin = 3,
    RotateEpoch = 4,
};

// One operation of a space's membership log, signed by an admin device. Wire form: a CBOR map
// with integer keys, written in key order and re-encoded on decode (so there is one encoding):
//   1 version (1), 2 space id, 3 index, 4 previous hash (32), 5 op, 6 device id, 7 sign key,
//   8 box key, 9 label, 10 role, 11 epoch, 12 signer device id, 13 signature (64),
//   14 key commitment (32, RotateEpoch), 15 last accepted device_seq (RemoveDevice)
// Keys 6–11, 14 and 15 are present as the op needs them. The signature is Ed25519 over a domain label and
// the encoding without key 13; hash() is BLAKE2b-256 of the whole encoding, and the next entry
// names it as its previous hash, so the log is a hash chain whose head commits to all of it.
struct MembershipEntryData {
    static constexpr int HashBytes = 32;
    static constexpr int IdBytes = 16;

    QByteArray spaceId;
    qint64 index = 0; // 1, 2, 3 …
    QByteArray previousHash; // 32 zero bytes for index 1
    MembershipOp op = MembershipOp::AddDevice;
    QByteArray deviceId; // AddDevice, RemoveDevice, GrantAdmin
    QByteArray signKey; // AddDevice
    QByteArray boxKey; // AddDevice
    QString label; // AddDevice
    QString role; // AddDevice: "member" or "admin"
    quint32 epoch = 0; // RotateEpoch
    // RotateEpoch: epochKeyCommit() of the new key, so a member can tell the key an admin made
    // from one the server sealed to it (crypto_box_seal does not say who sealed).
    QByteArray keyCommit;
    // RemoveDevice: the removed device's last record members accept (its device_seq); anything
    // it made after is refused, whoever delivers it.
    qint64 lastSeq = 0;
    QByteArray signer;
    QByteArray signature;

    // Sets signer's signature. `signer` must be the signing key of device `this->signer`.
    void sign(const crypto::SigningKey &key);
    QByteArray encode() const;
    QByteArray signedBytes() const;
    // Strict; InvalidArgument for anything off.
    static Result<MembershipEntryData> decode(const QByteArray &bytes);
    static QByteArray hashOf(const QByteArray &encoded);
    static QByteArray zeroHash() { return QByteArray(HashBytes, '\0'); }
};

// BLAKE2b-256 keyed with an epoch key over the space and the epoch: commits to the key without
// revealing it.
QByteArray epochKeyCommit(const QByteArray &spaceId, quint32 epoch, const SecretBytes &key);

struct Member {
    QByteArray deviceId;
    QByteArray signKey;
    QByteArray boxKey;
    QString label;
    QString role; // "member" or "admin"
    bool removed = false;
    qint64 lastSeq = 0; // once removed: its last accepted device_seq
};

// The state a verified log describes.
struct MemberSet {
    QByteArray spaceId;
    QMap<QByteArray, Member> members; // by device id, removed ones included
    quint32 epoch = 1; // the newest epoch a RotateEpoch named (1 before any)
    QMap<quint32, QByteArray> keyCommits; // by epoch, from RotateEpoch entries (none for epoch 1)
    qint64 headIndex = 0;
    QByteArray headHash; // hash of the last entry (zeroHash() for an empty log)
    QVector<QByteArray> hashes; // hashes[i] = hash after entry i + 1

    bool isAdmin(const QByteArray &deviceId) const;
    bool isActive(const QByteArray &deviceId) const;
};

// Verifies a membership log from its first entry. Entry 1 (genesis) must add an admin device
// and be signed by that same device; every later entry must extend the chain (index + 1,
// previous hash) and be signed by a device that is an active admin at that point.
// Errors: ErrorCode::Crypto, detail "membership entry N: <why>" naming the first bad entry.
class MembershipLog {
public:
    explicit MembershipLog(QByteArray spaceId);

    // Checks and applies one encoded entry.
    Status append(const QByteArray &encoded);
    const MemberSet &state() const { return m_state; }

    static Result<MemberSet> verify(const QByteArray &spaceId, const QVector<QByteArray> &entries);

private:
    Error bad(qint64 index, const QString &why) const;
    MemberSet m_state;
};

} // namespace lintas::protocol
