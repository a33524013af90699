#include "crypto/Aead.h"

#include "base/RandomSource.h"
#include "crypto/Sodium.h"

#include <sodium.h>

#include <limits>

namespace lintas::crypto {

static_assert(Aead::KeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(Aead::NonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(Aead::TagBytes == crypto_aead_xchacha20poly1305_ietf_ABYTES);

namespace {

const unsigned char *bytesOf(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

Status checkKey(const SecretBytes &key)
{
    if (key.size() != Aead::KeyBytes)
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("AEAD key must be %1 bytes, got %2").arg(Aead::KeyBytes).arg(key.size()));
    return {};
}

Result<QByteArray> seal(const SecretBytes &key, const unsigned char *plaintext, std::size_t size,
    const QByteArray &associatedData, RandomSource &random)
{
    ensureSodium();
    LINTAS_TRY(checkKey(key));
    const std::size_t maxPlain = static_cast<std::size_t>(std::numeric_limits<qsizetype>::max()) - Aead::Overhead;
    if (size > maxPlain || size > crypto_aead_xchacha20poly1305_ietf_MESSAGEBYTES_MAX)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("AEAD plaintext too large"));

    QByteArray out(static_cast<qsizetype>(Aead::NonceBytes + size + Aead::TagBytes), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    random.fill(nonce, Aead::NonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + Aead::NonceBytes, &written, plaintext, size,
        bytesOf(associatedData), static_cast<unsigned long long>(associatedData.size()), nullptr, nonce, key.data());
    Q_ASSERT(written == size + Aead::TagBytes);
    return out;
}

// Shared by both decrypt flavours: `out` must have room for sealed.size() - Overhead bytes.
Status openSealed(
    const SecretBytes &key, const QByteArray &sealed, const QByteArray &associatedData, unsigned char *out)
{
    const auto *nonce = bytesOf(sealed);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(out, &written, nullptr, nonce + Aead::NonceBytes,
        static_cast<unsigned long long>(sealed.size()) - Aead::NonceBytes, bytesOf(associatedData),
        static_cast<unsigned long long>(associatedData.size()), nonce, key.data());
    if (rc != 0)
        return makeError(ErrorCode::Crypto, Aead::authenticationFailed());
    return {};
}

Status checkSealed(const SecretBytes &key, const QByteArray &sealed)
{
    ensureSodium();
    LINTAS_TRY(checkKey(key));
    // Too short to hold a nonce and a tag: truncated or forged, and callers must react exactly as
    // they do to any other tampering.
    if (static_cast<std::size_t>(sealed.size()) < Aead::Overhead)
        return makeError(ErrorCode::Crypto, Aead::authenticationFailed());
    return {};
}

} // namespace

Result<QByteArray> Aead::encrypt(
    const SecretBytes &key, const QByteArray &plaintext, const QByteArray &associatedData, RandomSource &random)
{
    return seal(key, bytesOf(plaintext), static_cast<std::size_t>(plaintext.size()), associatedData, random);
}

Result<QByteArray> Aead::encrypt(
    const SecretBytes &key, const SecretBytes &plaintext, const QByteArray &associatedData, RandomSource &random)
{
    static const unsigned char nothing = 0; // an empty SecretBytes has no buffer
    return seal(key, plaintext.isEmpty() ? &nothing : plaintext.data(), plaintext.size(), associatedData, random);
}

Result<QByteArray> Aead::decrypt(const SecretBytes &key, const QByteArray &sealed, const QByteArray &associatedData)
{
    LINTAS_TRY(checkSealed(key, sealed));
    QByteArray out(sealed.size() - static_cast<qsizetype>(Overhead), Qt::Uninitialized);
    LINTAS_TRY(openSealed(key, sealed, associatedData, reinterpret_cast<unsigned char *>(out.data())));
    return out;
}

Result<SecretBytes> Aead::decryptSecret(
    const SecretBytes &key, const QByteArray &sealed, const QByteArray &associatedData)
{
    LINTAS_TRY(checkSealed(key, sealed));
    SecretBytes out(static_cast<std::size_t>(sealed.size()) - Overhead);
    // A zero-length SecretBytes has no buffer; a one-byte scratch keeps libsodium's pointer valid.
    unsigned char scratch = 0;
    LINTAS_TRY(openSealed(key, sealed, associatedData, out.isEmpty() ? &scratch : out.data()));
    return out;
}

QString Aead::authenticationFailed()
{
    return QStringLiteral("authentication failed");
}

bool Aead::isAuthenticationFailure(const Error &error)
{
    return error.code == ErrorCode::Crypto && error.detail == authenticationFailed();
}

} // namespace lintas::crypto
