#pragma once

#include "base/Result.h"
#include "repo/EntityDef.h"
#include "repo/EntityMapping.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariant>

namespace lintas::transfer {

// The one JSON form of stored field values, shared by export, import and the CLI's --json
// output, so a value printed by one can be read back by another:
//   Text → string, Integer (money in minor units, ms timestamps) → integer number,
//   Bool → true/false, Date → "yyyy-MM-dd", and NULL → null.
class FieldValueJson {
public:
    static QJsonValue toJson(repo::FieldType type, const QVariant &canonical);
    // The canonical value for a JSON value; on a type mismatch, Validation with `field` set and a
    // detail that says what was expected (the caller adds which record it was).
    static Result<QVariant> fromJson(repo::FieldType type, const QJsonValue &value, const QString &field);
    // One record: "id", every field of `def` (null when unset) and, when `def` has set fields,
    // "sets": {name: [sorted elements]}.
    static QJsonObject record(
        const repo::EntityDef &def, const QString &id, const repo::FieldMap &fields, const repo::SetMap &sets);
    static QString typeName(repo::FieldType type);
};

} // namespace lintas::transfer
