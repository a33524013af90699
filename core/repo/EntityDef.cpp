#include "repo/EntityDef.h"

#include "repo/EntityMappings.h"

#include <QDate>

namespace lintas::repo {

const FieldDef *EntityDef::field(const QString &fieldName) const
{
    for (const FieldDef &f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

QVariant canonicalValue(FieldType type, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (type) {
    case FieldType::Text: {
        const QString s = value.toString();
        return s.isEmpty() ? QVariant() : QVariant(s);
    }
    case FieldType::Integer: {
        bool ok = false;
        const qint64 v = value.toLongLong(&ok);
        return ok ? QVariant(v) : QVariant();
    }
    case FieldType::Bool:
        return QVariant(static_cast<qint64>(value.toBool() ? 1 : 0));
    case FieldType::Date: {
        if (value.typeId() == QMetaType::QDate) {
            const QDate d = value.toDate();
            return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
        }
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
    }
    }
    return {};
}

const QVector<const EntityDef *> &allEntityDefs()
{
    static const QVector<const EntityDef *> defs = {
        &organisationMapping().def,
        &partyMapping().def,
        &clientMapping().def,
        &clientPhoneMapping().def,
        &consentMapping().def,
        &caseMapping().def,
        &casePartyMapping().def,
        &claimMapping().def,
        &claimPaymentMapping().def,
        &noteMapping().def,
        &deadlineMapping().def,
        &referralMapping().def,
        &activityMapping().def,
        &activityCountMapping().def,
    };
    return defs;
}

const EntityDef *entityDefByName(const QString &name)
{
    for (const EntityDef *def : allEntityDefs()) {
        if (def->name == name)
            return def;
    }
    return nullptr;
}

} // namespace lintas::repo
