#include "domain/OrganisationSeed.h"

#include "domain/CodeLists.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace lintas::domain {

namespace {

Error invalid(const QString &path, const QString &message)
{
    return makeError(ErrorCode::Validation, QStringLiteral("organisation seed: %1: %2").arg(path, message), path);
}

QString at(const QString &path, const QString &key)
{
    return QStringLiteral("%1.%2").arg(path, key);
}

Result<QString> requiredText(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return invalid(at(path, key), QStringLiteral("missing or empty text"));
    return value.toString();
}

Result<QString> optionalText(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QString();
    if (!value.isString())
        return invalid(at(path, key), QStringLiteral("must be a text"));
    return value.toString();
}

Result<QDate> optionalDate(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required)
        return QDate();
    const QDate parsed = QDate::fromString(value.toString(), QStringLiteral("yyyy-MM-dd"));
    if (!value.isString() || !parsed.isValid())
        return invalid(at(path, key), QStringLiteral("must be a date written YYYY-MM-DD"));
    return parsed;
}

Result<QPair<QString, QString>> bilingual(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonObject texts = object.value(key).toObject();
    auto id = requiredText(texts, QStringLiteral("id"), at(path, key));
    if (!id)
        return id.error();
    auto en = requiredText(texts, QStringLiteral("en"), at(path, key));
    if (!en)
        return en.error();
    return qMakePair(*id, *en);
}

Result<SeedPhone> parsePhone(const QJsonValue &value, const QString &path)
{
    // Digits, spaces, '+', '-' and brackets only: anything else is a typo in the seed.
    static const QRegularExpression numberShape(QStringLiteral("^\\+?[0-9][0-9 ()-]*$"));
    const QJsonObject object = value.toObject();
    SeedPhone phone;
    auto number = requiredText(object, QStringLiteral("number"), path);
    if (!number)
        return number.error();
    if (!numberShape.match(*number).hasMatch())
        return invalid(at(path, QStringLiteral("number")), QStringLiteral("\"%1\" is not a phone number").arg(*number));
    phone.number = *number;
    auto kind = requiredText(object, QStringLiteral("kind"), path);
    if (!kind)
        return kind.error();
    if (!phoneKinds().contains(*kind))
        return invalid(at(path, QStringLiteral("kind")), QStringLiteral("unknown phone kind \"%1\"").arg(*kind));
    phone.kind = *kind;
    auto label = bilingual(object, QStringLiteral("label"), path);
    if (!label)
        return label.error();
    phone.labelId = label->first;
    phone.labelEn = label->second;
    return phone;
}

Result<SeedOrganisation> parseOrganisation(const QJsonValue &value, const QString &path)
{
    static const QRegularExpression keyShape(QStringLiteral("^[a-z0-9_]+$"));
    if (!value.isObject())
        return invalid(path, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    SeedOrganisation org;

    auto key = requiredText(object, QStringLiteral("key"), path);
    if (!key)
        return key.error();
    if (!keyShape.match(*key).hasMatch())
        return invalid(
            at(path, QStringLiteral("key")), QStringLiteral("\"%1\" is not a lowercase snake_case key").arg(*key));
    org.key = *key;
    auto name = requiredText(object, QStringLiteral("name"), path);
    if (!name)
        return name.error();
    org.name = *name;
    auto kind = requiredText(object, QStringLiteral("kind"), path);
    if (!kind)
        return kind.error();
    if (!organisationKinds().contains(*kind))
        return invalid(at(path, QStringLiteral("kind")), QStringLiteral("unknown organisation kind \"%1\"").arg(*kind));
    org.kind = *kind;
    auto country = requiredText(object, QStringLiteral("country"), path);
    if (!country)
        return country.error();
    if (!jurisdictions().contains(*country))
        return invalid(at(path, QStringLiteral("country")), QStringLiteral("unknown country \"%1\"").arg(*country));
    org.country = *country;

    struct Optional {
        QString key;
        QString *target;
    };
    const Optional optionals[] = {{QStringLiteral("province"), &org.province}, {QStringLiteral("city"), &org.city},
        {QStringLiteral("address"), &org.address}, {QStringLiteral("email"), &org.email},
        {QStringLiteral("website"), &org.website}};
    for (const Optional &field : optionals) {
        auto text = optionalText(object, field.key, path);
        if (!text)
            return text.error();
        *field.target = *text;
    }

    const QJsonValue phones = object.value(QStringLiteral("phones"));
    if (!phones.isArray())
        return invalid(at(path, QStringLiteral("phones")), QStringLiteral("must be a list (may be empty)"));
    const QJsonArray phoneArray = phones.toArray();
    for (qsizetype i = 0; i < phoneArray.size(); ++i) {
        auto phone = parsePhone(phoneArray.at(i), QStringLiteral("%1.phones[%2]").arg(path).arg(i));
        if (!phone)
            return phone.error();
        org.phones.append(*phone);
    }

    auto description = bilingual(object, QStringLiteral("description"), path);
    if (!description)
        return description.error();
    org.descriptionId = description->first;
    org.descriptionEn = description->second;
    // Every entry must say where its facts come from, so a caseworker can judge how old they are.
    auto source = requiredText(object, QStringLiteral("source"), path);
    if (!source)
        return source.error();
    org.source = *source;
    auto sourceDate = optionalDate(object, QStringLiteral("sourceDate"), path, false);
    if (!sourceDate)
        return sourceDate.error();
    org.sourceDate = *sourceDate;
    auto checkedOn = optionalDate(object, QStringLiteral("checkedOn"), path, true);
    if (!checkedOn)
        return checkedOn.error();
    org.checkedOn = *checkedOn;
    const QJsonValue recheck = object.value(QStringLiteral("needsRecheck"));
    if (!recheck.isUndefined() && !recheck.isBool())
        return invalid(at(path, QStringLiteral("needsRecheck")), QStringLiteral("must be true or false"));
    org.needsRecheck = recheck.toBool(false);
    return org;
}

} // namespace

QString SeedOrganisation::phonesText(Language language) const
{
    QStringList parts;
    for (const SeedPhone &phone : phones) {
        const QString label = phone.label(language);
        parts.append(label.isEmpty() ? phone.number : QStringLiteral("%1 (%2)").arg(phone.number, label));
    }
    return parts.join(QStringLiteral("; "));
}

QString OrganisationSeed::bundledPath()
{
    return QStringLiteral(":/lintas/seed/organisations.json");
}

Result<QVector<SeedOrganisation>> OrganisationSeed::load(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("organisation seed: malformed JSON at offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    const QJsonArray entries = document.object().value(QStringLiteral("organisations")).toArray();
    if (entries.isEmpty())
        return invalid(QStringLiteral("organisations"), QStringLiteral("must be a non-empty list"));
    QVector<SeedOrganisation> out;
    QSet<QString> keys;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = QStringLiteral("organisations[%1]").arg(i);
        auto org = parseOrganisation(entries.at(i), path);
        if (!org)
            return org.error();
        if (keys.contains(org->key))
            return invalid(at(path, QStringLiteral("key")), QStringLiteral("duplicate key \"%1\"").arg(org->key));
        keys.insert(org->key);
        out.append(std::move(org).value());
    }
    return out;
}

Result<QVector<SeedOrganisation>> OrganisationSeed::bundled()
{
    QFile file(bundledPath());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
            QStringLiteral("organisation seed: cannot read %1: %2").arg(bundledPath(), file.errorString()));
    return load(file.readAll());
}

} // namespace lintas::domain
