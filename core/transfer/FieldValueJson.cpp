#include "transfer/FieldValueJson.h"

#include <QDate>
#include <QJsonArray>

#include <cmath>

namespace lintas::transfer {

namespace {

// Integers beyond 2^53 do not survive a trip through a JSON number in most readers.
constexpr double kMaxExactInteger = 9007199254740991.0;

Error mismatch(const QString &field, repo::FieldType type, const QString &got)
{
    return makeError(ErrorCode::Validation,
        QStringLiteral("%1: expected %2, got %3").arg(field, FieldValueJson::typeName(type), got), field);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("the number %1").arg(value.toDouble());
    case QJsonValue::String:
        return QStringLiteral("the text \"%1\"").arg(value.toString().left(40));
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    }
    return QStringLiteral("something else");
}

} // namespace

QString FieldValueJson::typeName(repo::FieldType type)
{
    switch (type) {
    case repo::FieldType::Text:
        return QStringLiteral("a text");
    case repo::FieldType::Integer:
        return QStringLiteral("a whole number");
    case repo::FieldType::Bool:
        return QStringLiteral("true or false");
    case repo::FieldType::Date:
        return QStringLiteral("a date written YYYY-MM-DD");
    }
    return QStringLiteral("a value");
}

QJsonValue FieldValueJson::toJson(repo::FieldType type, const QVariant &canonical)
{
    if (!canonical.isValid() || canonical.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (type) {
    case repo::FieldType::Text:
    case repo::FieldType::Date:
        return canonical.toString();
    case repo::FieldType::Integer:
        return QJsonValue(canonical.toLongLong());
    case repo::FieldType::Bool:
        return canonical.toLongLong() != 0;
    }
    return QJsonValue(QJsonValue::Null);
}

Result<QVariant> FieldValueJson::fromJson(repo::FieldType type, const QJsonValue &value, const QString &field)
{
    if (value.isNull() || value.isUndefined())
        return QVariant();
    switch (type) {
    case repo::FieldType::Text:
        if (!value.isString())
            return mismatch(field, type, describe(value));
        return repo::canonicalValue(type, value.toString());
    case repo::FieldType::Integer: {
        if (!value.isDouble())
            return mismatch(field, type, describe(value));
        const double d = value.toDouble();
        if (std::floor(d) != d || std::fabs(d) > kMaxExactInteger)
            return mismatch(field, type, describe(value));
        return QVariant(value.toInteger());
    }
    case repo::FieldType::Bool:
        if (!value.isBool())
            return mismatch(field, type, describe(value));
        return repo::canonicalValue(type, value.toBool());
    case repo::FieldType::Date: {
        // Strict: exactly yyyy-MM-dd and a real calendar day ("2026-02-30" is refused).
        const QString text = value.toString();
        const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!value.isString() || !date.isValid() || text.size() != 10)
            return mismatch(field, type, describe(value));
        return QVariant(date.toString(Qt::ISODate));
    }
    }
    return mismatch(field, type, describe(value));
}

QJsonObject FieldValueJson::record(
    const repo::EntityDef &def, const QString &id, const repo::FieldMap &fields, const repo::SetMap &sets)
{
    QJsonObject out;
    out.insert(QStringLiteral("id"), id);
    for (const repo::FieldDef &f : def.fields)
        out.insert(f.name, toJson(f.type, fields.value(f.name)));
    if (!def.setFields.isEmpty()) {
        QJsonObject setsObject;
        for (const QString &name : def.setFields) {
            QStringList elements = sets.value(name);
            elements.sort();
            setsObject.insert(name, QJsonArray::fromStringList(elements));
        }
        out.insert(QStringLiteral("sets"), setsObject);
    }
    return out;
}

} // namespace lintas::transfer
