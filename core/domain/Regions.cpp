#include "domain/Regions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace lintas::domain {

namespace {

Error invalid(const QString &path, const QString &message)
{
    return makeError(ErrorCode::Validation, QStringLiteral("regions: %1: %2").arg(path, message), path);
}

bool isKey(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_]+$"));
    return re.match(text).hasMatch();
}

Result<QString> text(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return invalid(QStringLiteral("%1.%2").arg(path, key), QStringLiteral("missing or empty text"));
    return value.toString();
}

Result<Regency> parseRegency(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return invalid(path, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    Regency regency;
    auto key = text(object, QStringLiteral("key"), path);
    if (!key)
        return key.error();
    if (!isKey(*key))
        return invalid(
            path + QStringLiteral(".key"), QStringLiteral("\"%1\" is not a lowercase snake_case key").arg(*key));
    regency.key = *key;
    auto name = text(object, QStringLiteral("name"), path);
    if (!name)
        return name.error();
    regency.name = *name;
    auto type = text(object, QStringLiteral("type"), path);
    if (!type)
        return type.error();
    if (*type != QStringLiteral("kabupaten") && *type != QStringLiteral("kota"))
        return invalid(
            path + QStringLiteral(".type"), QStringLiteral("must be \"kabupaten\" or \"kota\", got \"%1\"").arg(*type));
    regency.type = *type;
    const QJsonValue districts = object.value(QStringLiteral("districts"));
    if (!districts.isUndefined()) {
        if (!districts.isArray())
            return invalid(path + QStringLiteral(".districts"), QStringLiteral("must be a list of names"));
        const QJsonArray names = districts.toArray();
        for (const QJsonValue district : names) {
            if (!district.isString() || district.toString().trimmed().isEmpty())
                return invalid(
                    path + QStringLiteral(".districts"), QStringLiteral("district names must be non-empty texts"));
            regency.districts.append(district.toString());
        }
    }
    return regency;
}

Result<Province> parseProvince(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return invalid(path, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    Province province;
    auto key = text(object, QStringLiteral("key"), path);
    if (!key)
        return key.error();
    if (!isKey(*key))
        return invalid(
            path + QStringLiteral(".key"), QStringLiteral("\"%1\" is not a lowercase snake_case key").arg(*key));
    province.key = *key;
    auto name = text(object, QStringLiteral("name"), path);
    if (!name)
        return name.error();
    province.name = *name;
    auto bps = text(object, QStringLiteral("bpsCode"), path);
    if (!bps)
        return bps.error();
    province.bpsCode = *bps;
    const QJsonArray regencies = object.value(QStringLiteral("regencies")).toArray();
    if (regencies.isEmpty())
        return invalid(path + QStringLiteral(".regencies"), QStringLiteral("must list at least one regency"));
    QSet<QString> keys;
    for (qsizetype i = 0; i < regencies.size(); ++i) {
        const QString at = QStringLiteral("%1.regencies[%2]").arg(path).arg(i);
        auto regency = parseRegency(regencies.at(i), at);
        if (!regency)
            return regency.error();
        if (keys.contains(regency->key))
            return invalid(at + QStringLiteral(".key"), QStringLiteral("duplicate key \"%1\"").arg(regency->key));
        keys.insert(regency->key);
        province.regencies.append(*regency);
    }
    return province;
}

} // namespace

QString Regency::displayName() const
{
    return isCity() ? QStringLiteral("Kota %1").arg(name) : QStringLiteral("Kabupaten %1").arg(name);
}

const Regency *Province::regency(const QString &regencyKey) const
{
    for (const Regency &r : regencies) {
        if (r.key == regencyKey)
            return &r;
    }
    return nullptr;
}

QString Regions::bundledPath()
{
    return QStringLiteral(":/lintas/seed/regions.json");
}

Result<Regions> Regions::load(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("regions: malformed JSON at offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    const QJsonArray provinces = document.object().value(QStringLiteral("provinces")).toArray();
    if (provinces.isEmpty())
        return invalid(QStringLiteral("provinces"), QStringLiteral("must be a non-empty list"));
    Regions regions;
    QSet<QString> keys;
    for (qsizetype i = 0; i < provinces.size(); ++i) {
        const QString at = QStringLiteral("provinces[%1]").arg(i);
        auto province = parseProvince(provinces.at(i), at);
        if (!province)
            return province.error();
        if (keys.contains(province->key))
            return invalid(at + QStringLiteral(".key"), QStringLiteral("duplicate key \"%1\"").arg(province->key));
        keys.insert(province->key);
        regions.m_provinces.append(*province);
    }
    return regions;
}

Result<Regions> Regions::bundled()
{
    QFile file(bundledPath());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::NotFound, QStringLiteral("regions: cannot read %1: %2").arg(bundledPath(), file.errorString()));
    return load(file.readAll());
}

const Province *Regions::province(const QString &keyOrName) const
{
    for (const Province &p : m_provinces) {
        if (p.key == keyOrName || p.name.compare(keyOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const Regency *Regions::regency(const QString &provinceKey, const QString &regencyKey) const
{
    const Province *p = province(provinceKey);
    return p ? p->regency(regencyKey) : nullptr;
}

QStringList Regions::provinceNames() const
{
    QStringList names;
    for (const Province &p : m_provinces)
        names.append(p.name);
    return names;
}

int Regions::regencyCount() const
{
    int count = 0;
    for (const Province &p : m_provinces)
        count += int(p.regencies.size());
    return count;
}

} // namespace lintas::domain
