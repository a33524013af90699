#include "crypto/DeviceKeys.h"

#include "base/RandomSource.h"
#include "crypto/Aead.h"
#include "crypto/Sodium.h"

#include <sodium.h>

namespace lintas::crypto {

static_assert(SigningKey::PublicBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(SigningKey::SeedBytes == crypto_sign_SEEDBYTES);
static_assert(SigningKey::SignatureBytes == crypto_sign_BYTES);
static_assert(BoxKey::PublicBytes == crypto_box_PUBLICKEYBYTES);
static_assert(BoxKey::SeedBytes == crypto_box_SEEDBYTES);
static_assert(BoxKey::SealOverhead == crypto_box_SEALBYTES);

namespace {

const unsigned char *bytesOf(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

SecretBytes randomSeed(RandomSource &random, std::size_t size)
{
    SecretBytes seed(size);
    random.fill(seed.data(), seed.size());
    return seed;
}

} // namespace

SigningKey SigningKey::generate(RandomSource &random)
{
    // A fresh seed of the right size cannot fail to derive.
    return fromSeed(randomSeed(random, SeedBytes)).value();
}

Result<SigningKey> SigningKey::fromSeed(const SecretBytes &seed)
{
    ensureSodium();
    if (seed.size() != SeedBytes)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("signing seed must be %1 bytes").arg(SeedBytes));
    SigningKey key;
    key.m_public = QByteArray(PublicBytes, Qt::Uninitialized);
    key.m_secret = SecretBytes(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(key.m_public.data()), key.m_secret.data(), seed.data());
    key.m_seed = SecretBytes::fromBytes(seed.data(), seed.size());
    return key;
}

QByteArray SigningKey::sign(const QByteArray &message) const
{
    Q_ASSERT(!isNull());
    QByteArray signature(SignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, bytesOf(message),
        static_cast<unsigned long long>(message.size()), m_secret.data());
    return signature;
}

bool SigningKey::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    ensureSodium();
    if (publicKey.size() != PublicBytes || signature.size() != SignatureBytes)
        return false;
    return crypto_sign_verify_detached(bytesOf(signature), bytesOf(message),
               static_cast<unsigned long long>(message.size()), bytesOf(publicKey))
        == 0;
}

BoxKey BoxKey::generate(RandomSource &random)
{
    return fromSeed(randomSeed(random, SeedBytes)).value();
}

Result<BoxKey> BoxKey::fromSeed(const SecretBytes &seed)
{
    ensureSodium();
    if (seed.size() != SeedBytes)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("box seed must be %1 bytes").arg(SeedBytes));
    BoxKey key;
    key.m_public = QByteArray(PublicBytes, Qt::Uninitialized);
    key.m_secret = SecretBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char *>(key.m_public.data()), key.m_secret.data(), seed.data());
    key.m_seed = SecretBytes::fromBytes(seed.data(), seed.size());
    return key;
}

Result<QByteArray> BoxKey::seal(const QByteArray &recipientPublic, const SecretBytes &plaintext)
{
    ensureSodium();
    if (recipientPublic.size() != PublicBytes)
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("box public key must be %1 bytes").arg(PublicBytes));
    QByteArray out(static_cast<qsizetype>(plaintext.size() + SealOverhead), Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(out.data()), plaintext.data(),
            static_cast<unsigned long long>(plaintext.size()), bytesOf(recipientPublic))
        != 0)
        return makeError(ErrorCode::Crypto, QStringLiteral("crypto_box_seal failed"));
    return out;
}

Result<SecretBytes> BoxKey::open(const QByteArray &sealed) const
{
    Q_ASSERT(!isNull());
    if (sealed.size() < SealOverhead)
        return makeError(ErrorCode::Crypto, Aead::authenticationFailed());
    SecretBytes out(static_cast<std::size_t>(sealed.size() - SealOverhead));
    if (crypto_box_seal_open(out.data(), bytesOf(sealed), static_cast<unsigned long long>(sealed.size()),
            bytesOf(m_public), m_secret.data())
        != 0)
        return makeError(ErrorCode::Crypto, Aead::authenticationFailed());
    return out;
}

QByteArray fingerprintDigest(const QByteArray &publicKey)
{
    ensureSodium();
    QByteArray digest(16, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), static_cast<std::size_t>(digest.size()),
        bytesOf(publicKey), static_cast<unsigned long long>(publicKey.size()), nullptr, 0);
    return digest;
}

QString fingerprintText(const QByteArray &digest)
{
    // RFC 4648 base32 without padding: no 0/1/8 look-alikes to misread over the phone.
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    int written = 0;
    for (char c : digest) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 5 && written < 20) {
            if (written > 0 && written % 4 == 0)
                out += QLatin1Char(' ');
            out += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
            ++written;
        }
    }
    return out;
}

QString fingerprint(const QByteArray &publicKey)
{
    return fingerprintText(fingerprintDigest(publicKey));
}

} // namespace lintas::crypto
