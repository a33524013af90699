#pragma once

#include "base/Result.h"
#include "sync/Change.h"

#include <QMap>
#include <QSet>
#include <QStringList>

namespace lintas::store {
class Database;
}

namespace lintas::test {

// What every device must hold once it has seen every write, computed from the writes alone
// (each device's outbox is the record of what it wrote) by the rules of SYNC.md, without the
// sync engine: per scalar field the value of the write with the greatest (HLC, device); per set
// element "present if some add-tag was never removed", and per set field the clock of its
// latest operation (what a delete had seen of it); append-only rows once each.
class ReferenceModel {
public:
    // Every outbox record of every device.
    static Result<ReferenceModel> fromOutboxes(const QVector<store::Database *> &devices);

    void add(const sync::Change &change);
    // Lines describing where `db` disagrees with the model; empty when it holds exactly the model.
    Result<QStringList> differences(store::Database &db) const;
    int writes() const { return m_writes; }

private:
    struct Write {
        sync::Hlc hlc;
        QString device;
        QVariant value;
    };
    using Key = QPair<QString, QString>; // entity, id
    using Tags = QMap<QString, QMap<QString, QSet<QString>>>; // field → element → tags

    QMap<Key, QMap<QString, Write>> m_fields; // mutable rows: field → winning write
    QMap<Key, Tags> m_added;
    QMap<Key, Tags> m_removed;
    QMap<Key, QMap<QString, Write>> m_setClocks; // set field → its latest add or remove
    QMap<Key, QMap<QString, QVariant>> m_appended;
    int m_writes = 0;
};

} // namespace lintas::test
