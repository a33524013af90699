// The query side of the search index: what the user typed → FTS4 expression → ranked hits.
#include "search/SearchIndex.h"

#include "search/SearchKinds.h"
#include "search/Snippet.h"

#include "store/Database.h"

#include <sqlite3.h>

#include <QHash>

#include <algorithm>
#include <vector>

namespace lintas::search {

namespace {

// Ranking from matchinfo 'pcx': for each phrase and column, the share of all hits of that phrase
// that fall in this row, weighted so name/reference hits outrank hits in long text.
void rankFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc < 1 || sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
        sqlite3_result_double(ctx, 0);
        return;
    }
    const auto *info = static_cast<const unsigned int *>(sqlite3_value_blob(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    if (bytes < 8) {
        sqlite3_result_double(ctx, 0);
        return;
    }
    const unsigned int phrases = info[0];
    const unsigned int cols = info[1];
    if (bytes < static_cast<int>((2 + 3 * phrases * cols) * sizeof(unsigned int))) {
        sqlite3_result_double(ctx, 0);
        return;
    }
    static const double weights[] = {4.0, 1.0}; // title, body
    double score = 0;
    for (unsigned int p = 0; p < phrases; ++p) {
        for (unsigned int c = 0; c < cols; ++c) {
            const unsigned int *x = info + 2 + 3 * (p * cols + c);
            if (x[0] == 0)
                continue;
            const double weight = c < 2 ? weights[c] : 1.0;
            score += weight * (1.0 + double(x[0]) / (double(x[1]) + 1.0)) / (1.0 + double(x[2]) / 1000.0);
        }
    }
    sqlite3_result_double(ctx, score);
}

Status ensureFunctions(store::Database &db)
{
    const int rc = sqlite3_create_function(
        db.handle(), "lintas_rank", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, rankFunction, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return db.errorFor(rc, QStringLiteral("register lintas_rank"));
    return {};
}

// The words of a query, split by what the index can answer quickly. FTS4 merges the entries of
// every word that starts with a prefix. One letter has no prefix index behind it: "s*" merges
// 410,000 rows on the large benchmark profile (140 ms). Two letters of a common word are little
// better: "di*" (Indonesian "in", and every word made with di-) matches nearly every note, and
// "gaji di" took 80–180 ms. Such short words are checked on the text of the best matches of the
// longer words instead (decision D21). Text of one-letter words only is not searched
// (needsMoreText()); without a word of three letters, two-letter words go to the index.
struct Terms {
    QString match; // FTS expression of the words the index answers
    QStringList narrowing; // folded short words: each must start some word of a hit
    int longestNarrowing = 0;
};

Terms splitTerms(const QString &text)
{
    Terms terms;
    const QStringList all = SearchIndex::matchExpression(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool anyLong = std::any_of(all.cbegin(), all.cend(), [](const QString &t) { return t.size() > 3; });
    QStringList indexed;
    for (const QString &term : all) {
        const QString word = term.chopped(1); // without the '*'
        if (word.size() >= 3 || (word.size() == 2 && !anyLong)) {
            indexed << term;
        } else {
            terms.narrowing << Snippet::fold(word);
            terms.longestNarrowing = std::max(terms.longestNarrowing, int(word.size()));
        }
    }
    terms.match = indexed.join(QLatin1Char(' '));
    return terms;
}

// True when every narrowing word starts some word of `text`, folded as the index folds.
bool narrowedBy(const QString &text, const Terms &terms)
{
    QStringList missing = terms.narrowing;
    Snippet::forEachWord(text, [&](qsizetype begin, qsizetype end) {
        // Only the start of the word matters; a little more than the prefix, for combining accents.
        const QString start
            = Snippet::fold(text.mid(begin, std::min<qsizetype>(end - begin, terms.longestNarrowing + 2)));
        missing.erase(
            std::remove_if(missing.begin(), missing.end(), [&](const QString &p) { return start.startsWith(p); }),
            missing.end());
        return !missing.isEmpty();
    });
    return missing.isEmpty();
}

QString titleOnly(const QString &match)
{
    QStringList terms = match.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &t : terms)
        t.prepend(QStringLiteral("title:"));
    return terms.join(QLatin1Char(' '));
}

Status rankWindow(
    store::Database &db, const QString &match, const QString &kindCondition, int window, QHash<qint64, double> &scores)
{
    auto st = db.prepare(QStringLiteral("SELECT docid, lintas_rank(matchinfo(search_fts, 'pcx')) FROM search_fts "
                                        "WHERE search_fts MATCH ?%1 ORDER BY docid DESC LIMIT %2")
                             .arg(kindCondition)
                             .arg(qMax(1, window)));
    if (!st.ok())
        return st.error();
    st->bind(1, match);
    return st->forEachRow([&] {
        const qint64 docid = st->int64(0);
        const double score = st->real(1) * kinds::weight(docid);
        auto it = scores.find(docid);
        if (it == scores.end())
            scores.insert(docid, score);
        else if (score > it.value())
            it.value() = score; // the all-text pass also counts body hits
    });
}

} // namespace

QString SearchIndex::matchExpression(const QString &text)
{
    // A query that looks like a phone/ID number ("0812 3456", "+62-812") is one number: join the
    // digit groups so it prefix-matches the digit-only forms in the index.
    static const QString numberPunctuation = QStringLiteral(" +-().");
    bool numeric = false;
    QString digits;
    for (QChar ch : text) {
        if (ch.isDigit()) {
            digits += ch;
            numeric = true;
        } else if (!numberPunctuation.contains(ch)) {
            numeric = false;
            break;
        }
    }
    if (numeric)
        return digits + QLatin1Char('*');

    QStringList terms;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty() && terms.size() < 8)
            terms << current.toLower() + QLatin1Char('*');
        current.clear();
    };
    for (QChar ch : text) {
        if (ch.isLetterOrNumber())
            current += ch;
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

bool SearchIndex::needsMoreText(const QString &text)
{
    const Terms terms = splitTerms(text);
    return terms.match.isEmpty() && !terms.narrowing.isEmpty();
}

Result<QVector<SearchHit>> SearchIndex::search(store::Database &db, const Query &query)
{
    const Terms terms = splitTerms(query.text);
    QVector<SearchHit> hits;
    if (terms.match.isEmpty())
        return hits;
    LINTAS_TRY(ensureFunctions(db));

    QStringList codes;
    for (const QString &k :
        query.kinds.isEmpty() ? QStringList {kinds::client, kinds::caseKind, kinds::note} : query.kinds) {
        if (const int code = kinds::code(k))
            codes << QString::number(code);
    }
    const auto only = [](const QStringList &kindCodes) {
        return QStringLiteral(" AND (docid & 3) IN (%1)").arg(kindCodes.join(QLatin1Char(',')));
    };
    // Titles first, where matches are few: client names and aliases, then every title (case
    // references carry the client's name too). So a client is found by name however old her
    // record is, even when the all-text pass sees only the newest matches of a common word.
    QHash<qint64, double> scores;
    const QString titles = titleOnly(terms.match);
    const QString client = QString::number(kinds::code(kinds::client));
    if (codes.contains(client))
        LINTAS_TRY(rankWindow(db, titles, only({client}), query.rankWindow, scores));
    LINTAS_TRY(rankWindow(db, titles, only(codes), query.rankWindow, scores));
    LINTAS_TRY(rankWindow(db, terms.match, only(codes), query.rankWindow, scores));

    std::vector<std::pair<qint64, double>> ranked;
    ranked.reserve(scores.size());
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        ranked.emplace_back(it.key(), it.value());
    const auto better
        = [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first > b.first; };
    // Without narrowing words every match is shown and only the best `limit` are read. With them,
    // matches are read best first until `limit` pass, looking at no more than a bounded number.
    const size_t limit = size_t(qMax(1, query.limit));
    const size_t examined
        = std::min(ranked.size(), terms.narrowing.isEmpty() ? limit : std::max<size_t>(10 * limit, 500));
    std::partial_sort(ranked.begin(), ranked.begin() + examined, ranked.end(), better);

    // Only those rows are read; the excerpt is cut from the stored text, not by a second full-text
    // query per hit. A note has no title in the index: its case's reference is shown.
    const QString expression = matchExpression(query.text);
    // A chronology runs to pages: read it only to cut an excerpt or check a narrowing word.
    const bool needsBody = query.excerpts || !terms.narrowing.isEmpty();
    for (size_t i = 0; i < examined && size_t(hits.size()) < limit; ++i) {
        auto st = db.prepare(QStringLiteral(
            "SELECT d.kind, d.entity_id, d.case_id, d.client_id, f.title, %1, c.reference "
            "FROM search_docs d JOIN search_fts f ON f.docid = d.docid LEFT JOIN cases c ON c.id = d.case_id "
            "AND d.kind = 'note' WHERE d.docid = ?")
                                 .arg(needsBody ? QStringLiteral("f.body") : QStringLiteral("NULL")));
        if (!st.ok())
            return st.error();
        st->bind(1, ranked[i].first);
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            continue;
        const QString title = st->text(4);
        const QString body = st->text(5);
        if (!terms.narrowing.isEmpty() && !narrowedBy(title + QLatin1Char(' ') + body, terms))
            continue;
        SearchHit hit {st->text(0), st->text(1), st->text(2), st->text(3), title.isEmpty() ? st->text(6) : title,
            QString(), ranked[i].second};
        if (query.excerpts) {
            hit.snippet = Snippet::build(body, expression);
            if (hit.snippet.isEmpty())
                hit.snippet = Snippet::build(hit.title, expression);
        }
        hits.push_back(hit);
    }
    return hits;
}

} // namespace lintas::search
