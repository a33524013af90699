#include "protocol/Envelope.h"

#include "crypto/Aead.h"
#include "crypto/DeviceKeys.h"

#include <QCborArray>
#include <QCborValue>
#include <QtEndian>

namespace lintas::protocol {

namespace {

void appendBigEndian(QByteArray &out, quint64 value)
{
    char bytes[8];
    qToBigEndian(value, bytes);
    out.append(bytes, 8);
}

QByteArray signedBytes(const Envelope &e)
{
    return Envelope::associatedData(e.header) + e.box;
}

Error malformed(const QString &what)
{
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("envelope: %1").arg(what));
}

} // namespace

QByteArray Envelope::associatedData(const EnvelopeHeader &h)
{
    QByteArray ad = QByteArrayLiteral("lintas-envelope-v1");
    ad += h.spaceId;
    appendBigEndian(ad, h.epoch);
    ad += h.changeId;
    ad += h.deviceId;
    appendBigEndian(ad, static_cast<quint64>(h.deviceSeq));
    appendBigEndian(ad, h.hlc);
    return ad;
}

Result<Envelope> Envelope::seal(const EnvelopeHeader &header, const QByteArray &plaintext, const SecretBytes &epochKey,
    const crypto::SigningKey &signer, RandomSource &random)
{
    if (header.spaceId.size() != IdBytes || header.changeId.size() != IdBytes || header.deviceId.size() != IdBytes)
        return malformed(QStringLiteral("ids must be %1 bytes").arg(IdBytes));
    Envelope e;
    e.header = header;
    LINTAS_TRY_ASSIGN(e.box, crypto::Aead::encrypt(epochKey, plaintext, associatedData(header), random));
    e.signature = signer.sign(signedBytes(e));
    return e;
}

QByteArray Envelope::encode() const
{
    QCborArray a;
    a.append(Version);
    a.append(header.changeId);
    a.append(header.deviceId);
    a.append(header.deviceSeq);
    // Unsigned 64-bit: QCborValue holds qint64, so the top bit would flip the sign. HLCs stay
    // below 2^63 until the year 4199 (sync/Hlc.h), so the cast is exact.
    a.append(static_cast<qint64>(header.hlc));
    a.append(static_cast<qint64>(header.epoch));
    a.append(box);
    a.append(signature);
    return QCborValue(a).toCbor();
}

Result<Envelope> Envelope::decode(const QByteArray &bytes, const QByteArray &spaceId)
{
    QCborParserError err;
    const QCborValue v = QCborValue::fromCbor(bytes, &err);
    if (err.error != QCborError::NoError)
        return malformed(err.errorString());
    if (err.offset != bytes.size())
        return malformed(QStringLiteral("trailing bytes"));
    if (!v.isArray())
        return malformed(QStringLiteral("not an array"));
    const QCborArray a = v.toArray();
    if (a.size() != 8 || a.at(0).toInteger(-1) != Version)
        return malformed(QStringLiteral("unknown version or shape"));
    for (int i : {1, 2, 6, 7})
        if (!a.at(i).isByteArray())
            return malformed(QStringLiteral("field %1 is not bytes").arg(i));
    for (int i : {3, 4, 5})
        if (!a.at(i).isInteger() || a.at(i).toInteger() < 0)
            return malformed(QStringLiteral("field %1 is not a non-negative integer").arg(i));
    Envelope e;
    e.header.spaceId = spaceId;
    e.header.changeId = a.at(1).toByteArray();
    e.header.deviceId = a.at(2).toByteArray();
    e.header.deviceSeq = a.at(3).toInteger();
    e.header.hlc = static_cast<quint64>(a.at(4).toInteger());
    const qint64 epoch = a.at(5).toInteger();
    e.box = a.at(6).toByteArray();
    e.signature = a.at(7).toByteArray();
    if (e.header.changeId.size() != IdBytes || e.header.deviceId.size() != IdBytes)
        return malformed(QStringLiteral("ids must be %1 bytes").arg(IdBytes));
    if (epoch > 0xFFFFFFFFLL || e.header.deviceSeq < 1)
        return malformed(QStringLiteral("epoch or device sequence out of range"));
    if (e.signature.size() != crypto::SigningKey::SignatureBytes)
        return malformed(QStringLiteral("signature size"));
    e.header.epoch = static_cast<quint32>(epoch);
    return e;
}

bool Envelope::signatureValid(const QByteArray &signingPublicKey) const
{
    return crypto::SigningKey::verify(signingPublicKey, signedBytes(*this), signature);
}

Result<QByteArray> Envelope::open(const SecretBytes &epochKey) const
{
    return crypto::Aead::decrypt(epochKey, box, associatedData(header));
}

} // namespace lintas::protocol
