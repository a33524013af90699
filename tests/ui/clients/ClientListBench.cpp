#include "clients/ClientListModel.h"
#include "demo/DemoDataGenerator.h"
#include "support/WorkspaceFixture.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

using namespace lintas;

// Not a check (timings vary with the machine): how the client list feels with 50,000 clients.
// Run by hand: <build>/tests/lintas-tests-ui-clients "[.bench]"
TEST_CASE("client list timings with fifty thousand clients", "[.bench]")
{
    test::WorkspaceFixture f;
    demo::DemoDataGenerator generator(*f.ws, 11);
    REQUIRE(generator.generate({50000, 1, 0, 0, 0}).ok());
    QElapsedTimer timer;
    timer.start();
    ui::ClientListModel model(*f.ws);
    const qint64 opened = timer.restart();
    model.fetchMore({});
    const qint64 firstPage = timer.restart();
    REQUIRE(model.totalCount() >= 50000);
    qint64 slowestPage = 0;
    while (model.canFetchMore({})) {
        QElapsedTimer page;
        page.start();
        model.fetchMore({});
        slowestPage = std::max(slowestPage, page.elapsed());
    }
    const qint64 allPages = timer.restart();
    model.setSearchText(QStringLiteral("siti"));
    const qint64 search = timer.restart();
    model.setSearchText(QStringLiteral("0812"));
    const qint64 phoneSearch = timer.restart();
    WARN("open " << opened << " ms, first page " << firstPage << " ms, slowest page " << slowestPage
                 << " ms, all pages " << allPages << " ms, search 'siti' " << search << " ms (" << model.rowCount()
                 << " rows), search '0812' " << phoneSearch << " ms");
}
