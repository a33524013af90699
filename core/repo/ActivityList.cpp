#include "repo/ActivityList.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <QVariantList>

namespace lintas::repo {

namespace {

// Rows without a date (synced from an older or newer Lintas) sort last instead of breaking paging.
const QString kHeldKey = QStringLiteral("coalesce(t.held_on, '')");

QString whereClause(const ActivityFilter &filter, QVariantList &binds)
{
    QString where = QStringLiteral("coalesce(t.deleted, 0) = 0");
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND t.held_on >= ?");
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND t.held_on <= ?");
        binds << filter.to.toString(Qt::ISODate);
    }
    if (!filter.kind.isEmpty()) {
        where += QStringLiteral(" AND t.kind = ?");
        binds << filter.kind;
    }
    return where;
}

void bindAll(store::Statement &st, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        st.bindValue(i + 1, binds[i]);
}

} // namespace

Result<ActivityTotals> ActivityList::totals(const ActivityFilter &filter)
{
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    ActivityTotals out;
    {
        LINTAS_TRY_ASSIGN(auto st, m_db.prepare(QStringLiteral("SELECT count(*) FROM activities t WHERE ") + where));
        bindAll(st, binds);
        LINTAS_TRY_ASSIGN(const bool row, st.step());
        out.activities = row ? int(st.int64(0)) : 0;
    }
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("SELECT c.gender, sum(c.count) FROM activities t JOIN activity_counts c ON "
                                    "c.activity_id = t.id WHERE %1 GROUP BY c.gender")
                         .arg(where)));
    bindAll(st, binds);
    LINTAS_TRY(st.forEachRow([&] {
        const qint64 n = st.int64(1);
        out.byGender[st.text(0)] += n;
        out.participants += n;
    }));
    return out;
}

Result<QVector<ActivityListRow>> ActivityList::page(
    const ActivityFilter &filter, int limit, const ActivityListRow *after)
{
    QVariantList binds;
    QString where = whereClause(filter, binds);
    if (after) {
        where += QStringLiteral(" AND (%1 < ? OR (%1 = ? AND t.id > ?))").arg(kHeldKey);
        binds << after->heldOnKey << after->heldOnKey << after->id;
    }
    // The page's activities first (index order, stops after `limit`), then their grids summed per
    // gender: one row per activity and gender, in page order.
    const QString sql = QStringLiteral(
        "SELECT p.id, p.kind, p.title, p.held_on, p.province, p.regency, p.district, p.village, p.place, "
        "p.facilitator, p.training_stage, c.gender, sum(c.count) FROM (SELECT t.*, %1 AS held_key FROM activities t "
        "WHERE %2 ORDER BY %1 DESC, t.id LIMIT ?) p LEFT JOIN activity_counts c ON c.activity_id = p.id "
        "GROUP BY p.id, c.gender ORDER BY p.held_key DESC, p.id, c.gender")
                            .arg(kHeldKey, where);
    LINTAS_TRY_ASSIGN(auto st, m_db.prepare(sql));
    bindAll(st, binds);
    st.bind(int(binds.size()) + 1, qint64(limit));
    QVector<ActivityListRow> rows;
    LINTAS_TRY(st.forEachRow([&] {
        const QString id = st.text(0);
        if (rows.isEmpty() || rows.last().id != id) {
            ActivityListRow row;
            row.id = id;
            row.kind = st.text(1);
            row.title = st.text(2);
            row.heldOnKey = st.text(3);
            row.heldOn = QDate::fromString(row.heldOnKey, Qt::ISODate);
            row.province = st.text(4);
            row.regency = st.text(5);
            row.district = st.text(6);
            row.village = st.text(7);
            row.place = st.text(8);
            row.facilitator = st.text(9);
            row.trainingStage = st.text(10);
            rows.push_back(std::move(row));
        }
        if (!st.isNull(11)) {
            ActivityListRow &row = rows.last();
            const qint64 n = st.int64(12);
            row.byGender[st.text(11)] += n;
            row.participants += n;
        }
    }));
    return rows;
}

} // namespace lintas::repo
