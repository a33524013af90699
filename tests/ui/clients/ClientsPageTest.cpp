#include "clients/ClientsPage.h"
#include "clients/ClientListModel.h"
#include "i18n/LanguageManager.h"
#include "support/WorkspaceFixture.h"
#include "ui/FindChild.h"
#include "ui/UiWait.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lintas;
using test::child;

namespace {

domain::Client addClient(
    test::WorkspaceFixture &f, const QString &name, const QString &village = {}, const QString &regency = {})
{
    domain::Client c;
    c.fullName = name;
    c.gender = QStringLiteral("female");
    c.status = QStringLiteral("abroad");
    c.currentCountry = QStringLiteral("hk");
    c.village = village;
    c.regency = regency;
    auto r = f.ws->clients().create(c);
    REQUIRE(r.ok());
    return *r;
}

void addPhone(test::WorkspaceFixture &f, const QString &clientId, const QString &number)
{
    domain::ClientPhone p;
    p.clientId = clientId;
    p.number = number;
    p.kind = QStringLiteral("whatsapp");
    REQUIRE(f.ws->clients().addPhone(p).ok());
}

} // namespace

TEST_CASE("the client list pages through every client A to Z with her number of cases", "[ui][clients]")
{
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    const int total = ui::ClientListModel::pageSize() * 2 + 17;
    // Three clients share each name (in mixed case), so pages end in the middle of a name.
    auto nameOf = [](int i) {
        return QStringLiteral("%1 %2")
            .arg(i % 2 ? QStringLiteral("klien") : QStringLiteral("Klien"))
            .arg(i / 3, 4, 10, QLatin1Char('0'));
    };
    for (int i = 0; i < total; ++i)
        addClient(f, nameOf(i));
    auto siti = addClient(f, QStringLiteral("aminah, Siti"), QStringLiteral("Sukamaju"), QStringLiteral("Cianjur"));
    f.addCase(siti.id);
    f.addCase(siti.id);

    ui::ClientListModel model(*f.ws);
    CHECK(model.totalCount() == total + 1);
    CHECK(model.rowCount() == 0); // rows come as the view asks
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == ui::ClientListModel::pageSize());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Names sort without regard to case: "aminah, Siti" comes before "Klien …".
    CHECK(model.rowAt(0)->client.fullName == QStringLiteral("aminah, Siti"));
    CHECK(model.data(model.index(0, ui::ClientListModel::Cases)).toString() == QStringLiteral("2"));
    CHECK(model.data(model.index(0, ui::ClientListModel::Home)).toString() == QStringLiteral("Sukamaju, Cianjur"));
    CHECK(model.data(model.index(0, ui::ClientListModel::NowIn)).toString() == QStringLiteral("Hong Kong"));
    CHECK(model.data(model.index(0, ui::ClientListModel::Status)).toString() == QStringLiteral("Abroad"));
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == total + 1);
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.rowAt(row)->client.id);
    CHECK(ids.size() == total + 1); // none twice, none left out
    for (int row = 1; row < model.rowCount(); ++row)
        CHECK(model.rowAt(row)->client.fullName.compare(nameOf(row - 1), Qt::CaseInsensitive) == 0);

    // Language switch: headers and labels follow.
    languages.setLanguage(QStringLiteral("id"));
    model.retranslate();
    CHECK(model.data(model.index(0, ui::ClientListModel::Status)).toString() == QStringLiteral("Di luar negeri"));
}

TEST_CASE("searching the client list finds her by part of her name and by phone", "[ui][clients]")
{
    test::WorkspaceFixture f;
    auto siti = addClient(f, QStringLiteral("Siti Aminah"), QStringLiteral("Sukamaju"), QStringLiteral("Cianjur"));
    auto wartini = addClient(f, QStringLiteral("Wartini"), QStringLiteral("Karangrejo"), QStringLiteral("Indramayu"));
    addClient(f, QStringLiteral("Dewi Lestari"));
    addPhone(f, wartini.id, QStringLiteral("+62 812-3456-7890"));

    ui::ClientListModel model(*f.ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSearchText(QStringLiteral("amin"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowAt(0)->client.id == siti.id);
    model.setSearchText(QStringLiteral("0812 3456"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowAt(0)->client.id == wartini.id);
    model.setSearchText(QStringLiteral("Karangrejo"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowAt(0)->client.id == wartini.id);
    model.setSearchText(QStringLiteral("tidak ada"));
    CHECK(model.rowCount() == 0);
    CHECK(model.totalCount() == 0);
    model.setSearchText(QString());
    CHECK(model.totalCount() == 3);
}

TEST_CASE("the clients page searches as she types and Enter opens the client", "[ui][clients]")
{
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    addClient(f, QStringLiteral("Dewi Lestari"));
    auto siti = addClient(f, QStringLiteral("Siti Aminah"));

    ui::ClientsPage page(*f.ws);
    page.resize(1000, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    // "2 clients" once the English plural forms are in the catalogue.
    CHECK(page.summary().startsWith(QStringLiteral("2 client")));
    auto *search = child<QLineEdit>(page, "clientSearch");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("siti"));
    REQUIRE(test::waitUntil([&] { return page.model()->searchText() == QStringLiteral("siti"); }));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.summary().startsWith(QStringLiteral("1 matching client")));

    QSignalSpy opened(&page, &ui::ClientsPage::clientActivated);
    QTest::keyClick(search, Qt::Key_Down); // into the list, first row selected
    auto *table = child<QTableView>(page, "clientTable");
    CHECK(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toString() == siti.id);

    QTest::keyClicks(search, QStringLiteral(" zzz"));
    REQUIRE(test::waitUntil([&] { return page.model()->searchText() == QStringLiteral("siti zzz"); }));
    auto *message = child<QLabel>(page, "clientListMessage");
    CHECK(message->isVisible());
    CHECK(message->text() == QStringLiteral("No client matches “siti zzz”."));

    // The page hears of the switch and relabels its rows.
    search->clear();
    REQUIRE(test::waitUntil([&] { return page.model()->searchText().isEmpty(); }));
    table->setFocus(); // the first page is fetched as the view shows
    REQUIRE(test::waitUntil([&] { return page.model()->rowCount() == 2; }));
    CHECK(page.model()->index(0, ui::ClientListModel::Status).data().toString() == QStringLiteral("Abroad"));
    languages.setLanguage(QStringLiteral("id"));
    REQUIRE(test::waitUntil([&] {
        return page.model()->index(0, ui::ClientListModel::Status).data().toString()
            == QStringLiteral("Di luar negeri");
    }));
}
