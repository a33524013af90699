#include "search/SearchIndex.h"

#include "search/Snippet.h"

#include "repo/EntityDef.h"
#include "store/Database.h"

#include <sqlite3.h>

#include <QHash>

#include <algorithm>
#include <vector>

namespace lintas::search {

namespace {

const QString kClient = QStringLiteral("client");
const QString kCase = QStringLiteral("case");
const QString kNote = QStringLiteral("note");

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

Status removeDoc(store::Database &db, const QString &kind, const QString &id)
{
    auto find = db.prepare(QStringLiteral("SELECT docid FROM search_docs WHERE kind = ? AND entity_id = ?"));
    if (!find.ok())
        return find.error();
    find->bind(1, kind).bind(2, id);
    auto row = find->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return {};
    const qint64 docid = find->int64(0);
    auto delFts = db.prepare(QStringLiteral("DELETE FROM search_fts WHERE docid = ?"));
    if (!delFts.ok())
        return delFts.error();
    delFts->bind(1, docid);
    LINTAS_TRY(delFts->exec());
    auto delDoc = db.prepare(QStringLiteral("DELETE FROM search_docs WHERE docid = ?"));
    if (!delDoc.ok())
        return delDoc.error();
    delDoc->bind(1, docid);
    return delDoc->exec();
}

// The docid carries the kind in its low two bits, so ranking can weigh and filter kinds without
// reading search_docs for every match (a common prefix matches 100,000 notes). Higher docids are
// newer entries: a re-indexed entity moves to the end.
int kindCode(const QString &kind)
{
    if (kind == kClient)
        return 1;
    if (kind == kCase)
        return 2;
    return kind == kNote ? 3 : 0;
}

double kindWeight(qint64 docid)
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

Status putDoc(store::Database &db, const QString &kind, const QString &id, const QString &caseId,
    const QString &clientId, const QString &title, const QString &body)
{
    LINTAS_TRY(removeDoc(db, kind, id));
    auto last = db.scalar(QStringLiteral("SELECT coalesce(max(docid), 0) FROM search_docs"));
    if (!last.ok())
        return last.error();
    const qint64 docid = ((last->toLongLong() >> 2) + 1) * 4 + kindCode(kind);
    auto ins = db.prepare(
        QStringLiteral("INSERT INTO search_docs (docid, kind, entity_id, case_id, client_id) VALUES (?, ?, ?, ?, ?)"));
    if (!ins.ok())
        return ins.error();
    ins->bind(1, docid).bind(2, kind).bind(3, id).bind(4, caseId).bind(5, clientId);
    LINTAS_TRY(ins->exec());
    auto fts = db.prepare(QStringLiteral("INSERT INTO search_fts (docid, title, body) VALUES (?, ?, ?)"));
    if (!fts.ok())
        return fts.error();
    fts->bind(1, docid).bind(2, title).bind(3, body);
    return fts->exec();
}

// Runs `sql` with one bound id and collects the first column of every row.
Result<QStringList> column(store::Database &db, const QString &sql, const QString &id)
{
    auto st = db.prepare(sql);
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    return st->textColumn();
}

Status indexClient(store::Database &db, const QString &id)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT full_name, nik, passport_no, village, district, regency, province, current_city, deleted "
        "FROM clients WHERE id = ?"));
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!row.value() || st->int64(8) != 0)
        return removeDoc(db, kClient, id);
    const QString name = st->text(0);
    QStringList body;
    for (int c = 1; c <= 7; ++c)
        body << st->text(c);
    auto aliases = column(db,
        QStringLiteral("SELECT DISTINCT element FROM set_members WHERE entity = 'client' "
                       "AND field = 'aliases' AND entity_id = ? AND removed_hlc IS NULL"),
        id);
    if (!aliases.ok())
        return aliases.error();
    auto phones = column(db,
        QStringLiteral("SELECT number FROM client_phones WHERE client_id = ? AND "
                       "coalesce(deleted, 0) = 0"),
        id);
    if (!phones.ok())
        return phones.error();
    for (const QString &p : *phones)
        body << p << SearchIndex::phoneVariants(p); // as typed (digit groups) and digit-only forms
    const QString title = (QStringList {name} + *aliases).join(QLatin1Char(' '));
    return putDoc(db, kClient, id, QString(), id, title, body.join(QLatin1Char(' ')));
}

Status indexCase(store::Database &db, const QString &id)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT c.reference, c.client_id, cl.full_name, c.title, c.chronology, c.demands, c.strategy, "
        "c.outcome_notes, c.deleted FROM cases c LEFT JOIN clients cl ON cl.id = c.client_id WHERE c.id = ?"));
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!row.value() || st->int64(8) != 0)
        return removeDoc(db, kCase, id);
    const QString title = QStringList {st->text(0), st->text(2)}.join(QLatin1Char(' '));
    QStringList body;
    for (int c = 3; c <= 7; ++c)
        body << st->text(c);
    return putDoc(db, kCase, id, id, st->text(1), title, body.join(QLatin1Char('\n')));
}

Status indexNote(store::Database &db, const QString &id)
{
    auto st = db.prepare(QStringLiteral("SELECT n.case_id, c.reference, n.body, c.client_id FROM notes n LEFT JOIN "
                                        "cases c ON c.id = n.case_id WHERE n.id = ?"));
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return removeDoc(db, kNote, id);
    return putDoc(db, kNote, id, st->text(0), st->text(3), st->text(1), st->text(2));
}

} // namespace

QStringList SearchIndex::phoneVariants(const QString &number)
{
    QString digits;
    for (QChar ch : number) {
        if (ch.isDigit())
            digits += ch;
    }
    if (digits.isEmpty())
        return {};
    QStringList out {digits};
    if (digits.startsWith(QStringLiteral("62"))) {
        out << QStringLiteral("0") + digits.mid(2) << digits.mid(2);
    } else if (digits.startsWith(QLatin1Char('0'))) {
        out << QStringLiteral("62") + digits.mid(1) << digits.mid(1);
    } else if (digits.startsWith(QStringLiteral("852")) || digits.startsWith(QStringLiteral("886"))) {
        out << digits.mid(3); // Hong Kong / Taiwan numbers are often typed without the code
    } else if (digits.startsWith(QStringLiteral("65")) || digits.startsWith(QStringLiteral("60"))) {
        out << digits.mid(2);
    }
    out.removeDuplicates();
    return out;
}

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

Status SearchIndex::reindex(store::Database &db, const repo::EntityDef &def, const QString &id)
{
    if (def.name == kClient) {
        LINTAS_TRY(indexClient(db, id));
        // Case titles carry the client's name.
        auto cases = column(db, QStringLiteral("SELECT id FROM cases WHERE client_id = ?"), id);
        if (!cases.ok())
            return cases.error();
        for (const QString &caseId : *cases)
            LINTAS_TRY(indexCase(db, caseId));
        return {};
    }
    if (def.name == QStringLiteral("client_phone")) {
        auto owner = column(db, QStringLiteral("SELECT client_id FROM client_phones WHERE id = ?"), id);
        if (!owner.ok())
            return owner.error();
        for (const QString &clientId : *owner) {
            if (!clientId.isEmpty())
                LINTAS_TRY(indexClient(db, clientId));
        }
        return {};
    }
    if (def.name == kCase)
        return indexCase(db, id);
    if (def.name == kNote)
        return indexNote(db, id);
    return {};
}

Status SearchIndex::rebuild(store::Database &db)
{
    LINTAS_TRY(db.execScript(QStringLiteral("DELETE FROM search_fts; DELETE FROM search_docs;")));
    struct Pass {
        QString sql;
        Status (*index)(store::Database &, const QString &);
    };
    const Pass passes[] = {
        {QStringLiteral("SELECT id FROM clients"), indexClient},
        {QStringLiteral("SELECT id FROM cases"), indexCase},
        {QStringLiteral("SELECT id FROM notes"), indexNote},
    };
    for (const Pass &pass : passes) {
        QStringList ids;
        {
            auto st = db.prepare(pass.sql);
            if (!st.ok())
                return st.error();
            LINTAS_TRY_ASSIGN(ids, st->textColumn());
        }
        for (const QString &id : std::as_const(ids))
            LINTAS_TRY(pass.index(db, id));
    }
    return {};
}

namespace {

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
        const double score = st->real(1) * kindWeight(docid);
        auto it = scores.find(docid);
        if (it == scores.end())
            scores.insert(docid, score);
        else if (score > it.value())
            it.value() = score; // the all-text pass also counts body hits
    });
}

} // namespace

Result<QVector<SearchHit>> SearchIndex::search(store::Database &db, const Query &query)
{
    const QString match = matchExpression(query.text);
    QVector<SearchHit> hits;
    if (match.isEmpty())
        return hits;
    LINTAS_TRY(ensureFunctions(db));

    QStringList codes;
    for (const QString &k : query.kinds.isEmpty() ? QStringList {kClient, kCase, kNote} : query.kinds) {
        if (const int code = kindCode(k))
            codes << QString::number(code);
    }
    const auto only = [](const QStringList &kindCodes) {
        return QStringLiteral(" AND (docid & 3) IN (%1)").arg(kindCodes.join(QLatin1Char(',')));
    };
    // Titles first, where matches are few: client names and aliases, then every title (case
    // references carry the client's name too). So a client is found by name however old her
    // record is, even when the all-text pass sees only the newest matches of a common word.
    QHash<qint64, double> scores;
    const QString titles = titleOnly(match);
    const QString client = QString::number(kindCode(kClient));
    if (codes.contains(client))
        LINTAS_TRY(rankWindow(db, titles, only({client}), query.rankWindow, scores));
    LINTAS_TRY(rankWindow(db, titles, only(codes), query.rankWindow, scores));
    LINTAS_TRY(rankWindow(db, match, only(codes), query.rankWindow, scores));

    std::vector<std::pair<qint64, double>> ranked;
    ranked.reserve(scores.size());
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        ranked.emplace_back(it.key(), it.value());
    const auto better
        = [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first > b.first; };
    const size_t shown = std::min(ranked.size(), size_t(qMax(1, query.limit)));
    std::partial_sort(ranked.begin(), ranked.begin() + shown, ranked.end(), better);

    // Only the rows shown are read; the excerpt is cut from the stored text, not by a second
    // full-text query per hit.
    for (size_t i = 0; i < shown; ++i) {
        auto st = db.prepare(
            QStringLiteral("SELECT d.kind, d.entity_id, d.case_id, d.client_id, f.title, f.body FROM search_docs d "
                           "JOIN search_fts f ON f.docid = d.docid WHERE d.docid = ?"));
        if (!st.ok())
            return st.error();
        st->bind(1, ranked[i].first);
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            continue;
        SearchHit hit {st->text(0), st->text(1), st->text(2), st->text(3), st->text(4), QString(), ranked[i].second};
        hit.snippet = Snippet::build(st->text(5), match);
        if (hit.snippet.isEmpty())
            hit.snippet = Snippet::build(hit.title, match);
        hits.push_back(hit);
    }
    return hits;
}

} // namespace lintas::search
