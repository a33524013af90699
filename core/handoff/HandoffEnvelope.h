#pragma once

#include "base/Result.h"
#include "crypto/SecretBytes.h"
#include "handoff/HandoffAddress.h"

#include <QByteArray>
#include <QCborMap>

namespace lintas::crypto {
class BoxKey;
class SigningKey;
} // namespace lintas::crypto

namespace lintas::handoff {

// The file format shared by hand-off packets and their replies (docs/protocol.md, "Hand-off
// packets"). In clear: format name, version, kind, packet id and the recipient's key id. Sealed
// to the recipient's box key: a body signed by the sender (sign-then-seal), whose signature
// covers the recipient key id and the packet id, so a recipient cannot pass it on re-sealed to
// someone else as if it came from the sender, and the clear header cannot be swapped.
class HandoffEnvelope {
public:
    static constexpr char Format[] = "lintas-handoff";
    static constexpr int Version = 1;
    static constexpr int PacketIdBytes = 16;
    enum class Kind { Packet = 1, Reply = 2 };

    // Keys of the signed body common to both kinds; each kind adds its own from 10 up.
    enum BodyKey { SenderBox = 1, SenderSign = 2, SenderName = 3, CreatedAt = 4, RecipientKeyId = 5, PacketId = 6 };

    struct Header {
        Kind kind = Kind::Packet;
        QByteArray packetId;
        QByteArray recipientKeyId;
        QByteArray sealed;
    };
    struct Opened {
        Header header;
        HandoffAddress sender;
        qint64 createdAtMs = 0;
        QCborMap body; // every key, the common ones included
        QByteArray bodyBytes; // as signed, for a MAC check
        QByteArray mac; // empty when none was sent
    };

    // `fields` holds the kind's own keys. With a `macKey`, the body also carries a crypto_auth tag
    // made with it (a reply proves it comes from whoever could open the packet).
    static Result<QByteArray> seal(Kind kind, const QByteArray &packetId, const HandoffAddress &recipient,
        const HandoffAddress &sender, const crypto::SigningKey &signer, qint64 createdAtMs, const QCborMap &fields,
        const SecretBytes *macKey = nullptr);

    // Refusals: not a packet, a newer version, the other kind, another recipient (naming its
    // fingerprint), damaged or changed (opening, parsing or the signature fails).
    static Result<Header> readHeader(const QByteArray &file);
    // `me` is this profile's address, `myBox` its box key pair.
    static Result<Opened> open(
        const QByteArray &file, Kind expected, const HandoffAddress &me, const crypto::BoxKey &myBox);

    static QByteArray macOf(const SecretBytes &key, const QByteArray &bodyBytes);
    static bool macValid(const SecretBytes &key, const QByteArray &bodyBytes, const QByteArray &tag);
};

} // namespace lintas::handoff
