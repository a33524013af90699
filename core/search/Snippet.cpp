#include "search/Snippet.h"

#include <QStringList>
#include <QVector>

#include <algorithm>

namespace lintas::search {

namespace {

struct Word {
    qsizetype begin;
    qsizetype end;
    bool hit;
};

} // namespace

QString Snippet::fold(const QString &word)
{
    // Most words are plain ASCII: lower-casing is all the folding they need, and it is far cheaper
    // than a Unicode decomposition.
    if (std::all_of(word.cbegin(), word.cend(), [](QChar ch) { return ch.unicode() < 0x80; }))
        return word.toLower();
    const QString decomposed = word.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar ch : decomposed) {
        if (ch.category() != QChar::Mark_NonSpacing)
            out += ch.toLower();
    }
    return out;
}

QString Snippet::build(const QString &text, const QString &match, int words)
{
    QStringList terms;
    for (QString t : match.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        t.remove(QLatin1Char('*'));
        if (!t.isEmpty())
            terms << fold(t);
    }
    QVector<Word> all;
    int first = -1;
    forEachWord(text, [&](qsizetype begin, qsizetype end) {
        const QString folded = fold(text.mid(begin, end - begin));
        bool hit = false;
        for (const QString &t : std::as_const(terms))
            hit = hit || folded.startsWith(t);
        if (hit && first < 0)
            first = int(all.size());
        all.push_back({begin, end, hit});
        return true;
    });
    if (first < 0)
        return {};
    const int from = qMax(0, first - words / 3);
    const int to = qMin(int(all.size()), from + words); // one past the last word shown
    QString out = from > 0 ? QStringLiteral("…") : QString();
    qsizetype pos = all[from].begin;
    for (int w = from; w < to; ++w) {
        // Keep punctuation between words, but one line: runs of spaces and line breaks become one space.
        for (qsizetype c = pos; c < all[w].begin; ++c) {
            if (!text.at(c).isSpace())
                out += text.at(c);
            else if (!out.endsWith(QLatin1Char(' ')))
                out += QLatin1Char(' ');
        }
        const QString word = text.mid(all[w].begin, all[w].end - all[w].begin);
        out += all[w].hit ? QLatin1Char('[') + word + QLatin1Char(']') : word;
        pos = all[w].end;
    }
    if (to < all.size())
        out += QStringLiteral("…");
    return out;
}

} // namespace lintas::search
