#include "profile/KeySlot.h"

#include "crypto/Aead.h"
#include "crypto/KeyWrap.h"
#include "crypto/PasswordKdf.h"

namespace lintas::profile {

namespace {

constexpr std::size_t kDatabaseKeyBytes = 32;

} // namespace

QString KeySlot::purposeName(SlotPurpose purpose)
{
    switch (purpose) {
    case SlotPurpose::Passphrase:
        return QStringLiteral("passphrase");
    case SlotPurpose::Recovery:
        return QStringLiteral("recovery");
    }
    return QStringLiteral("unknown");
}

QByteArray KeySlot::associatedData(const QString &profileId, SlotPurpose purpose)
{
    QByteArray ad("lintas.profile.dbkey.v1");
    ad.append('\0');
    ad.append(profileId.toUtf8());
    ad.append('\0');
    ad.append(purposeName(purpose).toUtf8());
    return ad;
}

Result<KeySlot> KeySlot::seal(const SecretBytes &databaseKey, const SecretBytes &secret, crypto::KdfParams kdf,
    const QString &profileId, SlotPurpose purpose, RandomSource &random)
{
    auto kek = crypto::PasswordKdf::derive(secret, kdf);
    if (!kek.ok())
        return kek.error();
    auto wrapped = crypto::KeyWrap::wrap(*kek, databaseKey, associatedData(profileId, purpose), random);
    if (!wrapped.ok())
        return wrapped.error();
    return KeySlot {std::move(kdf), std::move(wrapped).value()};
}

Result<SecretBytes> KeySlot::open(const SecretBytes &secret, const QString &profileId, SlotPurpose purpose) const
{
    auto kek = crypto::PasswordKdf::derive(secret, kdf);
    if (!kek.ok())
        return kek.error();
    auto key = crypto::KeyWrap::unwrap(*kek, wrappedKey, associatedData(profileId, purpose));
    if (!key.ok()) {
        if (crypto::Aead::isAuthenticationFailure(key.error()))
            return makeError(ErrorCode::WrongPassphrase,
                QStringLiteral("%1 does not unlock profile %2").arg(purposeName(purpose), profileId));
        return key.error();
    }
    if (key->size() != kDatabaseKeyBytes)
        return makeError(ErrorCode::Internal, QStringLiteral("unwrapped database key has %1 bytes").arg(key->size()));
    return key;
}

} // namespace lintas::profile
