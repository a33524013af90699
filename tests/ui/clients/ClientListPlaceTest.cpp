#include "clients/ClientListModel.h"
#include "clients/ClientPhoneModel.h"
#include "clients/ClientPhonesTab.h"
#include "clients/ClientWorkspace.h"
#include "clients/ClientsPage.h"
#include "i18n/LanguageManager.h"
#include "support/WorkspaceFixture.h"
#include "ui/FindChild.h"
#include "ui/UiWait.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lintas;
using test::child;

namespace {

// A list long enough to be fetched in several pages, A to Z by number.
struct LongList {
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    QStringList ids; // in list order

    explicit LongList(int clients = 450)
    {
        languages.setLanguage(QStringLiteral("en"));
        for (int i = 0; i < clients; ++i)
            ids << f.addClient(QStringLiteral("Klien %1").arg(i, 4, 10, QLatin1Char('0'))).id;
    }
};

// Fetches until `row` is there, selects it and scrolls to it, as a caseworker scrolling down.
void goToRow(ui::ClientsPage &page, int row)
{
    while (page.model()->rowCount() <= row && page.model()->canFetchMore({}))
        page.model()->fetchMore({});
    REQUIRE(page.model()->rowCount() > row);
    page.table()->setFocus();
    page.table()->selectRow(row);
    page.table()->scrollTo(page.model()->index(row, 0), QAbstractItemView::PositionAtCenter);
}

QString selectedId(ui::ClientsPage &page)
{
    const repo::ClientListRow *row = page.model()->rowAt(page.table()->currentIndex().row());
    return row ? row->client.id : QString();
}

} // namespace

TEST_CASE("the client list keeps the chosen client, the scroll and the search when read again", "[ui][clients]")
{
    LongList l;
    ui::ClientsPage page(*l.f.ws);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(900, 500);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    goToRow(page, 320);
    QScrollBar *scroll = page.table()->verticalScrollBar();
    const int scrolledTo = scroll->value();
    REQUIRE(scrolledTo > 200);
    QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);

    // Her name edited in her record: only her row is read again, in place.
    domain::Client siti = *l.f.ws->clients().get(l.ids[320]);
    siti.fullName = QStringLiteral("Klien 0320 Siti Aminah");
    siti.village = QStringLiteral("Sukamaju");
    REQUIRE(l.f.ws->clients().update(siti).ok());
    l.f.addCase(siti.id);
    page.clientChanged(siti.id);
    CHECK(resets.isEmpty());
    CHECK(page.model()->index(320, ui::ClientListModel::Name).data().toString() == siti.fullName);
    CHECK(page.model()->index(320, ui::ClientListModel::Cases).data().toString() == QStringLiteral("1"));
    CHECK(selectedId(page) == siti.id);
    CHECK(scroll->value() == scrolledTo);

    // Shown again after other sections changed things: read again, still there.
    l.f.addCase(l.ids[321]);
    page.refresh();
    CHECK(selectedId(page) == siti.id);
    CHECK(scroll->value() == scrolledTo);
    CHECK(page.model()->index(321, ui::ClientListModel::Cases).data().toString() == QStringLiteral("1"));

    // A deleted client leaves the list without moving the others.
    REQUIRE(l.f.ws->clients().remove(l.ids[10]).ok());
    page.clientChanged(l.ids[10]);
    CHECK(page.model()->totalCount() == 449);
    CHECK(selectedId(page) == siti.id);

    // With a search the search stays, and so does the client chosen among the matches.
    auto *search = child<QLineEdit>(page, "clientSearch");
    search->setText(QStringLiteral("Klien 0320"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(page.model()->rowCount() >= 1);
    REQUIRE(page.model()->rowOf(siti.id) >= 0);
    page.table()->selectRow(page.model()->rowOf(siti.id));
    page.refresh();
    CHECK(search->text() == QStringLiteral("Klien 0320"));
    CHECK(page.model()->searchText() == QStringLiteral("Klien 0320"));
    CHECK(selectedId(page) == siti.id);
}

TEST_CASE("adding or ending a number updates her list in place and leaves the client list alone", "[ui][clients]")
{
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    const domain::Client siti = f.addClient(QStringLiteral("Siti Aminah"));
    for (int i = 0; i < 20; ++i) {
        domain::ClientPhone phone;
        phone.clientId = siti.id;
        phone.number = QStringLiteral("+62 812 0000 %1").arg(i, 4, 10, QLatin1Char('0'));
        phone.kind = QStringLiteral("mobile");
        REQUIRE(f.ws->clients().addPhone(phone).ok());
    }
    ui::ClientWorkspace workspace(*f.ws, QStringLiteral("Dewi Lestari"));
    workspace.resize(1000, 560);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    REQUIRE(workspace.openClient(siti.id));
    workspace.tabs()->setCurrentWidget(workspace.phones());
    ui::ClientPhoneModel *phones = workspace.phones()->model();
    QAbstractItemModelTester tester(phones, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *table = child<QTableView>(workspace, "phoneTable");
    QSignalSpy resets(phones, &QAbstractItemModel::modelReset);
    QSignalSpy clientChanged(&workspace, &ui::ClientWorkspace::clientChanged);

    // The last number in use, scrolled to, is ended: it stays the chosen row.
    const int last = phones->rowCount() - 1;
    table->setFocus();
    table->selectRow(last);
    table->scrollToBottom();
    const QString ended = phones->phoneAt(last)->id;
    REQUIRE(workspace.phones()->endSelected());
    CHECK(resets.isEmpty());
    CHECK(phones->phoneAt(table->currentIndex().row())->id == ended);
    CHECK(phones->phoneAt(table->currentIndex().row())->validUntil.isValid());
    CHECK(table->verticalScrollBar()->value() > 0);

    // A new number joins the list in place, chosen.
    child<QLineEdit>(workspace, "phoneNumber")->setText(QStringLiteral("+852 9123 4567"));
    REQUIRE(workspace.phones()->addPhone());
    CHECK(resets.isEmpty());
    CHECK(phones->rowCount() == 21);
    CHECK(phones->phoneAt(table->currentIndex().row())->number == QStringLiteral("+852 9123 4567"));
    // Numbers are not shown in the client list: nothing there to read again.
    CHECK(clientChanged.isEmpty());
}

TEST_CASE("a client opened before the list was ever shown is chosen in it on the way back", "[ui][clients]")
{
    LongList l(150);
    ui::ClientsPage page(*l.f.ws); // made, never shown: no rows fetched yet
    REQUIRE(page.model()->rowCount() == 0);
    page.selectClient(l.ids[42]);
    CHECK(selectedId(page) == l.ids[42]);
    // (The tester fetches rows as it starts: it comes once the page was fetched here.)
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.refresh();
    CHECK(selectedId(page) == l.ids[42]);
}
