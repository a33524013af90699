#pragma once

#include "ArgParser.h"
#include "base/Result.h"
#include "repo/EntityDef.h"
#include "repo/EntityMapping.h"

#include <QDate>
#include <QStringList>
#include <QVector>

namespace lintas::cli {

// Command-line options generated from an entity's field definitions (repo::EntityDef), named
// after the domain fields: full_name → --full-name, case_types → --case-types a,b. A field added
// to EntityMappings.cpp gets its option, parsing and display with no change to the CLI.
//
// Values: texts as typed ('' clears); dates YYYY-MM-DD or "today"; money fields (amount*) as
// decimals in the currency's unit; timestamps (*_at) as YYYY-MM-DD[THH:MM] local time or "now";
// booleans as a bare flag (= yes) or --flag=yes|no; sets as comma-separated lists.
class EntityOptions {
public:
    static QVector<OptionSpec> specs(const repo::EntityDef &def, const QStringList &exclude = {});
    static QString optionName(const QString &field);
    static bool isMoney(const repo::FieldDef &field);
    static bool isTimestamp(const repo::FieldDef &field);

    // Reads the options present into canonical values (only those given). Validation errors
    // name the field; `currency` is needed only if a money option is given.
    static Status read(const repo::EntityDef &def, const ParsedArgs &args, const QString &currency, const QDate &today,
        repo::FieldMap &fields, repo::SetMap &sets, const QStringList &exclude = {});
    static Result<QVariant> parse(
        const repo::FieldDef &field, const QString &text, const QString &currency, const QDate &today);

    // `base` with the given fields and sets laid over it.
    template<typename T>
    static T apply(
        const repo::EntityMapping<T> &mapping, const T &base, const repo::FieldMap &fields, const repo::SetMap &sets)
    {
        repo::FieldMap allFields = mapping.toFields(base);
        repo::SetMap allSets = mapping.toSets(base);
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            allFields.insert(it.key(), it.value());
        for (auto it = sets.cbegin(); it != sets.cend(); ++it)
            allSets.insert(it.key(), it.value());
        T out = base;
        mapping.assign(out, allFields, allSets);
        return out;
    }
};

} // namespace lintas::cli
