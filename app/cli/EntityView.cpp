#include "EntityView.h"

#include "EntityOptions.h"
#include "MoneyText.h"
#include "transfer/FieldCodeLists.h"

#include <QDateTime>

namespace lintas::cli {

QString EntityView::label(
    const repo::EntityDef &def, const QString &field, const QString &code, domain::Language language)
{
    const domain::CodeList *list = transfer::FieldCodeLists::forField(def, field);
    return list ? list->label(code, language) : code;
}

QString EntityView::display(const repo::EntityDef &def, const QString &field, const QVariant &value,
    const repo::FieldMap &record, domain::Language language, const QString &currency)
{
    if (!value.isValid() || value.isNull())
        return QString();
    const repo::FieldDef *f = def.field(field);
    if (!f)
        return value.toString();
    switch (f->type) {
    case repo::FieldType::Text:
        return label(def, field, value.toString(), language);
    case repo::FieldType::Date:
        return value.toString();
    case repo::FieldType::Bool:
        return value.toLongLong() != 0
            ? (language == domain::Language::Indonesian ? QStringLiteral("ya") : QStringLiteral("yes"))
            : (language == domain::Language::Indonesian ? QStringLiteral("tidak") : QStringLiteral("no"));
    case repo::FieldType::Integer:
        if (EntityOptions::isMoney(*f)) {
            const QString cur = record.value(QStringLiteral("currency")).toString().isEmpty()
                ? currency
                : record.value(QStringLiteral("currency")).toString();
            return cur.isEmpty() ? value.toString()
                                 : MoneyText::format(value.toLongLong(), cur) + QLatin1Char(' ') + cur;
        }
        if (EntityOptions::isTimestamp(*f))
            return QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        return value.toString();
    }
    return value.toString();
}

QString EntityView::displaySet(
    const repo::EntityDef &def, const QString &field, const QStringList &elements, domain::Language language)
{
    QStringList out;
    for (const QString &e : elements)
        out << label(def, field, e, language);
    return out.join(QStringLiteral(", "));
}

QVector<QPair<QString, QString>> EntityView::rows(const repo::EntityDef &def, const QString &id,
    const repo::FieldMap &fields, const repo::SetMap &sets, domain::Language language, const QString &currency)
{
    QVector<QPair<QString, QString>> out {{QStringLiteral("id"), id}};
    for (const repo::FieldDef &f : def.fields) {
        const QVariant v = repo::canonicalValue(f.type, fields.value(f.name));
        if (v.isNull() || (f.name == QStringLiteral("deleted") && v.toLongLong() == 0))
            continue;
        out.push_back({f.name, display(def, f.name, v, fields, language, currency)});
    }
    for (const QString &s : def.setFields) {
        if (!sets.value(s).isEmpty())
            out.push_back({s, displaySet(def, s, sets.value(s), language)});
    }
    return out;
}

} // namespace lintas::cli
