#pragma once

#include "base/Result.h"
#include "protocol/Envelope.h"
#include "sync/Change.h"

namespace lintas::sync {

// A Change in and out of an envelope. The header (change id, device, device_seq, HLC) travels
// in the clear for routing; entity, fields and set operations form the sealed plaintext, a
// CBOR map with small integer keys (see docs/protocol.md) so a one-field edit stays small.
class ChangeCodec {
public:
    // Ids are 32 lowercase hex characters locally and 16 bytes on the wire.
    static QByteArray idBytes(const QString &hexId);
    static QString idText(const QByteArray &bytes);

    static protocol::EnvelopeHeader header(const Change &change, const QByteArray &spaceId, quint32 epoch);
    static QByteArray plaintext(const Change &change);
    // InvalidArgument when the plaintext is not a change this version can read.
    static Result<Change> fromEnvelope(const protocol::EnvelopeHeader &header, const QByteArray &plaintext);
};

} // namespace lintas::sync
