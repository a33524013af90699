#include "repo/ActivitySave.h"

#include "domain/CodeLists.h"
#include "repo/Workspace.h"

#include <QHash>

namespace lintas::repo {

namespace {

QString cellKey(const QString &gender, const QString &ageBand)
{
    return gender + QLatin1Char('|') + ageBand;
}

} // namespace

Result<domain::Activity> saveActivity(
    Workspace &ws, const domain::Activity &activity, const QVector<domain::ActivityCount> &counts)
{
    ActivityRepository &activities = ws.activities();
    LINTAS_TRY_ASSIGN(auto tx, ws.database().begin());
    const bool stored = !activity.id.isEmpty() && activities.get(activity.id).ok();
    domain::Activity saved;
    QHash<QString, qint64> before;
    if (stored) {
        LINTAS_TRY(activities.update(activity));
        LINTAS_TRY_ASSIGN(const QVector<domain::ActivityCount> cells, activities.counts(activity.id));
        for (const domain::ActivityCount &c : cells)
            before.insert(cellKey(c.gender, c.ageBand), c.count);
        LINTAS_TRY_ASSIGN(saved, activities.get(activity.id));
    } else {
        LINTAS_TRY_ASSIGN(saved, activities.create(activity));
    }

    QHash<QString, qint64> after;
    for (const domain::ActivityCount &c : counts)
        after.insert(cellKey(c.gender, c.ageBand), c.count);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const bool known = domain::genders().contains(it.key().section(QLatin1Char('|'), 0, 0))
            && domain::ageBands().contains(it.key().section(QLatin1Char('|'), 1));
        if (known && it.value() != 0 && !after.contains(it.key()))
            after.insert(it.key(), 0);
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (it.value() == before.value(it.key(), 0))
            continue;
        const QString gender = it.key().section(QLatin1Char('|'), 0, 0);
        const QString ageBand = it.key().section(QLatin1Char('|'), 1);
        Status set = activities.setCount(saved.id, gender, ageBand, it.value());
        if (!set.ok()) {
            Error error = set.error();
            if (error.code == ErrorCode::Validation)
                error.field = QStringLiteral("counts.%1.%2").arg(gender, ageBand);
            return error;
        }
    }
    LINTAS_TRY(tx.commit());
    return saved;
}

} // namespace lintas::repo
