#pragma once

#include "base/Result.h"
#include "domain/Client.h"

#include <QStringList>
#include <QVector>

namespace lintas::store {
class Database;
}

namespace lintas::repo {

// Finds, through the duplicate-client index (ClientMatchKeys), the few clients worth scoring
// against a new or edited one, without reading client rows: index lookups only, so it stays fast
// on 50,000 clients (D16). Each candidate gets a rough score from the keys she shares (an upper
// bound of what ClientSimilarity will give); the best `max` are returned, best first.
class DuplicateCandidates {
public:
    static Result<QStringList> find(
        store::Database &db, const domain::Client &candidate, const QStringList &phones, int max);
};

} // namespace lintas::repo
