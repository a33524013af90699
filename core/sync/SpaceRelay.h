#pragma once

#include "base/Result.h"
#include "sync/Change.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace lintas::repo {
class ChangeWriter;
}
namespace lintas::store {
class Database;
}

namespace lintas::sync {

struct SpaceInfo;

// A laptop in two spaces sends on what reached it through one but belongs in the other too
// (decision D43): a colleague's edit of a case, written before she learned the case had moved
// into a shared space, reaches the space the case left; a consent withdrawn by a caseworker who
// is only in the organisation's space must reach the shared space of the client's other case.
// Each such change is relayed as it was made (repo::ChangeWriter::relay), so receivers merge it
// exactly as if its writer had sent it to them.
//
// Only what a change writes itself is relayed: its fields and set removes (a relay or a resend,
// such as a moved case's records, carries those with their own clocks and is not relayed again),
// and an append or a set add only the first time this laptop sees it. So two laptops in both
// spaces cannot send the same change back and forth. Confidential notes and their corrections are never relayed: a case
// can leave them behind when it moves (sync::CaseMove), and a late one stays with them.
class SpaceRelay {
public:
    explicit SpaceRelay(store::Database &db) : m_db(db) { }

    // For a batch of changes from `source`; does nothing unless this laptop is in other spaces.
    Status begin(const SpaceInfo &source);
    // Before `change` is applied: whether it may need relaying (it is read then, since whether an
    // append is new can only be told before it is applied).
    Result<bool> candidate(const Change &change);
    // After it applied.
    void applied(const Change &change) { m_applied.push_back(change); }
    // Relays every applied change whose record belongs in another space this laptop is in, in
    // the order they applied, inside the caller's transaction. Returns how many went.
    Result<int> relay(repo::ChangeWriter &writer);

private:
    Result<QStringList> targetsOf(const Change &change);
    Result<bool> confidentialNote(const QString &noteId);

    store::Database &m_db;
    QString m_source;
    QString m_home;
    QStringList m_joined;
    QVector<Change> m_applied;
};

} // namespace lintas::sync
