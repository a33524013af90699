#pragma once

#include "base/Result.h"

#include <QString>

namespace lintas::store {
class Database;
}
namespace lintas::sync {
struct Change;
}

namespace lintas::repo {
struct EntityDef;

// The duplicate-client index (D16): per live client, the keys a likely duplicate would share —
// NIK and passport without separators, the last 8 digits of every phone number ever recorded,
// each name and alias as a sorted skeleton (NameKey; also with the father's name), and each part
// of her own name — in `client_match_keys`, indexed by (kind, key). `client_name_variants` maps
// one-letter-shorter forms of every name part to the part, so a typing slip finds it
// (NameKey::typoVariants). Derived, local-only data like CaseListKeys: never synced, never in the
// outbox; refreshed inside every write of a client or phone (local or applied from sync) and built
// by its migration. It only finds candidates: ClientSimilarity decides from the rows themselves, so
// a stale key can hide a match but never invent a reason.
class ClientMatchKeys {
public:
    enum Kind { Nik = 1, Passport = 2, Phone = 3, Name = 4, NamePart = 5 };

    // Whether a write can change a client's keys (a client's notes or village cannot).
    static bool affectedBy(const EntityDef &def, const sync::Change &change, bool created);
    // Refreshes the keys of the client a write of `def`/`id` concerns (a client or a phone).
    static Status refreshAfterWrite(store::Database &db, const EntityDef &def, const QString &id);
    static Status refreshClient(store::Database &db, const QString &clientId);
    static Status rebuild(store::Database &db);
};

} // namespace lintas::repo
