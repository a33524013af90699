#pragma once

#include "search/SearchIndex.h"

#include <QString>

namespace lintas::ui {

// What a list searches for, given what is typed in its search field. One letter would match a
// tenth of all rows and costs a full-text merge over every word with that initial, so text of
// one-letter words is not searched: the list stays unsearched and says to type more.
class TypedSearch {
public:
    enum class Change { None, HintOnly, Search };

    Change update(const QString &typed)
    {
        const QString trimmed = typed.trimmed();
        const bool tooShort = search::SearchIndex::needsMoreText(trimmed);
        const QString searched = tooShort ? QString() : trimmed;
        const bool hintChanged = tooShort != m_needsMoreText;
        m_needsMoreText = tooShort;
        if (searched != m_text) {
            m_text = searched;
            return Change::Search;
        }
        return hintChanged ? Change::HintOnly : Change::None;
    }
    // Empty while nothing is searched for, including while the text is too short.
    const QString &text() const { return m_text; }
    bool needsMoreText() const { return m_needsMoreText; }

private:
    QString m_text;
    bool m_needsMoreText = false;
};

} // namespace lintas::ui
