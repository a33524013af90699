#include "repo/CasePageReadAhead.h"
#include "repo/CasePageRead.h"
#include "support/WorkspaceFixture.h"

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::repo;

namespace {

QStringList ids(const QVector<CaseListRow> &rows)
{
    QStringList out;
    for (const CaseListRow &r : rows)
        out << r.id;
    return out;
}

// 130 cases over two clients, some with two case types: a first page of 100 and a second of 30.
struct PagedCases : test::WorkspaceFixture {
    PagedCases()
    {
        const QString ani = addClient(QStringLiteral("Ani")).id;
        const QString yuli = addClient(QStringLiteral("Yuli")).id;
        for (int i = 0; i < 130; ++i) {
            clock.advanceMs(1000);
            addCase(i % 2 ? ani : yuli,
                i % 3 ? QStringList {QStringLiteral("unpaid_wages")}
                      : QStringList {QStringLiteral("unpaid_wages"), QStringLiteral("agency_overcharging")});
        }
    }
    CasePageQuery page(const CaseListCursor &after = {}, CaseSort sort = CaseSort::RecentlyUpdated)
    {
        return ws->cases().pageQuery({}, sort, 100, 0, after);
    }
    // What the case list gives the read-ahead: pages of up to 100 of the 130 cases (or `total`).
    CasePageReadAhead::NextPage next(CaseSort sort = CaseSort::RecentlyUpdated, int total = 130, int pageRows = 100)
    {
        return [this, sort, total, pageRows](const CaseListCursor &after, int rowsBefore) {
            return rowsBefore >= total
                ? CasePageQuery {}
                : ws->cases().pageQuery({}, sort, std::min(pageRows, total - rowsBefore), 0, after);
        };
    }
};

} // namespace

TEST_CASE("a page read ahead is the page the list would read itself", "[repo][caselist][readahead]")
{
    PagedCases f;
    for (CaseSort sort : {CaseSort::RecentlyUpdated, CaseSort::ClientName, CaseSort::Reference}) {
        const auto first = readCasePage(*f.db, f.page({}, sort)).value();
        REQUIRE(first.size() == 100);
        const CasePageQuery second = f.ws->cases().pageQuery({}, sort, 30, 0, first.last().cursor);

        CasePageReadAhead ahead(*f.db);
        ahead.start(first.last().cursor, 100, f.next(sort));
        auto got = ahead.take(second);
        REQUIRE(got.has_value());
        CHECK(ahead.available());
        const auto own = readCasePage(*f.db, second).value();
        REQUIRE(own.size() == 30);
        CHECK(ids(*got) == ids(own));
        for (int i = 0; i < own.size(); ++i) {
            CHECK(got->at(i).caseTypes == own[i].caseTypes);
            CHECK(got->at(i).clientName == own[i].clientName);
            CHECK(got->at(i).cursor.key == own[i].cursor.key);
        }
        // Taken once: asking again gets nothing.
        CHECK_FALSE(ahead.take(second).has_value());
    }
}

TEST_CASE("pages are read ahead one after the other, each as the list would read it", "[repo][caselist][readahead]")
{
    PagedCases f;
    // Pages of 20: the worker runs up to pagesAhead() pages ahead of what is taken.
    const auto first = readCasePage(*f.db, f.ws->cases().pageQuery({}, CaseSort::RecentlyUpdated, 20)).value();
    CasePageReadAhead ahead(*f.db);
    ahead.start(first.last().cursor, 20, f.next(CaseSort::RecentlyUpdated, 130, 20));
    CaseListCursor after = first.last().cursor;
    QStringList seen = ids(first);
    for (int rows = 20; rows < 130; rows += 20) {
        const CasePageQuery query
            = f.ws->cases().pageQuery({}, CaseSort::RecentlyUpdated, std::min(20, 130 - rows), 0, after);
        auto got = ahead.take(query);
        REQUIRE(got.has_value());
        CHECK(ids(*got) == ids(readCasePage(*f.db, query).value()));
        seen += ids(*got);
        after = got->last().cursor;
    }
    CHECK(seen.size() == 130);
    CHECK(seen.removeDuplicates() == 0);
    CHECK(seen == ids(f.ws->cases().list({}, CaseSort::RecentlyUpdated, 200).value()));
}

TEST_CASE("pages read ahead are dropped when anything was saved since", "[repo][caselist][readahead]")
{
    PagedCases f;
    const auto first = readCasePage(*f.db, f.page()).value();
    const CasePageQuery second = f.ws->cases().pageQuery({}, CaseSort::RecentlyUpdated, 30, 0, first.last().cursor);
    CasePageReadAhead ahead(*f.db);

    ahead.start(first.last().cursor, 100, f.next());
    f.addCase(first.first().clientId); // the newest case now: pages read before may be stale
    CHECK_FALSE(ahead.take(second).has_value());

    // Started again after the save, it is good.
    ahead.start(first.last().cursor, 100, f.next());
    CHECK(ahead.take(second).has_value());
}

TEST_CASE("only the very page read ahead is handed out", "[repo][caselist][readahead]")
{
    PagedCases f;
    const auto first = readCasePage(*f.db, f.page()).value();
    const CasePageQuery second = f.ws->cases().pageQuery({}, CaseSort::RecentlyUpdated, 30, 0, first.last().cursor);
    CasePageReadAhead ahead(*f.db);

    ahead.start(first.last().cursor, 100, f.next());
    CHECK_FALSE(ahead.take(f.page()).has_value()); // the first page was not read ahead
    CHECK_FALSE(ahead.take(second).has_value()); // and asking for it stopped the reading

    ahead.start(first.last().cursor, 100, f.next());
    ahead.cancel();
    CHECK_FALSE(ahead.take(second).has_value());
}

TEST_CASE("without a reader connection every page is read by the list itself", "[repo][caselist][readahead]")
{
    ManualClock clock {1'795'000'000'000};
    SeededRandom random {3};
    auto db = store::Database::open(QStringLiteral(":memory:"), nullptr).value();
    REQUIRE(profileSchema().migrate(*db).ok());
    auto ws = Workspace::open(*db, clock, random).value();
    const CasePageQuery first = ws->cases().pageQuery({}, CaseSort::RecentlyUpdated, 100);

    CasePageReadAhead ahead(*db);
    ahead.start({}, 0, [&](const CaseListCursor &, int) { return first; });
    CHECK_FALSE(ahead.take(first).has_value());
    CHECK_FALSE(ahead.available());
    CHECK(readCasePage(*db, first).ok());
}

TEST_CASE("the reader connection sees what the main one committed and cannot write", "[store][readahead]")
{
    test::WorkspaceFixture f;
    auto reader = f.db->openReader();
    REQUIRE(reader.ok());
    f.addClient(QStringLiteral("Sri"));
    CHECK((*reader)->scalar(QStringLiteral("SELECT count(*) FROM clients")).value().toInt() == 1);
    const Status write = (*reader)->execScript(QStringLiteral("DELETE FROM clients"));
    CHECK_FALSE(write.ok());
    CHECK(f.db->scalar(QStringLiteral("SELECT count(*) FROM clients")).value().toInt() == 1);
}
