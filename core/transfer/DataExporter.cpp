#include "transfer/DataExporter.h"

#include "repo/EntityDef.h"
#include "repo/Workspace.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/UnknownFields.h"
#include "transfer/FieldValueJson.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace lintas::transfer {

namespace {

Status put(QIODevice &out, const QByteArray &bytes)
{
    if (out.write(bytes) != bytes.size())
        return makeError(ErrorCode::Io, QStringLiteral("export: write failed: %1").arg(out.errorString()));
    return {};
}

QByteArray jsonString(const QString &text)
{
    // QJsonDocument has no scalar form; an array of one and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

DataExporter::DataExporter(repo::Workspace &workspace) : m_workspace(workspace) { }

Result<qint64> DataExporter::writeEntity(QIODevice &out, const repo::EntityDef &def)
{
    store::Database &db = m_workspace.database();
    QStringList cols {QStringLiteral("id")};
    for (const repo::FieldDef &f : def.fields)
        cols << f.name;
    auto rows
        = db.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(cols.join(QStringLiteral(", ")), def.table));
    if (!rows.ok())
        return rows.error();
    // Set members of the whole entity in one pass, walked alongside the rows (both by id).
    std::optional<store::Statement> members;
    if (!def.setFields.isEmpty()) {
        auto st = db.prepare(QStringLiteral(
            "SELECT DISTINCT entity_id, field, element FROM set_members WHERE entity = ? AND removed_hlc IS NULL "
            "ORDER BY entity_id, field, element"));
        if (!st.ok())
            return st.error();
        st->bind(1, def.name);
        members.emplace(std::move(st.value()));
    }
    // Fields and set operations of a newer Lintas kept for these records travel with them.
    LINTAS_TRY_ASSIGN(const bool preserved, sync::UnknownFields(db).anyFor(def.name));
    bool memberPending = false;
    auto advanceMember = [&]() -> Status {
        auto r = members->step();
        if (!r.ok())
            return r.error();
        memberPending = r.value();
        return {};
    };
    if (members)
        LINTAS_TRY(advanceMember());

    qint64 count = 0;
    for (;;) {
        auto row = rows->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        const QString id = rows->text(0);
        repo::FieldMap fields;
        for (int i = 0; i < def.fields.size(); ++i)
            fields.insert(def.fields[i].name, repo::canonicalValue(def.fields[i].type, rows->value(i + 1)));
        repo::SetMap sets;
        while (members && memberPending && members->text(0) <= id) {
            if (members->text(0) == id)
                sets[members->text(1)] << members->text(2);
            LINTAS_TRY(advanceMember());
        }
        QJsonObject record = FieldValueJson::record(def, id, fields, sets);
        if (preserved) {
            LINTAS_TRY_ASSIGN(const auto kept, sync::UnknownFields(db).forRecord(def.name, id));
            if (!kept.isEmpty())
                record.insert(QStringLiteral("preserved"), sync::UnknownFields::toJson(kept));
        }
        LINTAS_TRY(put(out,
            (count == 0 ? QByteArray("\n") : QByteArray(",\n")) + QByteArray("      ")
                + QJsonDocument(record).toJson(QJsonDocument::Compact)));
        ++count;
    }
    return count;
}

Status DataExporter::write(QIODevice &out, const Progress &progress)
{
    // One read transaction: the file is a consistent snapshot even if another writer commits.
    auto tx = m_workspace.database().begin();
    if (!tx.ok())
        return tx.error();
    const QString exportedAt
        = QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs(), Qt::UTC).toString(Qt::ISODateWithMs);
    QByteArray head;
    head += "{\n";
    head += "  \"format\": " + jsonString(formatName()) + ",\n";
    head += "  \"version\": " + QByteArray::number(formatVersion()) + ",\n";
    head += "  \"exportedAt\": " + jsonString(exportedAt) + ",\n";
    head += "  \"deviceCode\": " + jsonString(m_workspace.writer().deviceCode()) + ",\n";
    head += "  \"entities\": {";
    LINTAS_TRY(put(out, head));
    bool first = true;
    for (const repo::EntityDef *def : repo::allEntityDefs()) {
        LINTAS_TRY(put(out, QByteArray(first ? "\n" : ",\n") + "    " + jsonString(def->name) + ": ["));
        first = false;
        auto count = writeEntity(out, *def);
        if (!count.ok())
            return count.error();
        LINTAS_TRY(put(out, *count > 0 ? QByteArray("\n    ]") : QByteArray("]")));
        if (progress)
            progress(def->name, *count);
    }
    LINTAS_TRY(put(out, "\n  }\n}\n"));
    return tx->commit();
}

Result<QByteArray> DataExporter::toJson()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    LINTAS_TRY(write(buffer));
    return bytes;
}

} // namespace lintas::transfer
