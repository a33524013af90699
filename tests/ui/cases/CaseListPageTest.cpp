#include "cases/CaseListPage.h"
#include "cases/CaseListModel.h"
#include "i18n/LanguageManager.h"
#include "support/WorkspaceFixture.h"
#include "ui/UiWait.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lintas;
using test::waitUntil;
using ui::CaseListModel;

namespace {

void clickHeader(QHeaderView *header, int section)
{
    const QPoint inside(
        header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, inside);
}

} // namespace

TEST_CASE("the case list page searches after a pause in typing", "[ui][cases]")
{
    test::WorkspaceFixture f;
    f.addCase(f.addClient(QStringLiteral("Siti Aminah")).id);
    const QString rina = f.addClient(QStringLiteral("Rina Marlina")).id;
    f.addCase(rina);
    f.addCase(rina, {QStringLiteral("agency_overcharging")});
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    ui::CaseListPage page(*f.ws);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.summary() == QStringLiteral("3 cases"));

    auto *search = page.findChild<QLineEdit *>(QStringLiteral("caseSearch"));
    REQUIRE(search);
    QTest::keyClicks(search, QStringLiteral("rina"));
    CHECK(page.model()->searchText().isEmpty()); // not on every key press
    REQUIRE(waitUntil([&] { return page.model()->searchText() == QStringLiteral("rina"); }, 2000));
    CHECK(page.model()->rowCount() == 2);
    CHECK(page.summary() == QStringLiteral("2 matching cases"));

    search->clear();
    REQUIRE(waitUntil([&] { return page.model()->searchText().isEmpty(); }, 2000));
    CHECK(page.summary() == QStringLiteral("3 cases"));
}

TEST_CASE("the case list page sorts from the header, one way per column", "[ui][cases]")
{
    test::WorkspaceFixture f;
    for (const QString &name : {QStringLiteral("Wati"), QStringLiteral("Ani"), QStringLiteral("Lestari")})
        f.addCase(f.addClient(name).id);
    ui::CaseListPage page(*f.ws);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableView *>(QStringLiteral("caseTable"));
    REQUIRE(table);
    QHeaderView *header = table->horizontalHeader();
    CHECK_FALSE(header->isSortIndicatorShown());

    clickHeader(header, CaseListModel::Client);
    CHECK(page.model()->sortColumn() == CaseListModel::Client);
    REQUIRE(waitUntil([&] { return page.model()->rowCount() == 3; }, 2000));
    CHECK(page.model()->caseAt(0)->clientName == QStringLiteral("Ani"));
    CHECK(header->isSortIndicatorShown());
    CHECK(header->sortIndicatorSection() == CaseListModel::Client);
    CHECK(header->sortIndicatorOrder() == Qt::AscendingOrder);

    clickHeader(header, CaseListModel::Client); // the arrow does not flip: there is no Z to A
    CHECK(header->sortIndicatorOrder() == Qt::AscendingOrder);

    clickHeader(header, CaseListModel::Status); // not sortable: nothing changes
    CHECK(page.model()->sortColumn() == CaseListModel::Client);
    CHECK(header->sortIndicatorSection() == CaseListModel::Client);

    clickHeader(header, CaseListModel::OpenedOn);
    CHECK(header->sortIndicatorSection() == CaseListModel::OpenedOn);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
}
