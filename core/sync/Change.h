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

// A field of a newer Lintas that this device keeps for others and sends on, with the clock of
// the write that made it (not the clock of the change that carries it).
struct CarriedField {
    QVariant value;
    Hlc hlc;
    QString device;
};

// A set remove sent on the same way, with the clock it was made at.
struct CarriedRemove {
    SetRemove remove;
    Hlc hlc;
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
    // What a newer Lintas wrote to this record that the writing device keeps without knowing it
    // (sync/UnknownFields.h), sent on unchanged: an import puts back what an export preserved and
    // passes it to the other laptops. Receivers treat each as the original write (last writer
    // wins by its own clock), so carrying it again changes nothing. Set adds carry no clock and
    // travel in `adds`.
    QMap<QString, CarriedField> carried;
    QVector<CarriedRemove> carriedRemoves;

    static QString upsertOp() { return QStringLiteral("upsert"); }
    static QString appendOp() { return QStringLiteral("append"); }

    // Compact JSON of device, fields, prev clocks and set operations (the outbox payload column).
    QByteArray payloadJson() const;
    // Rebuilds a Change from an outbox row's columns and payload.
    static Result<Change> fromOutbox(const QString &changeId, qint64 deviceSeq, Hlc hlc, const QString &entity,
        const QString &entityId, const QString &op, const QByteArray &payload);
};

} // namespace lintas::sync
