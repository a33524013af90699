#pragma once

#include "base/Result.h"

#include <QByteArray>

namespace lintas {
class RandomSource;
class SecretBytes;
namespace crypto {
class SigningKey;
}
} // namespace lintas

namespace lintas::protocol {

// What the server may see of a record: where it belongs and who made it when. Everything else
// (entity, fields, values) is inside the sealed box.
struct EnvelopeHeader {
    QByteArray spaceId; // 16 bytes; not carried in the envelope bytes (the request names the space)
    quint32 epoch = 0; // which space key sealed the box
    QByteArray changeId; // 16 bytes, unique forever; the idempotency key
    QByteArray deviceId; // 16 bytes
    qint64 deviceSeq = 0; // 1, 2, 3 … per device without gaps
    quint64 hlc = 0; // hybrid logical clock of the change
};

// A device-signed, end-to-end encrypted record. Wire form (CBOR array):
//   [1, changeId, deviceId, deviceSeq, hlc, epoch, nonce||ciphertext||tag, signature]
// The box is XChaCha20-Poly1305 under the space's epoch key with the header (space included) as
// associated data, so the server cannot move a record to another space, device or position.
// The Ed25519 signature covers the associated data and the box, so members can tell which device
// wrote it and the server cannot forge records even though it routes them.
struct Envelope {
    static constexpr int Version = 1;
    static constexpr int IdBytes = 16;

    EnvelopeHeader header;
    QByteArray box;
    QByteArray signature;

    static Result<Envelope> seal(const EnvelopeHeader &header, const QByteArray &plaintext, const SecretBytes &epochKey,
        const crypto::SigningKey &signer, RandomSource &random);

    QByteArray encode() const;
    // Strict: wrong version, types, id sizes or trailing bytes → InvalidArgument.
    static Result<Envelope> decode(const QByteArray &bytes, const QByteArray &spaceId);

    bool signatureValid(const QByteArray &signingPublicKey) const;
    // Wrong key or any tampering → ErrorCode::Crypto (Aead::isAuthenticationFailure()).
    Result<QByteArray> open(const SecretBytes &epochKey) const;

    static QByteArray associatedData(const EnvelopeHeader &header);
};

} // namespace lintas::protocol
