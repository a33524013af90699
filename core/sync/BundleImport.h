#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

namespace lintas {
class Clock;
class RandomSource;
} // namespace lintas
namespace lintas::store {
class Database;
}

namespace lintas::sync {

struct ImportedBundle {
    QString deviceId; // who made it
    qint64 createdAt = 0; // the exporter's laptop time
    int envelopes = 0;
    int applied = 0;
    int alreadyApplied = 0; // by an earlier bundle or a pull
    int quarantined = 0; // set aside with a reason (sync_quarantine), including held deletions
    int held = 0; // deletions held for confirmation (MassDeleteGuard)
    int ownSkipped = 0; // this device's own changes: it has them already
};

// Imports an offline bundle (protocol/Bundle.h) made by another device of the same space. The
// file is refused whole — nothing applied — unless it decodes, is for a space this profile is in,
// comes from a device the verified member list knows, and carries that device's signature. Its
// envelopes then go through exactly what a pulled record goes through (ReplyApplier::applyBundle):
// device key, signature, epoch key, box, clock ahead, quarantine with a reason, exactly-once by
// sync_applied, the mass-delete guard and the conflict log, in one transaction.
class BundleImport {
public:
    BundleImport(store::Database &db, const Clock &clock, RandomSource &random)
        : m_db(db), m_clock(clock), m_random(random)
    { }

    // Refusals (protocol::bundleRefusal), by rule: "not_a_bundle", "bundle_damaged" (also a
    // signature that fails), "bundle_too_new", "bundle_other_space", "bundle_unknown_device".
    Result<ImportedBundle> apply(const QByteArray &file);

private:
    store::Database &m_db;
    const Clock &m_clock;
    RandomSource &m_random;
};

} // namespace lintas::sync
