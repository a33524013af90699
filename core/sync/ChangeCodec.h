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
    // InvalidArgument when the plaintext is not a change at all (damaged, or not made by any
    // Lintas). An operation of a newer Lintas is not an error: it comes back as op
    // "op:<number>" (knowsOp() false), so the record can wait for an upgrade instead.
    static Result<Change> fromEnvelope(const protocol::EnvelopeHeader &header, const QByteArray &plaintext);
    static bool knowsOp(const QString &op) { return op == Change::upsertOp() || op == Change::appendOp(); }
    // How many operations this version reads: with the entities it knows, what decides whether a
    // record set aside for a newer version may be readable now (ReplyApplier).
    static constexpr int kOperations = 2;
};

} // namespace lintas::sync
