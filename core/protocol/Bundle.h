#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QVector>

namespace lintas::crypto {
class SigningKey;
}

namespace lintas::protocol {

// An offline bundle: one device's envelopes for a space, carried as a file (USB stick,
// WhatsApp) where there is no signal (docs/protocol.md, "Offline bundles"). The file is
//   body ‖ signature(64)
// body = CBOR map {1 "lintas-bundle", 2 version, 3 space(16), 4 device(16), 5 created at (ms),
// 6 membership head index, 7 membership head hash, 8 [envelope…]}; the signature is the device's
// Ed25519 signature over "lintas bundle v1" ‖ 0x00 ‖ body. Like the server, the file holds
// routing metadata only: the envelopes are sealed exactly as for a push.
struct Bundle {
    static constexpr int Version = 1;
    static constexpr int IdBytes = 16;

    QByteArray spaceId;
    QByteArray deviceId; // the exporter, whose key signs the file
    qint64 createdAt = 0;
    // The membership head the exporter had verified: tells an importer that does not know the
    // exporter yet that it should sync its member list first.
    qint64 membershipIndex = 0;
    QByteArray membershipHash;
    QVector<QByteArray> envelopes;

    QByteArray encode(const crypto::SigningKey &signer) const;
};

// A bundle as read from a file, its signature not yet checked (that needs the exporter's key,
// which the importer looks up in its verified member list).
struct ReadBundle {
    Bundle bundle;
    QByteArray body;
    QByteArray signature;

    bool signatureValid(const QByteArray &signingPublicKey) const;

    // Strict. Refusals (bundleRefusal): "not_a_bundle", "bundle_damaged" (a bundle's start, but
    // it does not decode), "bundle_too_new" (SchemaTooNew: a later bundle version).
    static Result<ReadBundle> decode(const QByteArray &file);
};

// A bundle refused, and nothing of it applied: Validation on the field "bundle" (SchemaTooNew for
// a later version), with a rule a screen can word in the user's language and an English detail
// the CLI prints.
Error bundleRefusal(const QString &rule, const QString &detail, ErrorCode code = ErrorCode::Validation);

} // namespace lintas::protocol
