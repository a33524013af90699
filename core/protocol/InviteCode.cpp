#include "protocol/InviteCode.h"

#include "base/RandomSource.h"
#include "crypto/CrockfordSymbols.h"
#include "crypto/PasswordKdf.h"
#include "crypto/Sodium.h"
#include "protocol/LintasLink.h"

#include <sodium.h>

#include <array>

namespace lintas::protocol {

namespace {

using crypto::crockford::kAlphabet;
using Symbols = std::array<int, InviteCode::Length>;

QString format(const Symbols &v)
{
    QString out;
    for (int i = 0; i < InviteCode::Length; ++i) {
        if (i > 0 && i % InviteCode::GroupSize == 0)
            out += QLatin1Char('-');
        out += QLatin1Char(kAlphabet[v[static_cast<std::size_t>(i)]]);
    }
    return out;
}

Error invalid(const QString &why, const char *field = "inviteCode")
{
    return makeError(ErrorCode::Validation, why, QLatin1String(field));
}

// Sub-key ids for crypto_kdf_derive_from_key under the Argon2id output.
constexpr std::uint64_t kProofSubkey = 1;
constexpr std::uint64_t kMacSubkey = 2;
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "lintinvt";

} // namespace

InviteCost InviteCost::interactive()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}

InviteCost InviteCost::fastestForTests()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

QString InviteCode::generate(RandomSource &random)
{
    unsigned char raw[EntropyBytes] {};
    random.fill(raw, sizeof raw);
    QString code = fromEntropy(raw);
    sodium_memzero(raw, sizeof raw);
    return code;
}

QString InviteCode::fromEntropy(const unsigned char (&raw)[EntropyBytes])
{
    Symbols v {};
    for (int i = 0; i < DataSymbols; ++i) {
        int value = 0;
        for (int b = 0; b < 5; ++b) {
            const int bit = i * 5 + b;
            value = (value << 1) | ((raw[static_cast<std::size_t>(bit / 8)] >> (7 - bit % 8)) & 1);
        }
        v[static_cast<std::size_t>(i)] = value;
    }
    // alpha^16 * c = S  =>  c = alpha^(31-16) * S
    v[DataSymbols] = crypto::crockford::checkSymbol(v.data(), DataSymbols);
    return format(v);
}

Result<QString> InviteCode::normalise(const QString &typed)
{
    Symbols v {};
    const int count = crypto::crockford::readSymbols(typed, v.data(), Length);
    if (count < 0)
        return invalid(QStringLiteral("invite code contains a character that is not in the code alphabet"));
    if (count > Length)
        return invalid(QStringLiteral("invite code is too long: it has %1 characters").arg(Length));
    if (count != Length)
        return invalid(QStringLiteral("invite code is too short: it has %1 characters, got %2").arg(Length).arg(count));
    if (crypto::crockford::syndrome(v.data(), Length) != 0)
        return invalid(QStringLiteral("invite code has a typo: its check character does not match"));
    return format(v);
}

QByteArray InviteCode::compact(const QString &code)
{
    QByteArray out;
    for (QChar ch : code) {
        if (ch != QLatin1Char('-'))
            out.append(static_cast<char>(ch.toLatin1()));
    }
    return out;
}

QByteArray InviteCode::inviteId(const QString &code)
{
    crypto::ensureSodium();
    static const QByteArray key = QByteArrayLiteral("lintas invite id, version 1.....");
    static_assert(sizeof("lintas invite id, version 1.....") - 1 == crypto_generichash_KEYBYTES);
    QByteArray c = compact(code);
    QByteArray id(IdBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(id.data()), IdBytes,
        reinterpret_cast<const unsigned char *>(c.constData()), static_cast<unsigned long long>(c.size()),
        reinterpret_cast<const unsigned char *>(key.constData()), static_cast<std::size_t>(key.size()));
    sodium_memzero(c.data(), static_cast<std::size_t>(c.size()));
    return id;
}

Result<InviteSecrets> InviteSecrets::derive(const QString &code, const InviteCost &cost)
{
    crypto::ensureSodium();
    InviteSecrets out;
    out.inviteId = InviteCode::inviteId(code);
    crypto::KdfParams params;
    params.opsLimit = cost.opsLimit;
    params.memLimit = cost.memLimit;
    params.salt = out.inviteId;
    QByteArray c = InviteCode::compact(code);
    const SecretBytes input = SecretBytes::fromBytes(c.constData(), static_cast<std::size_t>(c.size()));
    sodium_memzero(c.data(), static_cast<std::size_t>(c.size()));
    LINTAS_TRY_ASSIGN(const SecretBytes master, crypto::PasswordKdf::derive(input, params));
    SecretBytes proofSeed(crypto::SigningKey::SeedBytes);
    out.macKey = SecretBytes(crypto_auth_KEYBYTES);
    crypto_kdf_derive_from_key(proofSeed.data(), proofSeed.size(), kProofSubkey, kKdfContext, master.data());
    crypto_kdf_derive_from_key(out.macKey.data(), out.macKey.size(), kMacSubkey, kKdfContext, master.data());
    LINTAS_TRY_ASSIGN(out.proof, crypto::SigningKey::fromSeed(proofSeed));
    return out;
}

QByteArray InviteSecrets::mac(const QByteArray &label, const QByteArray &message) const
{
    const QByteArray input = label + '\0' + message;
    QByteArray tag(crypto_auth_BYTES, Qt::Uninitialized);
    crypto_auth(reinterpret_cast<unsigned char *>(tag.data()),
        reinterpret_cast<const unsigned char *>(input.constData()), static_cast<unsigned long long>(input.size()),
        macKey.data());
    return tag;
}

bool InviteSecrets::macValid(const QByteArray &label, const QByteArray &message, const QByteArray &tag) const
{
    if (tag.size() != crypto_auth_BYTES)
        return false;
    const QByteArray input = label + '\0' + message;
    return crypto_auth_verify(reinterpret_cast<const unsigned char *>(tag.constData()),
               reinterpret_cast<const unsigned char *>(input.constData()),
               static_cast<unsigned long long>(input.size()), macKey.data())
        == 0;
}

QString JoinLink::toText() const
{
    // The code stays as it is (its dashes survive percent-encoding unchanged).
    return lintasLinkText(
        QStringLiteral("join"), {{QStringLiteral("server"), serverUrl}, {QStringLiteral("code"), code}});
}

Result<JoinLink> JoinLink::parse(const QString &text)
{
    const auto query = lintasLinkQuery(text, QStringLiteral("join"));
    if (!query)
        return invalid(QStringLiteral("not a Lintas join link"), "joinLink");
    JoinLink link;
    link.serverUrl = query->value(QStringLiteral("server"));
    if (!isServerUrl(link.serverUrl))
        return invalid(QStringLiteral("join link names no valid server"), "joinLink");
    LINTAS_TRY_ASSIGN(link.code, InviteCode::normalise(query->value(QStringLiteral("code"))));
    return link;
}

} // namespace lintas::protocol
