#pragma once

#include "CliOutput.h"
#include "domain/CodeList.h"
#include "repo/EntityDef.h"
#include "repo/EntityMapping.h"

#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QVector>

namespace lintas::cli {

// How records look in lintas-cli output, for any entity: in tables, code labels in the chosen
// language, money with its decimals, timestamps as local date-times, booleans as yes/no; in
// JSON, exactly the export format (transfer::FieldValueJson), so output can be fed back in.
class EntityView {
public:
    // `currency` for money fields of records that do not carry their own (claim payments).
    static QString display(const repo::EntityDef &def, const QString &field, const QVariant &value,
        const repo::FieldMap &record, domain::Language language, const QString &currency = {});
    static QString displaySet(
        const repo::EntityDef &def, const QString &field, const QStringList &elements, domain::Language language);
    // "field: value" rows of every non-empty field and set, id first.
    static QVector<QPair<QString, QString>> rows(const repo::EntityDef &def, const QString &id,
        const repo::FieldMap &fields, const repo::SetMap &sets, domain::Language language,
        const QString &currency = {});
    static QString label(
        const repo::EntityDef &def, const QString &field, const QString &code, domain::Language language);
    static QString shortId(const QString &id) { return id.left(8); }

    template<typename T>
    static QVector<QPair<QString, QString>> rows(
        const repo::EntityMapping<T> &m, const T &obj, domain::Language language, const QString &currency = {})
    {
        return rows(m.def, obj.id, m.toFields(obj), m.toSets(obj), language, currency);
    }
    template<typename T> static QJsonObject json(const repo::EntityMapping<T> &m, const T &obj);

    // A record a command created or changed: with --json as exported, otherwise as field rows.
    template<typename T>
    static void print(CliOutput &out, const repo::EntityMapping<T> &m, const T &obj, const QString &currency = {})
    {
        if (out.json())
            out.jsonDocument(json(m, obj));
        else
            out.fields(rows(m, obj, out.language(), currency));
    }
};

} // namespace lintas::cli

#include "transfer/FieldValueJson.h"

template<typename T> QJsonObject lintas::cli::EntityView::json(const repo::EntityMapping<T> &m, const T &obj)
{
    return transfer::FieldValueJson::record(m.def, obj.id, m.toFields(obj), m.toSets(obj));
}
