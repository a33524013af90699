#include "handoff/HandoffAddress.h"

#include "crypto/CrockfordSymbols.h"
#include "crypto/DeviceKeys.h"
#include "handoff/HandoffErrors.h"
#include "sync/SyncIdentity.h"

#include <QUrl>

#include <array>

namespace lintas::handoff {

namespace {

using crypto::crockford::kAlphabet;
constexpr int kPayloadBytes = 1 + crypto::BoxKey::PublicBytes + crypto::SigningKey::PublicBytes;
constexpr int kDataSymbols = HandoffAddress::Blocks * HandoffAddress::BlockData;
static_assert(kPayloadBytes * 8 == kDataSymbols * 5, "the payload fills the symbols exactly");
using Symbols = std::array<int, HandoffAddress::CodeLength>;

QString format(const Symbols &v)
{
    QString out;
    for (int i = 0; i < HandoffAddress::CodeLength; ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char('-');
        out += QLatin1Char(kAlphabet[v[static_cast<std::size_t>(i)]]);
    }
    return out;
}

Error badCode(const QString &why)
{
    return handoffError(rule::AddressCode, why);
}

} // namespace

HandoffAddress HandoffAddress::fromIdentity(const sync::SyncIdentity &identity, const QString &name)
{
    return {identity.box().publicKey(), identity.signing().publicKey(), name};
}

QString HandoffAddress::code() const
{
    const QByteArray payload = char(Version) + boxKey + signKey;
    Q_ASSERT(payload.size() == kPayloadBytes);
    Symbols v {};
    for (int block = 0; block < Blocks; ++block) {
        const int start = block * (BlockData + 1);
        for (int i = 0; i < BlockData; ++i) {
            int value = 0;
            for (int b = 0; b < 5; ++b) {
                const int bit = (block * BlockData + i) * 5 + b;
                value = (value << 1) | ((static_cast<unsigned char>(payload[bit / 8]) >> (7 - bit % 8)) & 1);
            }
            v[static_cast<std::size_t>(start + i)] = value;
        }
        v[static_cast<std::size_t>(start + BlockData)] = crypto::crockford::checkSymbol(v.data() + start, BlockData);
    }
    return format(v);
}

Result<HandoffAddress> HandoffAddress::fromCode(const QString &typed)
{
    Symbols v {};
    const int count = crypto::crockford::readSymbols(typed, v.data(), CodeLength);
    if (count < 0)
        return badCode(QStringLiteral("the hand-off code contains a character that is not in the code alphabet"));
    if (count > CodeLength)
        return badCode(QStringLiteral("the hand-off code is too long: it has %1 characters").arg(CodeLength));
    if (count != CodeLength)
        return badCode(
            QStringLiteral("the hand-off code is too short: it has %1 characters, got %2").arg(CodeLength).arg(count));
    QByteArray payload(kPayloadBytes, '\0');
    for (int block = 0; block < Blocks; ++block) {
        const int start = block * (BlockData + 1);
        if (crypto::crockford::syndrome(v.data() + start, BlockData + 1) != 0)
            return badCode(QStringLiteral("the hand-off code has a typo in characters %1 to %2")
                               .arg(start + 1)
                               .arg(start + BlockData + 1));
        for (int i = 0; i < BlockData; ++i) {
            const int value = v[static_cast<std::size_t>(start + i)];
            for (int b = 0; b < 5; ++b) {
                const int bit = (block * BlockData + i) * 5 + b;
                if ((value >> (4 - b)) & 1)
                    payload[bit / 8] = static_cast<char>(payload[bit / 8] | (1 << (7 - bit % 8)));
            }
        }
    }
    if (payload[0] != char(Version))
        return badCode(QStringLiteral("the hand-off code is of a newer version of Lintas"));
    HandoffAddress a;
    a.boxKey = payload.mid(1, crypto::BoxKey::PublicBytes);
    a.signKey = payload.mid(1 + crypto::BoxKey::PublicBytes);
    return a;
}

QString HandoffAddress::qrText() const
{
    QString compact = code();
    compact.remove(QLatin1Char('-'));
    return QStringLiteral("lintas:handoff?code=") + compact + QStringLiteral("&name=")
        + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

Result<HandoffAddress> HandoffAddress::fromQrText(const QString &text)
{
    static const QString prefix = QStringLiteral("lintas:handoff?");
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(prefix, Qt::CaseInsensitive))
        return badCode(QStringLiteral("not a Lintas hand-off address"));
    QString code;
    QString name;
    for (const QString &item : trimmed.mid(prefix.size()).split(QLatin1Char('&'))) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        const QString value = QUrl::fromPercentEncoding(item.mid(eq + 1).toLatin1());
        if (item.left(eq) == QLatin1String("code"))
            code = value;
        else if (item.left(eq) == QLatin1String("name"))
            name = value;
    }
    LINTAS_TRY_ASSIGN(HandoffAddress address, fromCode(code));
    address.name = name;
    return address;
}

QString HandoffAddress::fingerprint() const
{
    return crypto::fingerprint(signKey + boxKey);
}

QByteArray HandoffAddress::keyId() const
{
    return crypto::fingerprintDigest(signKey + boxKey);
}

} // namespace lintas::handoff
