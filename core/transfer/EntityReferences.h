#pragma once

#include "repo/EntityDef.h"

#include <QString>
#include <QVector>

namespace lintas::transfer {

struct EntityReference {
    QString field; // e.g. "client_id"
    const repo::EntityDef *target; // e.g. the client definition
};

// The fields of an entity that hold another record's id, found by the naming convention
// "<entity>_id" or "<anything>_<entity>_id" (corrects_note_id → note), so import can check
// referential integrity for fields added later without being told about them.
class EntityReferences {
public:
    static QVector<EntityReference> of(const repo::EntityDef &def);
};

} // namespace lintas::transfer
