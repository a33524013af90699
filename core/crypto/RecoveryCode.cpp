#include "crypto/RecoveryCode.h"

#include "base/RandomSource.h"

#include <sodium.h>

#include <array>

namespace lintas::crypto {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
static_assert(sizeof kAlphabet == 33);

// The check symbol lives in GF(2^5) (polynomial x^5 + x^2 + 1, primitive, so alpha = x has order
// 31). A valid code satisfies sum_i alpha^i * v_i = 0 over all 25 positions. Because the weights
// alpha^0..alpha^24 are distinct and non-zero, every single-symbol substitution and every swap of
// two different symbols (adjacent or not) changes the sum and is caught; random garbage passes
// with probability 1/32. A plain weighted sum mod 32 would miss some transpositions.
int gfMul(int a, int b)
{
    int product = 0;
    while (b) {
        if (b & 1)
            product ^= a;
        b >>= 1;
        a <<= 1;
        if (a & 0x20)
            a ^= 0x25;
    }
    return product;
}

int gfPow(int exponent)
{
    int r = 1;
    for (int i = 0; i < exponent; ++i)
        r = gfMul(r, 2);
    return r;
}

int syndrome(const std::array<int, RecoveryCode::Length> &v, int count)
{
    int s = 0;
    for (int i = 0; i < count; ++i)
        s ^= gfMul(gfPow(i), v[static_cast<std::size_t>(i)]);
    return s;
}

int checkSymbolFor(const std::array<int, RecoveryCode::Length> &v)
{
    // alpha^24 * c = S  =>  c = alpha^(31-24) * S
    return gfMul(gfPow(31 - RecoveryCode::DataSymbols), syndrome(v, RecoveryCode::DataSymbols));
}

int valueOf(QChar ch)
{
    const char16_t c = ch.toUpper().unicode();
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    switch (c) {
    case u'O':
        return 0;
    case u'I':
    case u'L':
        return 1;
    default:
        break;
    }
    for (int i = 10; i < 32; ++i) {
        if (c == static_cast<char16_t>(kAlphabet[i]))
            return i;
    }
    return -1;
}

bool isSeparator(QChar ch)
{
    const char16_t c = ch.unicode();
    // '-' plus the hyphens and dashes (U+2010..U+2015, U+2212) that word processors and chat
    // apps substitute when a code is forwarded.
    return ch.isSpace() || c == u'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
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
    int count = 0;
    for (QChar ch : typed) {
        if (isSeparator(ch))
            continue;
        const int value = valueOf(ch);
        if (value < 0)
            return invalid(QStringLiteral("recovery code contains a character that is not in the code alphabet"));
        if (count == Length)
            return invalid(QStringLiteral("recovery code is too long: it has %1 characters").arg(Length));
        v[static_cast<std::size_t>(count++)] = value;
    }
    if (count != Length)
        return invalid(
            QStringLiteral("recovery code is too short: it has %1 characters, got %2").arg(Length).arg(count));
    if (syndrome(v, Length) != 0)
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
