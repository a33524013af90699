#include "search/SearchIndex.h"
#include "support/WorkspaceFixture.h"

#include <catch2/catch.hpp>

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
