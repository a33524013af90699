#include "cases/CaseListPage.h"
#include "cases/CaseListModel.h"
#include "i18n/LanguageManager.h"
#include "support/WorkspaceFixture.h"
#include "ui/UiWait.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

    // One letter is not searched: the list stays whole and says to type another (decision D21).
    auto *message = page.findChild<QLabel *>(QStringLiteral("caseListMessage"));
    REQUIRE(message);
    QTest::keyClicks(search, QStringLiteral("r"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(page.model()->searchNeedsMoreText());
    CHECK(page.model()->rowCount() == 3);
    CHECK(message->isVisible());
    CHECK(message->text() == QStringLiteral("Type at least two letters or digits to search."));
    languages.setLanguage(QStringLiteral("id"));
    REQUIRE(waitUntil(
        [&] { return message->text() == QStringLiteral("Ketik paling sedikit dua huruf atau angka untuk mencari."); }));
    QTest::keyClicks(search, QStringLiteral("i"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK_FALSE(page.model()->searchNeedsMoreText());
    CHECK(page.model()->rowCount() == 2); // "ri": Rina's two cases
    CHECK_FALSE(message->isVisible());
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

TEST_CASE("the case list filters by status, type, country, caseworker, deadline and risk", "[ui][cases]")
{
    test::WorkspaceFixture f;
    auto siti = f.addCase(f.addClient(QStringLiteral("Siti Aminah")).id);
    const QString rina = f.addClient(QStringLiteral("Rina Marlina")).id;
    auto wages = f.addCase(rina);
    auto fees = f.addCase(rina, {QStringLiteral("agency_overcharging")});
    fees.jurisdictions = {QStringLiteral("hk")};
    fees.risk = QStringLiteral("high");
    fees.assignees = {QStringLiteral("Bu Tuti")};
    REQUIRE(f.ws->cases().update(fees).ok());
    wages.assignees = {QStringLiteral("Pak Joko")};
    wages.status = QStringLiteral("closed");
    REQUIRE(f.ws->cases().update(wages).ok());
    domain::Deadline hearing;
    hearing.caseId = siti.id;
    hearing.kind = QStringLiteral("hearing");
    hearing.title = QStringLiteral("Sidang Labour Tribunal");
    hearing.dueOn = QDate(2026, 11, 25); // fixture today: 2026-11-18
    REQUIRE(f.ws->deadlines().create(hearing).ok());

    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    ui::CaseListPage page(*f.ws);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto combo = [&](const char *name) {
        auto *c = page.findChild<QComboBox *>(QString::fromLatin1(name));
        REQUIRE(c);
        return c;
    };
    auto choose = [&](const char *name, const QVariant &data) {
        QComboBox *c = combo(name);
        const int i = c->findData(data);
        REQUIRE(i > 0);
        c->setCurrentIndex(i);
    };
    auto ids = [&] {
        while (page.model()->canFetchMore({})) // what the view would fetch as it paints
            page.model()->fetchMore({});
        QStringList out;
        for (int r = 0; r < page.model()->rowCount(); ++r)
            out << page.model()->caseAt(r)->id;
        out.sort();
        return out;
    };
    auto *clear = page.findChild<QPushButton *>(QStringLiteral("clearFiltersButton"));
    REQUIRE(clear);
    CHECK(combo("statusFilter")->currentText() == QStringLiteral("All statuses"));
    CHECK_FALSE(clear->isEnabled());
    QStringList assignees;
    for (int i = 1; i < combo("assigneeFilter")->count(); ++i)
        assignees << combo("assigneeFilter")->itemText(i);
    CHECK(assignees == QStringList {QStringLiteral("Bu Tuti"), QStringLiteral("Pak Joko")});

    choose("caseTypeFilter", QStringLiteral("agency_overcharging"));
    CHECK(ids() == QStringList {fees.id});
    CHECK(page.summary() == QStringLiteral("1 matching case"));
    CHECK(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    CHECK(page.model()->totalCount() == 3);
    CHECK(page.summary() == QStringLiteral("3 cases"));
    CHECK(combo("caseTypeFilter")->currentIndex() == 0);

    choose("statusFilter", QStringLiteral("@open")); // still open: not the closed one
    QStringList open {siti.id, fees.id};
    open.sort();
    CHECK(ids() == open);
    choose("jurisdictionFilter", QStringLiteral("hk"));
    choose("riskFilter", QStringLiteral("high"));
    choose("assigneeFilter", QStringLiteral("Bu Tuti"));
    CHECK(ids() == QStringList {fees.id});
    QTest::mouseClick(clear, Qt::LeftButton);

    choose("deadlineFilter", 7);
    CHECK(ids() == QStringList {siti.id});
    choose("statusFilter", QStringLiteral("closed"));
    CHECK(page.model()->totalCount() == 0);
    auto *message = page.findChild<QLabel *>(QStringLiteral("caseListMessage"));
    REQUIRE(message);
    CHECK(message->text() == QStringLiteral("No case matches these filters."));
    QTest::mouseClick(clear, Qt::LeftButton);

    // Filters apply to search results too, and keep their choice across a language switch.
    choose("caseTypeFilter", QStringLiteral("agency_overcharging"));
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("caseSearch"));
    search->setText(QStringLiteral("rina"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(ids() == QStringList {fees.id});
    CHECK(combo("caseTypeFilter")->currentText() == QStringLiteral("Agency overcharging"));
    languages.setLanguage(QStringLiteral("id"));
    REQUIRE(waitUntil([&] { return combo("caseTypeFilter")->currentText().startsWith(QStringLiteral("Pungutan")); }));
    CHECK(combo("statusFilter")->itemText(0) == QStringLiteral("Semua status"));
    CHECK(combo("deadlineFilter")->itemText(1) == QStringLiteral("Tenggat dalam 7 hari"));
    CHECK(ids() == QStringList {fees.id});
}
