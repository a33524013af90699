#pragma once

#include "base/Result.h"
#include "sync/Hlc.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace lintas::sync {

struct SetAdd {
    QString field;
    QString element;
    QString tag; // unique per add (the change id), so a concurrent remove cannot hide it
};

struct SetRemove {
    QString field;
    QString element;
    QStringList tags; // the add-tags this device had observed when it removed the element
};

// One mutation of one entity, as recorded in the outbox and later carried (encrypted) by sync.
// `prev` holds, per changed field, the field's HLC before this edit: a receiver whose field
// clock equals it knows the edit is a plain successor rather than a concurrent one.
struct Change {
    QString changeId;
    QString deviceId;
    qint64 deviceSeq = 0;
    Hlc hlc;
    QString entity;
    QString entityId;
    QString op; // "upsert" (LWW fields and set ops) or "append" (immutable row)
    QMap<QString, QVariant> fields;
    QMap<QString, Hlc> prev;
    // Long-text fields this write merged (sync/LineMerge.h), each with the stamp of this
    // device's own earlier write that had lost to a concurrent one and is now part of the text:
    // receivers settle the conflict-log entry that loss left.
    QMap<QString, Hlc> merges;
    QVector<SetAdd> adds;
    QVector<SetRemove> removes;

    static QString upsertOp() { return QStringLiteral("upsert"); }
    static QString appendOp() { return QStringLiteral("append"); }

    // Compact JSON of device, fields, prev clocks and set operations (the outbox payload column).
    QByteArray payloadJson() const;
    // Rebuilds a Change from an outbox row's columns and payload.
    static Result<Change> fromOutbox(const QString &changeId, qint64 deviceSeq, Hlc hlc, const QString &entity,
        const QString &entityId, const QString &op, const QByteArray &payload);
};

} // namespace lintas::sync
