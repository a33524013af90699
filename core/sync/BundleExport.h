#pragma once

#include "base/Result.h"

#include <QByteArray>

namespace lintas {
class Clock;
class RandomSource;
} // namespace lintas
namespace lintas::store {
class Database;
}

namespace lintas::sync {

struct ExportedBundle {
    QByteArray file; // the bundle's bytes (protocol/Bundle.h), to be written where the user chooses
    int envelopes = 0;
};

// Makes an offline bundle of this device's changes the server has not acknowledged, for one
// space (a bundle is sealed for the members of one space; a laptop in a shared space makes one
// file per space). They are sealed exactly as for a push and the bytes kept in the
// outbox (OutboxSealer), so a later push sends the same bytes and the server answers "duplicate"
// for any that reached it another way. Exporting changes nothing else: the changes still wait
// for the server.
class BundleExport {
public:
    BundleExport(store::Database &db, const Clock &clock, RandomSource &random)
        : m_db(db), m_clock(clock), m_random(random)
    { }

    // The changes of one space: `spaceId` empty, the organisation's own. NotFound (rule
    // "not_joined") before the profile has joined an organisation; (rule "not_a_member") for a
    // space it has not joined.
    Result<ExportedBundle> make(const QString &spaceId = QString());

private:
    store::Database &m_db;
    const Clock &m_clock;
    RandomSource &m_random;
};

} // namespace lintas::sync
