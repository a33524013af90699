#pragma once

#include "base/Result.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

namespace lintas::store {
class Database;
}

namespace lintas::repo {

// Which activities the list shows: a period (either end may be open) and one kind or all.
struct ActivityFilter {
    QDate from; // inclusive; invalid = no lower bound
    QDate to; // inclusive; invalid = no upper bound
    QString kind; // activityKinds(); empty = every kind

    bool operator==(const ActivityFilter &) const = default;
};

// One line of the activity list: the activity's headline and its participants summed per gender.
struct ActivityListRow {
    QString id;
    QString kind;
    QString title;
    QDate heldOn;
    QString province;
    QString regency;
    QString district;
    QString village;
    QString place;
    QString facilitator;
    QString trainingStage;
    qint64 participants = 0;
    QHash<QString, qint64> byGender; // genders() code → participants
    QString heldOnKey; // held_on as stored: where a page ends, for ActivityList::page(…, after)
};

// What a mentor reports for a period: how many activities and participants, split by gender.
struct ActivityTotals {
    int activities = 0;
    qint64 participants = 0;
    QHash<QString, qint64> byGender;
};

// Read-only queries behind the activity list. SQLite sums the participant grids and hands out
// one page at a time (newest first), so ten thousand activities open as fast as ten. Deleted
// activities are left out.
class ActivityList {
public:
    explicit ActivityList(store::Database &db) : m_db(db) { }

    Result<ActivityTotals> totals(const ActivityFilter &filter);
    // Up to `limit` rows, latest held_on first (ties by id), starting after the row `after`
    // (nullptr: from the first).
    Result<QVector<ActivityListRow>> page(
        const ActivityFilter &filter, int limit, const ActivityListRow *after = nullptr);

private:
    store::Database &m_db;
};

} // namespace lintas::repo
