#pragma once

#include "base/Result.h"
#include "sync/Hlc.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace lintas::store {
class Database;
}

namespace lintas::repo {

// Recent versions of each long-text field (case chronology, strategy, notes…) with the version
// each replaced, so two offline edits of one text can be merged line by line against the text
// both started from (SYNC.md: "a line-based 3-way merge against the last synced base"). Kept
// inside the encrypted profile like the conflict log; only the last few versions of a field.
class TextVersions {
public:
    explicit TextVersions(store::Database &db) : m_db(db) { }

    // The version before this one is `prev`: the null HLC when the field was empty (no clock
    // yet), nullopt when not known (a value this laptop held before it kept versions).
    struct Version {
        sync::Hlc hlc;
        QString device;
        std::optional<sync::Hlc> prev;
    };
    Status record(const QString &entity, const QString &entityId, const QString &field, const Version &version,
        const QVariant &value);

    // The text `local` and a write made over the version `incomingPrev` (null HLC: over an empty
    // field) both descend from, when the kept history reaches it from both sides.
    Result<std::optional<QString>> commonBase(
        const QString &entity, const QString &entityId, const QString &field, sync::Hlc local, sync::Hlc incomingPrev);

    // A change re-stamped before it was sent (sync/OutboxRestamp.h) keeps its place in history.
    Status moveStamp(const QString &entity, const QString &entityId, const QString &field, const QString &device,
        sync::Hlc old, sync::Hlc now);

private:
    struct Found {
        QString value;
        std::optional<sync::Hlc> prev;
    };
    Result<std::optional<Found>> find(
        const QString &entity, const QString &entityId, const QString &field, sync::Hlc hlc);

    store::Database &m_db;
};

} // namespace lintas::repo
