#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace lintas::repo {
class Workspace;
struct EntityDef;
} // namespace lintas::repo

namespace lintas::transfer {

// Whole-profile export as one JSON document:
//   {"format": "lintas-export", "version": 1, "exportedAt": ISO-8601 UTC, "deviceCode": "AB12",
//    "entities": {"organisation": [{"id": …, <every field>, "sets": {…}}, …], "party": […], …}}
// Entities appear in repo::allEntityDefs() order (parents before children), records sorted by
// id, keys sorted, one record per line — so two exports of the same data differ only in
// exportedAt/deviceCode and diff well. updated_at is bookkeeping of this database and is left
// out. Written as a stream, so a profile with half a million notes never sits in memory twice.
class DataExporter {
public:
    static QString formatName() { return QStringLiteral("lintas-export"); }
    static int formatVersion() { return 1; }

    explicit DataExporter(repo::Workspace &workspace);

    // `progress(entity, records so far)` after each entity; may be empty.
    using Progress = std::function<void(const QString &entity, qint64 records)>;
    Status write(QIODevice &out, const Progress &progress = {});
    Result<QByteArray> toJson();

private:
    Result<qint64> writeEntity(QIODevice &out, const repo::EntityDef &def);

    repo::Workspace &m_workspace;
};

} // namespace lintas::transfer
