#include "profile/ProfileHeader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace lintas::profile {

namespace {

const QString kFormatName = QStringLiteral("lintas-profile");
const QString kHmacAlgorithm = QStringLiteral("sha1"); // what SQLCipher 3.4 uses; 4.x must be told
const QString kKeyFormat = QStringLiteral("raw");
constexpr qint64 kMaxHeaderBytes = 64 * 1024;
// Far above any cost we write (moderate: 3 passes, 256 MiB). A header demanding more is damaged
// or hostile, and must fail fast instead of pinning the CPU or exhausting the laptop's memory.
constexpr quint64 kMaxOpsLimit = 64;
constexpr quint64 kMaxMemLimit = quint64(4) * 1024 * 1024 * 1024;

Error malformed(const QString &why)
{
    return makeError(ErrorCode::Io, QStringLiteral("malformed profile header: %1").arg(why));
}

QJsonObject slotToJson(const KeySlot &slot)
{
    QJsonObject kdf {{QStringLiteral("alg"), crypto::KdfParams::algorithmName()},
        {QStringLiteral("ops"), static_cast<qint64>(slot.kdf.opsLimit)},
        {QStringLiteral("mem"), static_cast<qint64>(slot.kdf.memLimit)},
        {QStringLiteral("salt"), QString::fromLatin1(slot.kdf.salt.toBase64())}};
    return {
        {QStringLiteral("kdf"), kdf}, {QStringLiteral("wrappedKey"), QString::fromLatin1(slot.wrappedKey.toBase64())}};
}

Result<quint64> positiveInteger(const QJsonObject &o, const QString &key, quint64 max)
{
    const QJsonValue v = o.value(key);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d != std::floor(d) || d > static_cast<double>(max))
        return malformed(QStringLiteral("%1 is not an integer between 1 and %2").arg(key).arg(max));
    return static_cast<quint64>(d);
}

Result<QByteArray> base64(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return malformed(QStringLiteral("%1 missing").arg(key));
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return malformed(QStringLiteral("%1 is not base64").arg(key));
    return decoded.decoded;
}

Result<KeySlot> slotFromJson(const QJsonObject &slotsJson, const QString &name)
{
    const QJsonObject o = slotsJson.value(name).toObject();
    const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
    if (o.isEmpty() || kdf.isEmpty())
        return malformed(QStringLiteral("slot %1 missing").arg(name));
    if (kdf.value(QStringLiteral("alg")).toString() != crypto::KdfParams::algorithmName())
        return makeError(ErrorCode::SchemaTooNew,
            QStringLiteral("slot %1 uses KDF '%2'").arg(name, kdf.value(QStringLiteral("alg")).toString()));
    auto inSlot
        = [&name](const Error &e) { return makeError(e.code, QStringLiteral("slot %1: %2").arg(name, e.detail)); };
    auto ops = positiveInteger(kdf, QStringLiteral("ops"), kMaxOpsLimit);
    if (!ops.ok())
        return inSlot(ops.error());
    auto mem = positiveInteger(kdf, QStringLiteral("mem"), kMaxMemLimit);
    if (!mem.ok())
        return inSlot(mem.error());
    auto salt = base64(kdf, QStringLiteral("salt"));
    if (!salt.ok())
        return inSlot(salt.error());
    auto wrapped = base64(o, QStringLiteral("wrappedKey"));
    if (!wrapped.ok())
        return inSlot(wrapped.error());
    KeySlot slot;
    slot.kdf.opsLimit = *ops;
    slot.kdf.memLimit = *mem;
    slot.kdf.salt = *salt;
    slot.wrappedKey = *wrapped;
    Status valid = slot.kdf.validate();
    if (!valid.ok())
        return inSlot(malformed(valid.error().detail));
    return slot;
}

} // namespace

bool ProfileHeader::isValidId(const QString &id)
{
    if (id.size() != 32)
        return false;
    for (QChar c : id) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

ProfileInfo ProfileHeader::info() const
{
    return {id, displayName, QDateTime::fromMSecsSinceEpoch(createdAtMs, Qt::UTC), schemaVersionHint};
}

QByteArray ProfileHeader::toJson() const
{
    const QJsonObject cipherJson {{QStringLiteral("pageSize"), cipher.pageSize},
        {QStringLiteral("kdfIter"), cipher.kdfIter}, {QStringLiteral("hmac"), cipher.useHmac},
        {QStringLiteral("hmacAlgorithm"), kHmacAlgorithm}, {QStringLiteral("keyFormat"), kKeyFormat}};
    const QJsonObject slotsJson {{KeySlot::purposeName(SlotPurpose::Passphrase), slotToJson(passphrase)},
        {KeySlot::purposeName(SlotPurpose::Recovery), slotToJson(recovery)}};
    const QJsonObject root {
        {QStringLiteral("format"), kFormatName},
        {QStringLiteral("formatVersion"), FormatVersion},
        {QStringLiteral("id"), id},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("createdAt"), QDateTime::fromMSecsSinceEpoch(createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("schemaVersionHint"), schemaVersionHint},
        {QStringLiteral("cipher"), cipherJson},
        {QStringLiteral("slots"), slotsJson},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ProfileHeader> ProfileHeader::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(QStringLiteral("not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormatName)
        return malformed(QStringLiteral("not a Lintas profile header"));
    const int version = root.value(QStringLiteral("formatVersion")).toInt(-1);
    if (version > FormatVersion)
        return makeError(ErrorCode::SchemaTooNew,
            QStringLiteral("profile header format %1 is newer than this Lintas (%2)").arg(version).arg(FormatVersion));
    if (version < 1)
        return malformed(QStringLiteral("formatVersion missing"));

    ProfileHeader h;
    h.id = root.value(QStringLiteral("id")).toString();
    if (!isValidId(h.id))
        return malformed(QStringLiteral("id is not 32 lowercase hex characters"));
    h.displayName = root.value(QStringLiteral("displayName")).toString();
    if (h.displayName.trimmed().isEmpty())
        return malformed(QStringLiteral("displayName missing"));
    const QDateTime created
        = QDateTime::fromString(root.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    if (!created.isValid())
        return malformed(QStringLiteral("createdAt is not an ISO 8601 time"));
    h.createdAtMs = created.toMSecsSinceEpoch();
    h.schemaVersionHint = root.value(QStringLiteral("schemaVersionHint")).toInt(0);

    const QJsonObject c = root.value(QStringLiteral("cipher")).toObject();
    const store::CipherSettings pinned;
    if (c.value(QStringLiteral("pageSize")).toInt() != pinned.pageSize
        || c.value(QStringLiteral("kdfIter")).toInt() != pinned.kdfIter
        || c.value(QStringLiteral("hmac")).toBool(!pinned.useHmac) != pinned.useHmac
        || c.value(QStringLiteral("hmacAlgorithm")).toString() != kHmacAlgorithm
        || c.value(QStringLiteral("keyFormat")).toString() != kKeyFormat)
        return makeError(
            ErrorCode::SchemaTooNew, QStringLiteral("database cipher settings are not the ones this build pins"));
    h.cipher = pinned;

    const QJsonObject slotsJson = root.value(QStringLiteral("slots")).toObject();
    auto pass = slotFromJson(slotsJson, KeySlot::purposeName(SlotPurpose::Passphrase));
    if (!pass.ok())
        return pass.error();
    auto rec = slotFromJson(slotsJson, KeySlot::purposeName(SlotPurpose::Recovery));
    if (!rec.ok())
        return rec.error();
    h.passphrase = std::move(pass).value();
    h.recovery = std::move(rec).value();
    return h;
}

Result<ProfileHeader> ProfileHeader::load(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("no profile header at %1").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxHeaderBytes)
        return malformed(QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(kMaxHeaderBytes));
    auto parsed = fromJson(f.readAll());
    if (!parsed.ok())
        return makeError(parsed.code(), QStringLiteral("%1: %2").arg(path, parsed.error().detail));
    return parsed;
}

Status ProfileHeader::save(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    const QByteArray json = toJson();
    if (f.write(json) != json.size() || !f.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace lintas::profile
