#pragma once

#include <QString>

// What the index and its queries agree on about kinds of entries. Internal to core/search.
namespace lintas::search::kinds {

inline const QString client = QStringLiteral("client");
inline const QString caseKind = QStringLiteral("case");
inline const QString note = QStringLiteral("note");

// The docid carries the kind in its low two bits, so ranking can weigh and filter kinds without
// reading search_docs for every match (a common prefix matches 100,000 notes). Higher docids are
// newer entries: a re-indexed entity moves to the end.
inline int code(const QString &kind)
{
    if (kind == client)
        return 1;
    if (kind == caseKind)
        return 2;
    return kind == note ? 3 : 0;
}

inline double weight(qint64 docid)
{
    // People are looked up most: a name hit on a client outranks the same hit on her case.
    switch (docid & 3) {
    case 1:
        return 1.5;
    case 2:
        return 1.2;
    default:
        return 1.0;
    }
}

} // namespace lintas::search::kinds
