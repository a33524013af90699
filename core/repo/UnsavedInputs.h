#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

namespace lintas {
class Clock;
}
namespace lintas::store {
class Database;
}

namespace lintas::repo {

class Workspace;

// What a caseworker typed and had not saved when Lintas locked or closed, one payload per form
// (e.g. "case/<id>/note"), until the form is opened again and the input saved or discarded. This
// laptop's scratch, not a record: written straight to its table, never through the outbox and
// never synced (decision D20). The payload is the UI's business; this class does not read it.
class UnsavedInputs {
public:
    struct Entry {
        QString key;
        QByteArray payload;
        qint64 savedAt = 0; // ms since the epoch, on the workspace's clock
    };

    UnsavedInputs(store::Database &db, const Clock &clock);
    // The unsaved input of the workspace's profile, on its clock.
    explicit UnsavedInputs(Workspace &workspace);

    // Inserts or replaces the input kept under `key`, stamped now.
    Status save(const QString &key, const QByteArray &payload);
    // Nothing kept under `key`: an empty optional.
    Result<std::optional<Entry>> load(const QString &key);
    // Every entry whose key starts with `prefix`, by key.
    Result<QVector<Entry>> withPrefix(const QString &prefix);
    Status remove(const QString &key);
    Status clear();

private:
    store::Database &m_db;
    const Clock &m_clock;
};

} // namespace lintas::repo
