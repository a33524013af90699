#pragma once

#include "base/Result.h"
#include "sync/Change.h"

#include <QHash>
#include <QSet>

namespace lintas::store {
class Database;
}

namespace lintas::sync {

// Holds back a mass deletion arriving from another device (SYNC.md merge rules: "deleting more
// than a set share of a space's rows in one batch asks for confirmation"). A slip of a bulk action,
// a buggy or a stolen device could otherwise wipe a space's cases on every laptop within minutes.
//
// Per reply, the deletions of live rows are counted by sending device and entity (cases, clients,
// …: "60 of 100 cases"). A group is held when it deletes at least kMinRows rows AND more than
// kMaxSharePercent of that entity's rows live here: twenty rows is more than a caseworker deletes
// by hand in one sitting, and the share keeps a large profile's routine clean-up (20 duplicates of
// 5,000 clients) flowing. While a group is held, further deletions of the same device and entity
// are held too: a bulk deletion larger than one reply arrives over several replies.
//
// Held records stay in sync_quarantine with reason "mass_delete" and detail
// "<device id> <entity> <entity id> <hlc>"; everything else in the reply applies. HeldDeletions
// lists, confirms or refuses them. A held deletion that a newer edit of `deleted` has overtaken
// (another device refused it and restored the row) settles by itself: see ReplyApplier.
class MassDeleteGuard {
public:
    static constexpr int kMinRows = 20;
    static constexpr int kMaxSharePercent = 20;

    MassDeleteGuard(store::Database &db, QString spaceId) : m_db(db), m_spaceId(std::move(spaceId)) { }

    // Call for every change of a reply, before any of them is applied.
    Status consider(const Change &change);
    // Then once: which groups are held.
    Status decide();
    bool holds(const Change &change) const;

    // Sets `deleted` to true (soft delete, the only kind of delete there is).
    static bool isDelete(const Change &change);
    // Sets `deleted` and nothing else (what EntityRepository::remove writes).
    static bool isDeleteOnly(const Change &change);
    static QString detailFor(const Change &change);
    struct Detail {
        QString deviceId;
        QString entity;
        QString entityId;
        Hlc hlc;
    };
    static std::optional<Detail> parseDetail(const QString &detail);

private:
    static QString groupKey(const QString &deviceId, const QString &entity)
    {
        return deviceId + QLatin1Char(' ') + entity + QLatin1Char(' ');
    }
    Result<bool> isLive(const Change &change);

    store::Database &m_db;
    QString m_spaceId;
    QHash<QString, int> m_counts; // group → deletions of live rows in this reply
    QHash<QString, qint64> m_liveRows; // entity → live rows before the reply
    QSet<QString> m_counted; // "<device> <seq>" of the counted deletions
    QSet<QString> m_held; // groups
};

} // namespace lintas::sync
