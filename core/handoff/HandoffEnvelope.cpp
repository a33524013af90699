#include "handoff/HandoffEnvelope.h"

#include "crypto/DeviceKeys.h"
#include "handoff/HandoffErrors.h"
#include "protocol/CborFields.h"

#include <QCborValue>

#include <sodium.h>

namespace lintas::handoff {

namespace {

enum HeaderKey { FormatKey = 0, VersionKey = 1, KindKey = 2, PacketIdKey = 3, RecipientKey = 4, SealedKey = 5 };
enum InnerKey { InnerBody = 1, InnerSignature = 2, InnerMac = 3 };

QByteArray signedMessage(HandoffEnvelope::Kind kind, const QByteArray &body)
{
    return QByteArrayLiteral("lintas-handoff v1 ") + (kind == HandoffEnvelope::Kind::Packet ? "packet" : "reply") + '\0'
        + body;
}

Error damaged(const QString &why)
{
    return handoffError(rule::Damaged,
        QStringLiteral("this hand-off file is damaged or was changed after it was made (%1); ask the sender for a "
                       "new one")
            .arg(why));
}

QString kindName(HandoffEnvelope::Kind kind)
{
    return kind == HandoffEnvelope::Kind::Packet ? QStringLiteral("hand-off packet") : QStringLiteral("reply");
}

} // namespace

Result<QByteArray> HandoffEnvelope::seal(Kind kind, const QByteArray &packetId, const HandoffAddress &recipient,
    const HandoffAddress &sender, const crypto::SigningKey &signer, qint64 createdAtMs, const QCborMap &fields,
    const SecretBytes *macKey)
{
    QCborMap body = fields;
    body.insert(SenderBox, sender.boxKey);
    body.insert(SenderSign, sender.signKey);
    body.insert(SenderName, sender.name);
    body.insert(CreatedAt, createdAtMs);
    body.insert(RecipientKeyId, recipient.keyId());
    body.insert(PacketId, packetId);
    QByteArray bodyBytes = protocol::toCbor(body);
    QCborMap inner;
    inner.insert(InnerBody, bodyBytes);
    inner.insert(InnerSignature, signer.sign(signedMessage(kind, bodyBytes)));
    if (macKey)
        inner.insert(InnerMac, macOf(*macKey, bodyBytes));
    QByteArray innerBytes = protocol::toCbor(inner);
    const SecretBytes plaintext
        = SecretBytes::fromBytes(innerBytes.constData(), static_cast<std::size_t>(innerBytes.size()));
    sodium_memzero(innerBytes.data(), static_cast<std::size_t>(innerBytes.size()));
    sodium_memzero(bodyBytes.data(), static_cast<std::size_t>(bodyBytes.size()));
    LINTAS_TRY_ASSIGN(const QByteArray sealed, crypto::BoxKey::seal(recipient.boxKey, plaintext));

    QCborMap outer;
    outer.insert(FormatKey, QLatin1String(Format));
    outer.insert(VersionKey, Version);
    outer.insert(KindKey, static_cast<int>(kind));
    outer.insert(PacketIdKey, packetId);
    outer.insert(RecipientKey, recipient.keyId());
    outer.insert(SealedKey, sealed);
    return protocol::toCbor(outer);
}

Result<HandoffEnvelope::Header> HandoffEnvelope::readHeader(const QByteArray &file)
{
    const Error notPacket = handoffError(rule::NotPacket, QStringLiteral("this file is not a Lintas hand-off packet"));
    auto parsed = protocol::CborFields::parse(file, "hand-off file");
    if (!parsed.ok() || parsed->map().value(FormatKey).toString() != QLatin1String(Format))
        return notPacket;
    const protocol::CborFields &f = *parsed;
    auto version = f.integer(VersionKey, true, 1);
    if (!version.ok())
        return damaged(QStringLiteral("no version"));
    if (*version > Version)
        return handoffError(rule::NewerVersion,
            QStringLiteral("this hand-off file was made by a newer version of Lintas (format version %1; this "
                           "version reads %2): update Lintas to open it")
                .arg(*version)
                .arg(Version));
    Header h;
    auto kind = f.integer(KindKey, true, 1);
    if (!kind.ok() || *kind > 2)
        return damaged(QStringLiteral("unknown kind"));
    h.kind = static_cast<Kind>(*kind);
    auto packetId = f.bytes(PacketIdKey, true, PacketIdBytes);
    auto keyId = f.bytes(RecipientKey, true, HandoffAddress::KeyIdBytes);
    auto sealed = f.bytes(SealedKey, true);
    if (!packetId.ok() || !keyId.ok() || !sealed.ok())
        return damaged(QStringLiteral("header incomplete"));
    h.packetId = *packetId;
    h.recipientKeyId = *keyId;
    h.sealed = *sealed;
    return h;
}

Result<HandoffEnvelope::Opened> HandoffEnvelope::open(
    const QByteArray &file, Kind expected, const HandoffAddress &me, const crypto::BoxKey &myBox)
{
    LINTAS_TRY_ASSIGN(Header header, readHeader(file));
    if (header.kind != expected)
        return handoffError(rule::WrongKind,
            QStringLiteral("this file is a %1, not a %2").arg(kindName(header.kind), kindName(expected)));
    if (header.recipientKeyId != me.keyId())
        return handoffError(rule::WrongRecipient,
            QStringLiteral("this %1 was made for someone else: it is sealed to the address with fingerprint %2, and "
                           "yours is %3")
                .arg(kindName(expected), crypto::fingerprintText(header.recipientKeyId), me.fingerprint()));
    auto plain = myBox.open(header.sealed);
    if (!plain.ok())
        return damaged(QStringLiteral("it does not open"));
    const QByteArray innerBytes = plain->exposeCopy();
    auto inner = protocol::CborFields::parse(innerBytes, "hand-off inner");
    if (!inner.ok())
        return damaged(QStringLiteral("unreadable inside"));
    auto bodyBytes = inner->bytes(InnerBody, true);
    auto signature = inner->bytes(InnerSignature, true, crypto::SigningKey::SignatureBytes);
    auto mac = inner->bytes(InnerMac, false);
    if (!bodyBytes.ok() || !signature.ok() || !mac.ok())
        return damaged(QStringLiteral("incomplete inside"));
    auto body = protocol::CborFields::parse(*bodyBytes, "hand-off body");
    if (!body.ok())
        return damaged(QStringLiteral("unreadable body"));
    auto senderBox = body->bytes(SenderBox, true, crypto::BoxKey::PublicBytes);
    auto senderSign = body->bytes(SenderSign, true, crypto::SigningKey::PublicBytes);
    auto createdAt = body->integer(CreatedAt, true);
    auto keyId = body->bytes(RecipientKeyId, true, HandoffAddress::KeyIdBytes);
    auto packetId = body->bytes(PacketId, true, PacketIdBytes);
    if (!senderBox.ok() || !senderSign.ok() || !createdAt.ok() || !keyId.ok() || !packetId.ok())
        return damaged(QStringLiteral("incomplete body"));
    if (!crypto::SigningKey::verify(*senderSign, signedMessage(expected, *bodyBytes), *signature))
        return damaged(QStringLiteral("the signature does not match"));
    // Signed inside, so neither the clear header nor a re-sealing recipient can change them.
    if (*keyId != header.recipientKeyId || *packetId != header.packetId)
        return damaged(QStringLiteral("the signed recipient or packet id differs from the header"));
    Opened out;
    out.header = std::move(header);
    out.sender.boxKey = *senderBox;
    out.sender.signKey = *senderSign;
    out.sender.name = body->map().value(SenderName).toString();
    out.createdAtMs = *createdAt;
    out.body = body->map();
    out.bodyBytes = *bodyBytes;
    out.mac = *mac;
    return out;
}

QByteArray HandoffEnvelope::macOf(const SecretBytes &key, const QByteArray &bodyBytes)
{
    Q_ASSERT(key.size() == crypto_auth_KEYBYTES);
    const QByteArray input = QByteArrayLiteral("lintas-handoff v1 reply mac") + '\0' + bodyBytes;
    QByteArray tag(crypto_auth_BYTES, Qt::Uninitialized);
    crypto_auth(reinterpret_cast<unsigned char *>(tag.data()),
        reinterpret_cast<const unsigned char *>(input.constData()), static_cast<unsigned long long>(input.size()),
        key.data());
    return tag;
}

bool HandoffEnvelope::macValid(const SecretBytes &key, const QByteArray &bodyBytes, const QByteArray &tag)
{
    if (tag.size() != crypto_auth_BYTES || key.size() != crypto_auth_KEYBYTES)
        return false;
    const QByteArray input = QByteArrayLiteral("lintas-handoff v1 reply mac") + '\0' + bodyBytes;
    return crypto_auth_verify(reinterpret_cast<const unsigned char *>(tag.constData()),
               reinterpret_cast<const unsigned char *>(input.constData()),
               static_cast<unsigned long long>(input.size()), key.data())
        == 0;
}

} // namespace lintas::handoff
