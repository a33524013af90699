#pragma once

#include "base/Result.h"
#include "domain/IntakeDraft.h"

#include <QByteArray>
#include <QVector>

namespace lintas {
class Clock;
class RandomSource;
} // namespace lintas
namespace lintas::store {
class Database;
}

namespace lintas::repo {

class Workspace;

// Intakes saved half-way, so a Sunday session cut short loses nothing. Drafts stay on this
// laptop: they are written straight to their table, not through the outbox, and never synced
// (decision D17). Committing an intake deletes its draft.
class IntakeDrafts {
public:
    struct Summary {
        QString id;
        QString label;
        int step = 0;
        qint64 updatedAt = 0;
    };

    IntakeDrafts(store::Database &db, const Clock &clock, RandomSource &random);
    // The drafts of the workspace's profile, on its clock and randomness.
    explicit IntakeDrafts(Workspace &workspace);

    // Inserts or replaces; assigns the id and timestamps. Returns the id.
    Result<QString> save(domain::IntakeDraft &draft);
    Result<domain::IntakeDraft> load(const QString &id);
    // Newest first.
    Result<QVector<Summary>> list();
    Status remove(const QString &id);

    // The stored form, public so that tests can show it survives a round trip.
    static QByteArray toJson(const domain::IntakeDraft &draft);
    static Result<domain::IntakeDraft> fromJson(const QByteArray &json);

private:
    store::Database &m_db;
    const Clock &m_clock;
    RandomSource &m_random;
};

} // namespace lintas::repo
