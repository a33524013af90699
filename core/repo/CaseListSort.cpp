#include "repo/CaseListSort.h"

#include <QStringList>

namespace lintas::repo {

namespace {

QString collated(const CaseSortTerm &t, const QString &expr)
{
    return t.collation.isEmpty() ? expr : QStringLiteral("%1 COLLATE %2").arg(expr, t.collation);
}

// Rows whose value of `t` equals `v`.
QString equalTo(const CaseSortTerm &t, const QVariant &v, QVariantList &binds)
{
    if (v.isNull())
        return QStringLiteral("%1 IS NULL").arg(t.expr);
    binds << v;
    return QStringLiteral("%1 = ?").arg(collated(t, t.expr));
}

// Rows whose value of `t` comes after `v` in the term's direction; empty when none can.
QString beyond(const CaseSortTerm &t, const QVariant &v, QVariantList &binds)
{
    if (v.isNull())
        return t.descending ? QString() : QStringLiteral("%1 IS NOT NULL").arg(t.expr);
    binds << v;
    const QString cmp = QStringLiteral("%1 %2 ?").arg(collated(t, t.expr), t.descending ? u"<" : u">");
    return t.descending && t.nullable ? QStringLiteral("(%1 OR %2 IS NULL)").arg(cmp, t.expr) : cmp;
}

} // namespace

QString CaseSortSpec::orderBy(const QString &alias) const
{
    QStringList out;
    for (int i = 0; i < terms.size(); ++i) {
        const CaseSortTerm &t = terms[i];
        const QString expr = alias.isEmpty() ? t.expr : QStringLiteral("%1.k%2").arg(alias).arg(i);
        out << collated(t, expr) + (t.descending ? QStringLiteral(" DESC") : QString());
    }
    return out.join(QStringLiteral(", "));
}

QString CaseSortSpec::keyColumns() const
{
    QStringList out;
    for (int i = 0; i < terms.size(); ++i)
        out << QStringLiteral("%1 AS k%2").arg(terms[i].expr).arg(i);
    return out.join(QStringLiteral(", "));
}

QString CaseSortSpec::after(const QVariantList &key, QVariantList &binds) const
{
    if (key.size() != terms.size())
        return QStringLiteral("1");
    QStringList conditions;
    // A plain range on the first term lets SQLite start the index walk at the cursor; the OR
    // below then only sorts out the ties.
    const CaseSortTerm &first = terms.first();
    if (!first.nullable && !key.first().isNull()) {
        conditions << QStringLiteral("%1 %2 ?").arg(collated(first, first.expr), first.descending ? u"<=" : u">=");
        binds << key.first();
    }
    QStringList alternatives;
    for (int i = 0; i < terms.size(); ++i) {
        QVariantList termBinds;
        QStringList parts;
        for (int j = 0; j < i; ++j)
            parts << equalTo(terms[j], key[j], termBinds);
        const QString past = beyond(terms[i], key[i], termBinds);
        if (past.isEmpty())
            continue;
        parts << past;
        alternatives << QStringLiteral("(%1)").arg(parts.join(QStringLiteral(" AND ")));
        binds += termBinds;
    }
    conditions << (alternatives.isEmpty() ? QStringLiteral("0")
                                          : QStringLiteral("(%1)").arg(alternatives.join(QStringLiteral(" OR "))));
    return conditions.join(QStringLiteral(" AND "));
}

CaseSortSpec caseSortSpec(CaseSort sort)
{
    const CaseSortTerm idAsc {QStringLiteral("c.id")};
    const CaseSortTerm idDesc {QStringLiteral("c.id"), true};
    // Ties are broken in the direction of the index, so SQLite walks it instead of sorting.
    switch (sort) {
    case CaseSort::RecentlyUpdated:
        return {false, {{QStringLiteral("c.updated_at"), true}, idDesc}};
    case CaseSort::RecentlyOpened:
        return {false, {{QStringLiteral("c.opened_on"), true, true}, idDesc}};
    case CaseSort::Reference:
        return {false, {{QStringLiteral("c.reference"), false, true}, idAsc}};
    case CaseSort::ClientName:
        return {true, {{QStringLiteral("c.client_name"), false, false, QStringLiteral("NOCASE")}, idAsc}};
    case CaseSort::NextDeadline:
        return {true, {{QStringLiteral("c.next_due")}, idAsc}};
    case CaseSort::Risk:
        break;
    }
    return {false,
        {{QStringLiteral("CASE c.risk WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 "
                         "WHEN 'low' THEN 3 ELSE 4 END")},
            {QStringLiteral("c.updated_at"), true}, idDesc}};
}

} // namespace lintas::repo
