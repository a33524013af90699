#include "crypto/RecoveryCode.h"

#include "base/RandomSource.h"
#include "crypto/CrockfordSymbols.h"

#include <sodium.h>

#include <array>

namespace lintas::crypto {

namespace {

using crockford::kAlphabet;

int checkSymbolFor(const std::array<int, RecoveryCode::Length> &v)
{
    return crockford::checkSymbol(v.data(), RecoveryCode::DataSymbols);
}

QString format(const std::array<int, RecoveryCode::Length> &v)
{
    QString out;
    out.reserve(RecoveryCode::Length + RecoveryCode::Length / RecoveryCode::GroupSize);
    for (int i = 0; i < RecoveryCode::Length; ++i) {
        if (i > 0 && i % RecoveryCode::GroupSize == 0)
            out += QLatin1Char('-');
        out += QLatin1Char(kAlphabet[v[static_cast<std::size_t>(i)]]);
    }
    return out;
}

Error invalid(const QString &why)
{
    return makeError(ErrorCode::Validation, why, QStringLiteral("recoveryCode"));
}

} // namespace

QString RecoveryCode::generate(RandomSource &random)
{
    // 15 bytes = 120 bits = exactly 24 five-bit symbols, so every symbol is uniform.
    std::array<unsigned char, DataSymbols * 5 / 8> raw {};
    random.fill(raw.data(), raw.size());
    std::array<int, Length> v {};
    for (int i = 0; i < DataSymbols; ++i) {
        const int bit = i * 5;
        const int byte = bit / 8;
        const int shift = bit % 8;
        int word = raw[static_cast<std::size_t>(byte)] << 8;
        if (byte + 1 < static_cast<int>(raw.size()))
            word |= raw[static_cast<std::size_t>(byte) + 1];
        v[static_cast<std::size_t>(i)] = (word >> (11 - shift)) & 0x1f;
    }
    v[DataSymbols] = checkSymbolFor(v);
    sodium_memzero(raw.data(), raw.size());
    return format(v);
}

Result<QString> RecoveryCode::normalise(const QString &typed)
{
    std::array<int, Length> v {};
    const int count = crockford::readSymbols(typed, v.data(), Length);
    if (count < 0)
        return invalid(QStringLiteral("recovery code contains a character that is not in the code alphabet"));
    if (count > Length)
        return invalid(QStringLiteral("recovery code is too long: it has %1 characters").arg(Length));
    if (count != Length)
        return invalid(
            QStringLiteral("recovery code is too short: it has %1 characters, got %2").arg(Length).arg(count));
    if (crockford::syndrome(v.data(), Length) != 0)
        return invalid(QStringLiteral("recovery code has a typo: its check character does not match"));
    return format(v);
}

SecretBytes RecoveryCode::kdfInput(const QString &code)
{
    QByteArray compact;
    compact.reserve(Length);
    for (QChar ch : code) {
        if (ch != QLatin1Char('-'))
            compact.append(static_cast<char>(ch.toLatin1()));
    }
    SecretBytes out = SecretBytes::fromBytes(compact.constData(), static_cast<std::size_t>(compact.size()));
    sodium_memzero(compact.data(), static_cast<std::size_t>(compact.size()));
    return out;
}

} // namespace lintas::crypto
