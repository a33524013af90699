#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace lintas::repo {

// How a synced field is stored. Money and timestamps are Integer (minor units / ms since epoch);
// dates are ISO "yyyy-MM-dd" text so they sort and compare as strings.
enum class FieldType { Text, Integer, Bool, Date };

struct FieldDef {
    QString name; // column name and sync field name
    FieldType type;
    // Long text (a chronology, a strategy, notes): concurrent edits are merged line by line
    // before last-writer-wins decides (sync/LineMerge.h).
    bool mergesLines = false;
};

// Describes one synced entity: its table, its last-writer-wins scalar fields and its
// observed-remove set fields. The write path, the applier, export/import and the replay test
// all work from these definitions, so a new field is declared once (in EntityMappings.cpp).
struct EntityDef {
    QString name; // "client", "case", … (sync entity name)
    QString table;
    QVector<FieldDef> fields; // excludes id and updated_at
    QStringList setFields;
    bool appendOnly = false; // rows are inserted once and never change (notes)

    const FieldDef *field(const QString &fieldName) const;
    bool hasSetField(const QString &fieldName) const { return setFields.contains(fieldName); }
};

// Canonical storage form of a value: empty text, invalid dates and absent numbers are NULL;
// bools are 0/1 integers. Every path that writes a field passes through this, so the same edit
// made locally or replayed from the outbox yields identical rows.
QVariant canonicalValue(FieldType type, const QVariant &value);

// All entity definitions, parents before children (safe order for export and import).
const QVector<const EntityDef *> &allEntityDefs();
const EntityDef *entityDefByName(const QString &name);

} // namespace lintas::repo
