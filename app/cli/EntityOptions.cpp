#include "EntityOptions.h"

#include "MoneyText.h"
#include "base/Clock.h"
#include "domain/CodeList.h"
#include "transfer/FieldCodeLists.h"

#include <QDateTime>
#include <QRegularExpression>

namespace lintas::cli {

namespace {

Error invalid(const QString &field, const QString &why)
{
    return makeError(ErrorCode::Validation, QStringLiteral("%1: %2").arg(field, why), field);
}

} // namespace

QString EntityOptions::optionName(const QString &field)
{
    QString name = field;
    return name.replace(QLatin1Char('_'), QLatin1Char('-'));
}

bool EntityOptions::isMoney(const repo::FieldDef &field)
{
    return field.type == repo::FieldType::Integer && field.name.startsWith(QStringLiteral("amount"));
}

bool EntityOptions::isTimestamp(const repo::FieldDef &field)
{
    return field.type == repo::FieldType::Integer && field.name.endsWith(QStringLiteral("_at"));
}

QVector<OptionSpec> EntityOptions::specs(const repo::EntityDef &def, const QStringList &exclude)
{
    QVector<OptionSpec> out;
    for (const repo::FieldDef &f : def.fields) {
        if (exclude.contains(f.name))
            continue;
        OptionSpec o;
        o.name = optionName(f.name);
        QString help = f.name;
        const domain::CodeList *codes = transfer::FieldCodeLists::forField(def, f.name);
        switch (f.type) {
        case repo::FieldType::Text:
            o.valueName = codes ? QStringLiteral("CODE") : QStringLiteral("TEXT");
            break;
        case repo::FieldType::Date:
            o.valueName = QStringLiteral("DATE");
            break;
        case repo::FieldType::Bool:
            o.kind = OptionSpec::Kind::FlagValue;
            o.valueName = QStringLiteral("yes|no");
            break;
        case repo::FieldType::Integer:
            o.valueName = isMoney(f) ? QStringLiteral("AMOUNT")
                : isTimestamp(f)     ? QStringLiteral("DATETIME")
                                     : QStringLiteral("N");
            break;
        }
        if (codes)
            help += QStringLiteral(" (codes: lintas-cli codes %1)").arg(codes->name());
        o.help = help;
        out << o;
    }
    for (const QString &s : def.setFields) {
        if (exclude.contains(s))
            continue;
        const domain::CodeList *codes = transfer::FieldCodeLists::forField(def, s);
        out << OptionSpec {optionName(s), OptionSpec::Kind::Value,
            codes ? QStringLiteral("CODE,…") : QStringLiteral("TEXT,…"),
            s + QStringLiteral(", comma-separated; replaces the list")
                + (codes ? QStringLiteral(" (codes: lintas-cli codes %1)").arg(codes->name()) : QString())};
    }
    return out;
}

Result<QVariant> EntityOptions::parse(
    const repo::FieldDef &f, const QString &text, const QString &currency, const QDate &today)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QVariant(); // clears the field
    switch (f.type) {
    case repo::FieldType::Text:
        return QVariant(text);
    case repo::FieldType::Date: {
        const QDate d = t == QStringLiteral("today") ? today : QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
        if (!d.isValid())
            return invalid(f.name, QStringLiteral("'%1' is not a date written YYYY-MM-DD").arg(text));
        return QVariant(d.toString(Qt::ISODate));
    }
    case repo::FieldType::Bool: {
        static const QStringList yes {QStringLiteral("yes"), QStringLiteral("true"), QStringLiteral("1"),
            QStringLiteral("y"), QStringLiteral("ya")};
        static const QStringList no {QStringLiteral("no"), QStringLiteral("false"), QStringLiteral("0"),
            QStringLiteral("n"), QStringLiteral("tidak")};
        if (yes.contains(t.toLower()))
            return QVariant(qint64(1));
        if (no.contains(t.toLower()))
            return QVariant(qint64(0));
        return invalid(f.name, QStringLiteral("'%1' is not yes or no").arg(text));
    }
    case repo::FieldType::Integer: {
        if (isMoney(f)) {
            LINTAS_TRY_ASSIGN(const qint64 minor, MoneyText::parse(t, currency, f.name));
            return QVariant(minor);
        }
        if (isTimestamp(f)) {
            if (t == QStringLiteral("now"))
                return QVariant(SystemClock::instance().nowMs());
            QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
            if (!dt.isValid()) {
                const QDate d = QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
                if (d.isValid())
                    dt = QDateTime(d, QTime(12, 0));
            }
            if (!dt.isValid())
                return invalid(f.name,
                    QStringLiteral("'%1' is not a date or date-time (YYYY-MM-DD or YYYY-MM-DDTHH:MM)").arg(text));
            return QVariant(dt.toMSecsSinceEpoch());
        }
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        if (!ok)
            return invalid(f.name, QStringLiteral("'%1' is not a whole number").arg(text));
        return QVariant(v);
    }
    }
    return QVariant();
}

Status EntityOptions::read(const repo::EntityDef &def, const ParsedArgs &args, const QString &currency,
    const QDate &today, repo::FieldMap &fields, repo::SetMap &sets, const QStringList &exclude)
{
    for (const repo::FieldDef &f : def.fields) {
        const QString name = optionName(f.name);
        if (exclude.contains(f.name) || !args.has(name))
            continue;
        LINTAS_TRY_ASSIGN(const QVariant value, parse(f, args.value(name), currency, today));
        fields.insert(f.name, value);
    }
    for (const QString &s : def.setFields) {
        const QString name = optionName(s);
        if (exclude.contains(s) || !args.has(name))
            continue;
        QStringList elements;
        for (const QString &e : args.value(name).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!e.trimmed().isEmpty())
                elements << e.trimmed();
        }
        sets.insert(s, elements);
    }
    return {};
}

} // namespace lintas::cli
