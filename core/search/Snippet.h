#pragma once

#include <QString>

namespace lintas::search {

// The short excerpt shown under a search hit ("…klien [Sumiati] bekerja di…"), made from the stored
// text of the hit. FTS4's snippet() would re-run the whole full-text query for each of the 50
// hits shown, which cost more than the search itself on large profiles.
class Snippet {
public:
    // `match` is a SearchIndex::matchExpression() ("siti* 0812*"); words starting with one of its
    // terms, compared like the index does (case and diacritics ignored), are put in [brackets].
    // An empty string when no word of `text` matches.
    static QString build(const QString &text, const QString &match, int words = 10);
    // Lower-case without diacritics: "Élo" → "elo".
    static QString fold(const QString &word);
    // Calls onWord(begin, end) for each run of letters and digits in `text` — the words as the
    // index splits them — until it returns false.
    template<typename OnWord> static void forEachWord(const QString &text, OnWord onWord)
    {
        for (qsizetype i = 0; i < text.size();) {
            if (!text.at(i).isLetterOrNumber()) {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < text.size() && text.at(end).isLetterOrNumber())
                ++end;
            if (!onWord(i, end))
                return;
            i = end;
        }
    }
};

} // namespace lintas::search
