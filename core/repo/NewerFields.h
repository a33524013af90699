#pragma once

#include "base/Result.h"
#include "repo/EntityDef.h"
#include "sync/Hlc.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <optional>

namespace lintas::store {
class Database;
}

namespace lintas::repo {

// The rows' side of what a newer Lintas wrote that an older one kept beside them (tables
// unknown_fields and unknown_set_ops, filled by sync::UnknownFields): putting it into the rows
// once this version knows the names. Storage only, so the workspace folds at open without
// reaching up into sync.
class NewerFields {
public:
    // After an upgrade: every kept field or set operation that `defs` now know goes into its row,
    // respecting clocks (a newer write already in the row wins), and leaves the kept tables.
    // Derived tables of the rows it changes are refreshed. Holds its own transaction. Returns how
    // many records changed.
    static Result<int> foldKnown(store::Database &db, const QVector<const EntityDef *> &defs);

    // One write of a known field made elsewhere with its own clock: into the row (created if
    // missing) when it is newer than what the row holds. Returns the canonical value when it won.
    static Result<std::optional<QVariant>> putField(store::Database &db, const EntityDef &def, const FieldDef &field,
        const QString &entityId, const QVariant &value, sync::Hlc hlc, const QString &device);

    // The JSON list of tags unknown_set_ops keeps per operation.
    static QString tagsText(const QStringList &tags);
    static QStringList tagsFromText(const QString &text);
};

} // namespace lintas::repo
