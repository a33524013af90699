#include "search/SearchIndex.h"
#include "support/WorkspaceFixture.h"

#include <catch2/catch.hpp>

#include <functional>
#include <vector>

using namespace lintas;
using search::SearchIndex;

TEST_CASE("match expressions never pass user syntax through", "[search]")
{
    CHECK(SearchIndex::matchExpression(QStringLiteral("Siti 0812")) == QStringLiteral("siti* 0812*"));
    CHECK(SearchIndex::matchExpression(QStringLiteral("0812 3456")) == QStringLiteral("08123456*"));
    CHECK(SearchIndex::matchExpression(QStringLiteral("+62 (812)")) == QStringLiteral("62812*"));
    CHECK(SearchIndex::matchExpression(QStringLiteral("\"a\" OR -b NEAR(c)")) == QStringLiteral("a* or* b* near* c*"));
    CHECK(SearchIndex::matchExpression(QStringLiteral("  ,;  ")).isEmpty());
    CHECK(SearchIndex::phoneVariants(QStringLiteral("+62 812-3456-7890"))
        == QStringList {
            QStringLiteral("6281234567890"), QStringLiteral("081234567890"), QStringLiteral("81234567890")});
}

TEST_CASE("text of one-letter words is too short to search", "[search]")
{
    CHECK(SearchIndex::needsMoreText(QStringLiteral("s")));
    CHECK(SearchIndex::needsMoreText(QStringLiteral(" S ")));
    CHECK(SearchIndex::needsMoreText(QStringLiteral("a b")));
    CHECK(SearchIndex::needsMoreText(QStringLiteral("0")));
    CHECK_FALSE(SearchIndex::needsMoreText(QStringLiteral("si")));
    CHECK_FALSE(SearchIndex::needsMoreText(QStringLiteral("siti a")));
    CHECK_FALSE(SearchIndex::needsMoreText(QStringLiteral("08")));
    CHECK_FALSE(SearchIndex::needsMoreText(QStringLiteral("0 8"))); // one number: "08"
    CHECK_FALSE(SearchIndex::needsMoreText(QString())); // nothing typed: nothing to ask for
}

TEST_CASE("a one-letter word narrows the longer words' matches to words with that initial", "[search]")
{
    test::WorkspaceFixture f;
    auto aminah = f.addClient(QStringLiteral("Siti Aminah"));
    auto badriyah = f.addClient(QStringLiteral("Siti Badriyah"));
    auto elis = f.addClient(QStringLiteral("Siti Élis"));
    auto clients = [&](const QString &q) {
        QStringList ids;
        for (const auto &hit : f.ws->search({q, 50, {QStringLiteral("client")}}).value())
            ids << hit.entityId;
        return ids;
    };
    CHECK(clients(QStringLiteral("siti")).size() == 3);
    CHECK(clients(QStringLiteral("siti a")) == QStringList {aminah.id});
    CHECK(clients(QStringLiteral("B siti")) == QStringList {badriyah.id});
    CHECK(clients(QStringLiteral("siti e")) == QStringList {elis.id}); // folded like the index folds
    CHECK(clients(QStringLiteral("siti z")).isEmpty());
    CHECK(clients(QStringLiteral("s")).isEmpty()); // not searched at all
    // Two letters beside a longer word narrow it the same way; alone they go to the index.
    CHECK(clients(QStringLiteral("siti ba")) == QStringList {badriyah.id});
    CHECK(clients(QStringLiteral("siti bx")).isEmpty());
    CHECK(clients(QStringLiteral("am")) == QStringList {aminah.id});

    // The limit counts the hits that pass, not the matches looked at: the newest (best at equal
    // rank) do not pass here.
    for (int i = 0; i < 6; ++i)
        f.addClient(QStringLiteral("Siti Badriyah %1").arg(i));
    for (int i = 0; i < 6; ++i)
        f.addClient(QStringLiteral("Siti Aminah %1").arg(i));
    CHECK(f.ws->search({QStringLiteral("siti b"), 4, {QStringLiteral("client")}}).value().size() == 4);
}

TEST_CASE("search finds clients by name, alias, phone, NIK and passport, cases and notes", "[search]")
{
    test::WorkspaceFixture f;
    domain::Client c;
    c.fullName = QStringLiteral("Sitì Nurhaliza");
    c.aliases = {QStringLiteral("Ijah")};
    c.nik = QStringLiteral("1807014501900001");
    c.passportNo = QStringLiteral("C1234567");
    c.village = QStringLiteral("Sukadana");
    auto client = f.ws->clients().create(c).value();
    domain::ClientPhone p;
    p.clientId = client.id;
    p.number = QStringLiteral("+62 812-3456-7890");
    REQUIRE(f.ws->clients().addPhone(p).ok());
    auto other = f.addClient(QStringLiteral("Sri Rahayu"));
    auto kase = f.addCase(client.id);
    kase.chronology = QStringLiteral("Agen menahan paspor dan memotong gaji.");
    kase.demands = QStringLiteral("Pengembalian biaya penempatan");
    REQUIRE(f.ws->cases().update(kase).ok());
    domain::Note n;
    n.caseId = kase.id;
    n.body = QStringLiteral("Wawancara di shelter Bethune House");
    REQUIRE(f.ws->notes().create(n).ok());

    auto find = [&](const QString &q) { return f.ws->search({q}).value(); };
    auto hits = find(QStringLiteral("siti")); // diacritics folded
    REQUIRE(hits.size() >= 2);
    CHECK(hits[0].kind == QStringLiteral("client")); // name match outranks the case title
    CHECK(hits[0].entityId == client.id);
    CHECK(find(QStringLiteral("ija")).first().entityId == client.id); // alias prefix
    CHECK(find(QStringLiteral("0812 3456")).first().entityId == client.id); // local phone format
    CHECK(find(QStringLiteral("6281234567890")).first().entityId == client.id); // international
    CHECK(find(QStringLiteral("18070145")).first().entityId == client.id); // NIK prefix
    CHECK(find(QStringLiteral("c1234567")).first().entityId == client.id); // passport
    CHECK(find(QStringLiteral("sri")).first().entityId == other.id);
    auto byRef = find(kase.reference);
    REQUIRE_FALSE(byRef.isEmpty());
    CHECK(byRef.first().entityId == kase.id);
    auto byText = find(QStringLiteral("paspor"));
    REQUIRE(byText.size() == 1);
    CHECK(byText[0].caseId == kase.id);
    CHECK(byText[0].snippet.contains(QStringLiteral("[paspor]")));
    auto byNote = find(QStringLiteral("bethune"));
    REQUIRE(byNote.size() == 1);
    CHECK(byNote[0].kind == QStringLiteral("note"));
    CHECK(byNote[0].caseId == kase.id);
    CHECK(byNote[0].title == kase.reference); // read from the case, not stored with every note
    for (const auto &hit : byRef)
        CHECK(hit.kind != QStringLiteral("note")); // a reference finds the case, not its notes
    CHECK(find(QStringLiteral("siti paspor")).size() == 1); // all words required
    CHECK(f.ws->search({QStringLiteral("siti"), 50, {QStringLiteral("case")}}).value().size() == 1);
    CHECK(find(QStringLiteral("zzzz")).isEmpty());

    // Renaming the client re-indexes her cases; deleting removes her from results.
    auto renamed = f.ws->clients().get(client.id).value();
    renamed.fullName = QStringLiteral("Siti Maryam");
    REQUIRE(f.ws->clients().update(renamed).ok());
    CHECK(find(QStringLiteral("nurhaliza")).isEmpty());
    CHECK(find(QStringLiteral("maryam")).size() == 2);
    REQUIRE(f.ws->cases().remove(kase.id).ok());
    CHECK(find(QStringLiteral("paspor")).isEmpty());
}

TEST_CASE("a very common word ranks only the newest matches, yet an old client's name is still found", "[search]")
{
    test::WorkspaceFixture f;
    auto oldest = f.addClient(QStringLiteral("Marsini"));
    auto kase = f.addCase(oldest.id);
    QStringList caseIds {kase.id};
    for (int i = 0; i < 5; ++i) // newer titles carrying her name: they must not crowd her out
        caseIds << f.addCase(oldest.id).id;
    QStringList noteIds;
    for (int i = 0; i < 12; ++i) {
        domain::Note n;
        n.caseId = kase.id;
        n.body = QStringLiteral("Majikan menahan gaji bulan ke-%1").arg(i + 1);
        noteIds << f.ws->notes().create(n).value().id;
    }
    search::SearchIndex::Query q {QStringLiteral("ma"), 50, {}, 4};
    auto hits = f.ws->search(q).value();
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.first().entityId == oldest.id); // the client-name pass
    QStringList notesSeen;
    for (const auto &h : hits) {
        if (h.kind == QStringLiteral("note"))
            notesSeen << h.entityId;
    }
    // The all-text pass looked at the 4 newest matches only: notes, newest first.
    CHECK(notesSeen.size() == 4);
    for (const QString &id : notesSeen)
        CHECK(noteIds.mid(8).contains(id));

    q.rankWindow = 2000;
    int allNotes = 0;
    for (const auto &h : f.ws->search(q).value())
        allNotes += h.kind == QStringLiteral("note") ? 1 : 0;
    CHECK(allNotes == 12);

    // Only cases: the kind filter applies before the window, so the newest case is found, not
    // the newer notes or the client.
    q = {QStringLiteral("marsini"), 50, {QStringLiteral("case")}, 1};
    hits = f.ws->search(q).value();
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().entityId == caseIds.last());
}

TEST_CASE("the full-text index merges its segments a little per write, not all at once", "[search]")
{
    test::WorkspaceFixture f;
    // FTS4 keeps the automerge setting in row 2 of its %_stat table (migration 7).
    auto automerge = f.db->scalar(QStringLiteral("SELECT value FROM search_fts_stat WHERE id = 2"));
    REQUIRE(automerge.ok());
    CHECK(automerge->toInt() == 8);
}

// Edits that touch none of an entry's columns leave it alone (most edits: risk, safety flag);
// each column it is made of, edited alone, still reaches the index.
TEST_CASE("an edit rewrites a search entry only when it changes what the entry is made of", "[search]")
{
    test::WorkspaceFixture f;
    auto client = f.addClient(QStringLiteral("Wartini"));
    auto kase = f.addCase(client.id);
    const auto docOf = [&](const QString &kind, const QString &id) {
        auto st = f.db->prepare(QStringLiteral("SELECT docid FROM search_docs WHERE kind = ? AND entity_id = ?"));
        REQUIRE(st.ok());
        st->bind(1, kind).bind(2, id);
        REQUIRE(st->step().value());
        return st->int64(0);
    };
    const qint64 before = docOf(QStringLiteral("case"), kase.id);
    kase = f.ws->cases().get(kase.id).value();
    kase.risk = QStringLiteral("high");
    kase.safetyFlag = true;
    REQUIRE(f.ws->cases().update(kase).ok());
    CHECK(docOf(QStringLiteral("case"), kase.id) == before);

    auto find = [&](const QString &q) { return f.ws->search({q}).value(); };
    const auto edits = std::vector<std::pair<QString, std::function<void(domain::Case &, const QString &)>>> {
        {QStringLiteral("title"), [](domain::Case &c, const QString &w) { c.title = w; }},
        {QStringLiteral("chronology"), [](domain::Case &c, const QString &w) { c.chronology = w; }},
        {QStringLiteral("demands"), [](domain::Case &c, const QString &w) { c.demands = w; }},
        {QStringLiteral("strategy"), [](domain::Case &c, const QString &w) { c.strategy = w; }},
        {QStringLiteral("outcome notes"), [](domain::Case &c, const QString &w) { c.outcomeNotes = w; }},
    };
    int n = 0;
    for (const auto &[field, set] : edits) {
        INFO(field.toStdString());
        const QString word = QStringLiteral("penanda%1x").arg(QChar(u'a' + n++));
        kase = f.ws->cases().get(kase.id).value();
        set(kase, word);
        REQUIRE(f.ws->cases().update(kase).ok());
        const auto hits = find(word);
        REQUIRE(hits.size() == 1);
        CHECK(hits.first().entityId == kase.id);
    }
    for (const QString &field : {QStringLiteral("nik"), QStringLiteral("passport"), QStringLiteral("village")}) {
        INFO(field.toStdString());
        auto c = f.ws->clients().get(client.id).value();
        const QString value = field == QLatin1String("nik") ? QStringLiteral("3201234567890001")
            : field == QLatin1String("passport")            ? QStringLiteral("X7654321")
                                                            : QStringLiteral("Wonosari");
        (field == QLatin1String("nik") ? c.nik : field == QLatin1String("passport") ? c.passportNo : c.village) = value;
        REQUIRE(f.ws->clients().update(c).ok());
        CHECK(find(value).first().entityId == client.id);
    }
}
