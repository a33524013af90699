#pragma once

#include "repo/CaseQuery.h"

#include <QString>
#include <QVariantList>
#include <QVector>

namespace lintas::repo {

// One term of a case-list order, as SQL over the page's table (aliased c).
struct CaseSortTerm {
    QString expr;
    bool descending = false;
    bool nullable = false; // NULLs sort first ascending and last descending, as in SQLite
    QString collation; // e.g. "NOCASE"; empty = binary
};

// How one case-list order is walked. The last term is always the case id, so every row has a
// distinct key and a page can start right after the last row shown (keyset paging, D15): page
// 20 then costs what page 1 costs, where an OFFSET walks (and filters) every earlier row again.
struct CaseSortSpec {
    bool onKeys = false; // walk case_list_keys (next deadline, client name) instead of cases
    QVector<CaseSortTerm> terms;

    // "ORDER BY" terms over `alias.k0, alias.k1, …` when alias is given, else over the expressions.
    QString orderBy(const QString &alias = QString()) const;
    // "expr AS k0, expr AS k1, …" for the page query's select list.
    QString keyColumns() const;
    // A condition true for the rows after `key` in this order; appends its bind values.
    QString after(const QVariantList &key, QVariantList &binds) const;
};

CaseSortSpec caseSortSpec(CaseSort sort);

} // namespace lintas::repo
