#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace lintas::protocol {

// The device a joiner registers. deviceMessage() is what the invite proof key signs (so the
// server knows the code was known) and what the joiner MACs with the invite MAC key (so the
// admin's app knows the server delivered these exact keys).
struct JoinDevice {
    QByteArray deviceId;
    QByteArray signKey;
    QByteArray boxKey;
    QString label;

    QByteArray deviceMessage(const QByteArray &inviteId) const;
};

// POST /v1/join (no token): registers a device with a one-time invite.
struct JoinRequest {
    QByteArray inviteId;
    JoinDevice device;
    QByteArray proof; // Ed25519 by the invite's proof key over device.deviceMessage(inviteId)
    QByteArray joinerMac; // crypto_auth with the invite MAC key over the same message
    QByteArray genesis; // an organisation's first admin: membership entry 1, signed by this device

    static QByteArray proofLabel();
    static QByteArray joinerMacLabel();
    QByteArray encode() const;
    static Result<JoinRequest> decode(const QByteArray &bytes);
};

struct JoinReply {
    QByteArray spaceId;
    QString spaceName;
    QString role; // the role the invite gives once approved
    bool member = false; // true when the device is a member already (an organisation's first admin)
    qint64 serverTime = 0;
    QByteArray encode() const;
    static Result<JoinReply> decode(const QByteArray &bytes);
};

// A sealed epoch key with the admin's welcome: welcomeMac (invite MAC key) covers the space,
// the device, the epoch, the membership head the admin saw and the sealed bytes, so a joiner
// accepts neither a space nor a membership log the server made up. Stored by the server as the
// opaque KeyWrap bytes.
struct WrappedKey {
    quint32 epoch = 0;
    QByteArray sealed; // crypto_box_seal of the 32-byte key to the device's box key
    qint64 headIndex = 0; // membership head when the admin approved (0: no welcome, own key)
    QByteArray headHash;
    QByteArray welcomeMac; // empty when the admin wrapped for itself

    static QByteArray welcomeLabel();
    QByteArray welcomeMessage(const QByteArray &spaceId, const QByteArray &deviceId) const;
    QByteArray encodeBlob() const; // without the epoch: the server keeps it in its own column
    static Result<WrappedKey> decodeBlob(quint32 epoch, const QByteArray &blob);
};

// Body of the authenticated space endpoints (POST, token in the Authorization header):
//   /v1/spaces/membership/read   {space, after}           → {entries}
//   /v1/spaces/membership/append {space, entry}           → {entries: []} or 409
//   /v1/spaces/invite            {space, invite, verifyKey, expiresAt}
//   /v1/spaces/pending           {space, invites}         → {joiners}
//   /v1/spaces/keys/put          {space, device, wraps}
//   /v1/spaces/keys/get          {space}                  → {wraps}
struct SpaceRequest {
    QByteArray spaceId;
    qint64 after = 0;
    QByteArray entry;
    QByteArray inviteId;
    QByteArray verifyKey;
    qint64 expiresAt = 0;
    QVector<QByteArray> inviteIds;
    QByteArray deviceId;
    QVector<WrappedKey> wraps;
    // /v1/spaces/create: the shared space an admin of `spaceId` asks for, and its name.
    QByteArray newSpaceId;
    QString name;

    QByteArray encode() const;
    static Result<SpaceRequest> decode(const QByteArray &bytes);
};

struct PendingJoiner {
    QByteArray inviteId;
    JoinDevice device;
    QByteArray joinerMac;
};

struct SpaceReply {
    QVector<QByteArray> entries;
    QVector<PendingJoiner> joiners;
    QVector<WrappedKey> wraps;
    qint64 serverTime = 0;

    QByteArray encode() const;
    static Result<SpaceReply> decode(const QByteArray &bytes);
};

} // namespace lintas::protocol
