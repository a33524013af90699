#include "cases/CaseListModel.h"
#include "demo/DemoDataGenerator.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "support/WorkspaceFixture.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <memory>

using namespace lintas;
using ui::CaseListModel;

namespace {

constexpr int kCases = 320;

// One workspace with a few hundred demo cases, shared by the tests below (making it takes seconds).
test::WorkspaceFixture &demoWorkspace()
{
    static std::unique_ptr<test::WorkspaceFixture> fixture;
    if (!fixture) {
        auto made = std::make_unique<test::WorkspaceFixture>(31);
        REQUIRE(demo::DemoDataGenerator(*made->ws, 2024).generate({160, kCases, 200, 300, 1}).ok());
        fixture = std::move(made);
    }
    return *fixture;
}

void fetchAll(CaseListModel &model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

QStringList ids(const CaseListModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.caseAt(row)->id;
    return out;
}

QStringList ids(const QVector<repo::CaseListRow> &rows)
{
    QStringList out;
    for (const repo::CaseListRow &row : rows)
        out << row.id;
    return out;
}

QString text(const CaseListModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST_CASE("the case list pages through the cases a hundred at a time", "[ui][cases]")
{
    auto &f = demoWorkspace();
    QLocale::setDefault(ui::LanguageManager::localeFor(QStringLiteral("id")));
    CaseListModel model(*f.ws);
    CHECK(model.totalCount() == kCases);
    CHECK(model.rowCount() == 0); // nothing read until a view asks
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore(QModelIndex())) {
        const int before = model.rowCount();
        model.fetchMore(QModelIndex());
        CHECK(model.rowCount() == std::min(before + CaseListModel::pageSize(), kCases));
    }
    CHECK(model.rowCount() == kCases);
    CHECK_FALSE(model.loadError());

    auto expected = f.ws->cases().list({}, repo::CaseSort::RecentlyUpdated, kCases + 10);
    REQUIRE(expected.ok());
    CHECK(ids(model) == ids(*expected));
    const QStringList all = ids(model);
    CHECK(QSet<QString>(all.begin(), all.end()).size() == kCases);
}

TEST_CASE("the case list shows labels and dates in the current language", "[ui][cases]")
{
    auto &f = demoWorkspace();
    QLocale::setDefault(ui::LanguageManager::localeFor(QStringLiteral("id")));
    CaseListModel model(*f.ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fetchAll(model);

    int withDeadline = -1;
    for (int row = 0; row < model.rowCount() && withDeadline < 0; ++row) {
        if (model.caseAt(row)->nextDeadline.isValid())
            withDeadline = row;
    }
    REQUIRE(withDeadline >= 0);
    const repo::CaseListRow &c = *model.caseAt(withDeadline);
    CHECK(text(model, withDeadline, CaseListModel::Reference) == c.reference);
    CHECK(text(model, withDeadline, CaseListModel::Client) == c.clientName);
    CHECK(text(model, withDeadline, CaseListModel::Status)
        == domain::caseStatuses().label(c.status, domain::Language::Indonesian));
    CHECK(text(model, withDeadline, CaseListModel::OpenedOn)
        == QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(c.openedOn, QStringLiteral("d MMM yyyy")));
    CHECK_FALSE(text(model, withDeadline, CaseListModel::NextDeadline).isEmpty());
    REQUIRE_FALSE(c.caseTypes.isEmpty());
    CHECK(text(model, withDeadline, CaseListModel::CaseTypes)
              .contains(domain::caseTypes().label(c.caseTypes.first(), domain::Language::Indonesian)));

    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    QLocale::setDefault(ui::LanguageManager::localeFor(QStringLiteral("en")));
    model.retranslate();
    CHECK(headers.count() == 1);
    CHECK(data.count() == 1);
    CHECK(text(model, withDeadline, CaseListModel::Status)
        == domain::caseStatuses().label(c.status, domain::Language::English));
    CHECK(text(model, withDeadline, CaseListModel::OpenedOn)
        == QLocale(QLocale::English, QLocale::UnitedKingdom).toString(c.openedOn, QStringLiteral("d MMM yyyy")));
}

TEST_CASE("the case list sorts by the columns the repository can order by", "[ui][cases]")
{
    auto &f = demoWorkspace();
    CaseListModel model(*f.ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const struct {
        int column;
        repo::CaseSort sort;
    } sortable[] = {{CaseListModel::Reference, repo::CaseSort::Reference},
        {CaseListModel::Client, repo::CaseSort::ClientName}, {CaseListModel::OpenedOn, repo::CaseSort::RecentlyOpened},
        {CaseListModel::NextDeadline, repo::CaseSort::NextDeadline}};
    for (const auto &s : sortable) {
        model.setSortColumn(s.column);
        CHECK(model.sortColumn() == s.column);
        fetchAll(model);
        auto expected = f.ws->cases().list({}, s.sort, kCases + 10);
        REQUIRE(expected.ok());
        CHECK(ids(model) == ids(*expected));
    }
    CHECK_FALSE(CaseListModel::isSortable(CaseListModel::Status));
    model.setSortColumn(CaseListModel::Status);
    CHECK(model.sortColumn() == -1);
}

TEST_CASE("the case list searches as the user types", "[ui][cases]")
{
    auto &f = demoWorkspace();
    CaseListModel model(*f.ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fetchAll(model);
    const repo::CaseListRow target = *model.caseAt(5);

    SECTION("a reference finds its case first")
    {
        model.setSearchText(target.reference);
        REQUIRE(model.rowCount() >= 1);
        CHECK(model.caseAt(0)->id == target.id);
        CHECK(model.totalCount() == model.rowCount());
        CHECK_FALSE(model.canFetchMore(QModelIndex()));
    }
    SECTION("a client's name finds all of her cases")
    {
        model.setSearchText(target.clientName);
        repo::CaseFilter ofClient;
        ofClient.clientId = target.clientId;
        auto cases = f.ws->cases().list(ofClient, repo::CaseSort::Reference, 100);
        REQUIRE(cases.ok());
        const QStringList found = ids(model);
        for (const repo::CaseListRow &c : std::as_const(*cases))
            CHECK(found.contains(c.id));
    }
    SECTION("search results follow the chosen sort column")
    {
        model.setSortColumn(CaseListModel::Reference);
        model.setSearchText(QStringLiteral("gaji"));
        REQUIRE(model.rowCount() > 1);
        for (int row = 1; row < model.rowCount(); ++row)
            CHECK(model.caseAt(row - 1)->reference <= model.caseAt(row)->reference);
    }
    SECTION("nothing found is an empty list, and clearing the text lists everything again")
    {
        model.setSearchText(QStringLiteral("qqxqqzz"));
        CHECK(model.rowCount() == 0);
        CHECK(model.totalCount() == 0);
        CHECK_FALSE(model.loadError());
        model.setSearchText(QString());
        CHECK(model.totalCount() == kCases);
    }
}
