#pragma once

#include "base/Result.h"
#include "search/SearchHit.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace lintas::store {
class Database;
}
namespace lintas::repo {
struct EntityDef;
}
namespace lintas::sync {
struct Change;
}

namespace lintas::search {

// Full-text search over clients (names, aliases, phones, NIK, passport, village), cases
// (reference, client name, chronology, demands, strategy) and notes, kept current inside the
// same transaction as every write, so search can never disagree with the data.
class SearchIndex {
public:
    // Refreshes the index entries an entity change affects (no-op for unindexed entities).
    static Status reindex(store::Database &db, const repo::EntityDef &def, const QString &id);
    // False when a change of `def` can leave its index entries as they are: it carries none of
    // the columns they are made of (a risk or safety-flag edit). `created`: a new local row.
    static bool affectedBy(const repo::EntityDef &def, const sync::Change &change, bool created);
    // Drops and rebuilds the whole index from the tables (used by the migration that adds it).
    static Status rebuild(store::Database &db);

    struct Query {
        QString text;
        int limit = 50;
        QStringList kinds; // empty = all kinds
        // Ranking every match of a short, common prefix ("ma", "gaji": over 100,000 notes on a
        // large profile) takes longer than a keystroke may, so each ranking pass (titles, then
        // all text) looks at the newest `rankWindow` matches only (decision D14).
        int rankWindow = 2000;
        // An excerpt around the first hit in each result. Lists that show their own columns do
        // without: cutting 200 excerpts folds every word of 200 chronologies (most of a 200 ms
        // case-list search on the large benchmark profile).
        bool excerpts = true;
    };
    // Prefix match on every word typed, all words required; best matches first. One-letter words
    // only narrow the matches of the longer ones; text of one-letter words only finds nothing.
    static Result<QVector<SearchHit>> search(store::Database &db, const Query &query);

    // The FTS4 MATCH expression for user text ("Siti 0812" → "siti* 0812*"); empty if nothing to
    // search. User text never reaches FTS syntax unescaped.
    static QString matchExpression(const QString &text);
    // True when what was typed has only one-letter words ("s", "a b"): too little to search (every
    // word starting with that letter would match); the screen asks for one more letter instead.
    static bool needsMoreText(const QString &text);
    // Digit-only variants of a phone number (+62 812… → 62812…, 0812…, 812…) so any way of
    // typing it finds the client.
    static QStringList phoneVariants(const QString &number);
};

} // namespace lintas::search
