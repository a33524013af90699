#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <functional>

namespace lintas::repo {
class Workspace;
}

namespace lintas::transfer {

struct ImportCounts {
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0; // identical already, or an append-only record that already exists
};

struct ImportSummary {
    QMap<QString, ImportCounts> byEntity; // entity name → counts (entities present in the file)
    qint64 created() const;
    qint64 updated() const;
    qint64 unchanged() const;
};

// Reads a DataExporter file into the profile through the ChangeWriter, so every imported value
// gets field clocks and an outbox record and will sync like a local edit. All or nothing: the
// file is validated first (format, version, entities, fields, value types, codes, references —
// see ImportPlan) and then written in ONE transaction, parents before children. Existing ids are
// updated field by field (only differences are written), new ids are created, append-only
// records that already exist are left alone — so importing the same file twice changes nothing
// the second time and adds no outbox records.
class DataImporter {
public:
    explicit DataImporter(repo::Workspace &workspace);

    // `progress(done, total)` every few thousand records; return false to cancel (nothing stays).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    Result<ImportSummary> importJson(const QByteArray &json, const Progress &progress = {});

private:
    repo::Workspace &m_workspace;
};

} // namespace lintas::transfer
