#include "crypto/KeyWrap.h"

#include "crypto/Aead.h"

namespace lintas::crypto {

namespace {

// Domain separation: a KEK might one day also seal ordinary messages; the prefix keeps a wrapped
// key from ever verifying as such a message (and the other way round).
QByteArray wrapAd(const QByteArray &associatedData)
{
    QByteArray ad("lintas.keywrap.v1");
    ad.append('\0');
    ad.append(associatedData);
    return ad;
}

} // namespace

Result<QByteArray> KeyWrap::wrap(
    const SecretBytes &kek, const SecretBytes &key, const QByteArray &associatedData, RandomSource &random)
{
    if (key.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("refusing to wrap an empty key"));
    return Aead::encrypt(kek, key, wrapAd(associatedData), random);
}

Result<SecretBytes> KeyWrap::unwrap(const SecretBytes &kek, const QByteArray &wrapped, const QByteArray &associatedData)
{
    return Aead::decryptSecret(kek, wrapped, wrapAd(associatedData));
}

} // namespace lintas::crypto
