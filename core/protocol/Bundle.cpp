#include "protocol/Bundle.h"

#include "crypto/DeviceKeys.h"
#include "protocol/CborFields.h"

#include <QCborArray>
#include <QCborMap>

namespace lintas::protocol {

namespace {

const QString kMagic = QStringLiteral("lintas-bundle");

QByteArray signedMessage(const QByteArray &body)
{
    return QByteArrayLiteral("lintas bundle v1") + '\0' + body;
}

} // namespace

Error bundleRefusal(const QString &rule, const QString &detail, ErrorCode code)
{
    Error e = Error::make(code, detail, code == ErrorCode::Validation ? QStringLiteral("bundle") : QString());
    e.rule = rule;
    return e;
}

QByteArray Bundle::encode(const crypto::SigningKey &signer) const
{
    QCborMap m;
    m.insert(1, kMagic);
    m.insert(2, Version);
    m.insert(3, spaceId);
    m.insert(4, deviceId);
    m.insert(5, createdAt);
    m.insert(6, membershipIndex);
    m.insert(7, membershipHash);
    QCborArray list;
    for (const QByteArray &e : envelopes)
        list.append(e);
    m.insert(8, list);
    const QByteArray body = toCbor(m);
    return body + signer.sign(signedMessage(body));
}

bool ReadBundle::signatureValid(const QByteArray &signingPublicKey) const
{
    return crypto::SigningKey::verify(signingPublicKey, signedMessage(body), signature);
}

Result<ReadBundle> ReadBundle::decode(const QByteArray &file)
{
    const auto notABundle = [] {
        return bundleRefusal(QStringLiteral("not_a_bundle"), QStringLiteral("This file is not a Lintas bundle."));
    };
    const auto damaged = [](const QString &why) {
        return bundleRefusal(QStringLiteral("bundle_damaged"),
            QStringLiteral("This bundle is damaged or was changed after it was made (%1). Ask for it again.").arg(why));
    };
    constexpr int kSignatureBytes = crypto::SigningKey::SignatureBytes;
    // Every bundle starts with its map header and then key 1, the text "lintas-bundle".
    const QByteArray start = QByteArrayLiteral("\x01\x6d") + kMagic.toLatin1();
    if (file.size() <= kSignatureBytes + start.size() || file.mid(1, start.size()) != start)
        return notABundle();
    ReadBundle r;
    r.body = file.left(file.size() - kSignatureBytes);
    r.signature = file.right(kSignatureBytes);
    const auto fields = CborFields::parse(r.body, "bundle");
    if (!fields)
        return damaged(fields.error().detail);
    if (fields->map().value(1).toString() != kMagic)
        return notABundle();
    const auto version = fields->integer(2, true, 1);
    if (!version)
        return damaged(version.error().detail);
    if (*version > Bundle::Version)
        return bundleRefusal(QStringLiteral("bundle_too_new"),
            QStringLiteral("This bundle was made by a newer version of Lintas. Update Lintas to import it."),
            ErrorCode::SchemaTooNew);
    Bundle &b = r.bundle;
    const auto space = fields->bytes(3, true, Bundle::IdBytes);
    const auto device = fields->bytes(4, true, Bundle::IdBytes);
    const auto created = fields->integer(5, true);
    const auto index = fields->integer(6, true);
    const auto hash = fields->bytes(7, true);
    const auto list = fields->array(8, true);
    for (const Error *e :
        {space ? nullptr : &space.error(), device ? nullptr : &device.error(), created ? nullptr : &created.error(),
            index ? nullptr : &index.error(), hash ? nullptr : &hash.error(), list ? nullptr : &list.error()}) {
        if (e)
            return damaged(e->detail);
    }
    b.spaceId = *space;
    b.deviceId = *device;
    b.createdAt = *created;
    b.membershipIndex = *index;
    b.membershipHash = *hash;
    for (const QCborValue &v : *list) {
        if (!v.isByteArray())
            return damaged(QStringLiteral("an envelope is not bytes"));
        b.envelopes.push_back(v.toByteArray());
    }
    return r;
}

} // namespace lintas::protocol
