#include "activities/ActivityListModel.h"
#include "i18n/LanguageManager.h"
#include "repo/ActivityList.h"
#include "ui/activities/ActivityTestData.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace lintas;
using ui::ActivityListModel;

namespace {

QString text(const ActivityListModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

void fetchAll(ActivityListModel &model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

} // namespace

TEST_CASE("the activity list pages newest first and sums participants per gender", "[ui][activities]")
{
    test::WorkspaceFixture f;
    QLocale::setDefault(ui::LanguageManager::localeFor(QStringLiteral("en")));
    // 250 activities over 25 days, ten a day: paging must not skip or repeat any of a day's.
    {
        auto tx = f.ws->database().begin();
        REQUIRE(tx.ok());
        for (int i = 0; i < 250; ++i)
            test::addActivity(f, QDate(2026, 10, 1).addDays(i / 10), QStringLiteral("Diskusi %1").arg(i), i % 7, i % 3,
                i % 5 == 0 ? QStringLiteral("training") : QStringLiteral("village_discussion"));
        REQUIRE(tx->commit().ok());
    }
    ActivityListModel model(*f.ws);
    CHECK(model.totals().activities == 250);
    CHECK(model.rowCount() == 0); // nothing read until a view asks
    model.fetchMore(QModelIndex());
    CHECK(model.rowCount() == ActivityListModel::pageSize());
    // The tester asks for more rows itself, as a view does.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    qint64 women = 0;
    qint64 men = 0;
    for (int i = 0; i < 250; ++i) {
        women += i % 7;
        men += i % 3;
    }
    CHECK(model.totals().byGender.value(QStringLiteral("female")) == women);
    CHECK(model.totals().byGender.value(QStringLiteral("male")) == men);
    CHECK(model.totals().participants == women + men);

    fetchAll(model);
    REQUIRE(model.rowCount() == 250);
    QSet<QString> ids;
    qint64 listedWomen = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const repo::ActivityListRow &a = *model.activityAt(row);
        ids.insert(a.id);
        listedWomen += a.byGender.value(QStringLiteral("female"));
        if (row > 0)
            CHECK(model.activityAt(row - 1)->heldOn >= a.heldOn); // newest first
        const int rowWomen = text(model, row, ActivityListModel::genderColumn(QStringLiteral("female"))).toInt();
        const int rowMen = text(model, row, ActivityListModel::genderColumn(QStringLiteral("male"))).toInt();
        CHECK(text(model, row, ActivityListModel::Participants).toInt() == rowWomen + rowMen);
    }
    CHECK(ids.size() == 250);
    CHECK(listedWomen == women);
    CHECK(text(model, 0, ActivityListModel::HeldOn) == QStringLiteral("25 Oct 2026"));
    CHECK(text(model, 0, ActivityListModel::Place) == QStringLiteral("Sukamaju, Kabupaten Malang"));
    CHECK(model.headerData(ActivityListModel::genderColumn(QStringLiteral("female")), Qt::Horizontal).toString()
        == QStringLiteral("Women"));

    // A period and a kind: the first five days' trainings (every fifth activity).
    model.setFilter({QDate(2026, 10, 1), QDate(2026, 10, 5), QStringLiteral("training")});
    CHECK(model.totals().activities == 10);
    fetchAll(model);
    REQUIRE(model.rowCount() == 10);
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK(model.activityAt(row)->kind == QStringLiteral("training"));
        CHECK(model.activityAt(row)->heldOn <= QDate(2026, 10, 5));
    }
    CHECK(text(model, 0, ActivityListModel::Kind) == QStringLiteral("Training"));

    // Deleted activities leave the list and the totals.
    const QString gone = model.activityAt(0)->id;
    const qint64 goneCount = model.activityAt(0)->participants;
    const qint64 before = model.totals().participants;
    REQUIRE(f.ws->activities().remove(gone).ok());
    model.reload();
    fetchAll(model);
    CHECK(model.totals().activities == 9);
    CHECK(model.totals().participants == before - goneCount);
    CHECK(model.rowOf(gone) == -1);
}

TEST_CASE("the activity list relabels kinds, dates and headers in the new language", "[ui][activities]")
{
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    test::addActivity(f, QDate(2026, 8, 17), QStringLiteral("Diskusi migrasi aman"), 20, 6);
    ActivityListModel model(*f.ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fetchAll(model);
    REQUIRE(model.rowCount() == 1);
    CHECK(text(model, 0, ActivityListModel::Kind) == QStringLiteral("Village discussion"));
    CHECK(text(model, 0, ActivityListModel::HeldOn) == QStringLiteral("17 Aug 2026"));
    const int other = ActivityListModel::genderColumn(QStringLiteral("other"));
    CHECK(model.headerData(other, Qt::Horizontal).toString() == QStringLiteral("Other"));

    QSignalSpy headers(&model, &ActivityListModel::headerDataChanged);
    QSignalSpy cells(&model, &ActivityListModel::dataChanged);
    languages.setLanguage(QStringLiteral("id"));
    model.retranslate(); // the page does this on LanguageChange
    CHECK(headers.count() == 1);
    CHECK(cells.count() == 1);
    CHECK(text(model, 0, ActivityListModel::Kind) == QStringLiteral("Diskusi desa"));
    CHECK(text(model, 0, ActivityListModel::HeldOn) == QStringLiteral("17 Agu 2026"));
    CHECK(model.headerData(other, Qt::Horizontal).toString() == QStringLiteral("Lainnya"));
    CHECK(model.headerData(ActivityListModel::Title, Qt::Horizontal).toString()
        == QCoreApplication::translate("lintas::ui::ActivityListModel", "Title"));
}

TEST_CASE("an activity and its counts are saved together or not at all", "[ui][activities]")
{
    test::WorkspaceFixture f;
    const domain::Activity a = test::addActivity(f, QDate(2026, 9, 2), QStringLiteral("Sosialisasi"), 12, 4);
    const int outbox = f.outboxCount();

    // A refused cell (an unknown age band) leaves the activity's title as it was.
    domain::Activity renamed = a;
    renamed.title = QStringLiteral("Sosialisasi PMI");
    auto refused = repo::saveActivity(*f.ws, renamed,
        {test::cell(QStringLiteral("female"), QStringLiteral("25_34"), 13),
            test::cell(QStringLiteral("female"), QStringLiteral("centenarians"), 1)});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("counts.female.centenarians"));
    CHECK(f.ws->activities().get(a.id)->title == QStringLiteral("Sosialisasi"));
    CHECK(f.outboxCount() == outbox);

    // Only what changed is written: the title and one cell; a cell left out is set to 0.
    auto saved = repo::saveActivity(*f.ws, renamed,
        {test::cell(QStringLiteral("female"), QStringLiteral("25_34"), 12),
            test::cell(QStringLiteral("male"), QStringLiteral("35_44"), 5)});
    REQUIRE(saved.ok());
    CHECK(f.outboxCount() == outbox + 2);
    auto totals = repo::ActivityList(f.ws->database()).totals({});
    REQUIRE(totals.ok());
    CHECK(totals->participants == 17);
    REQUIRE(repo::saveActivity(*f.ws, renamed, {test::cell(QStringLiteral("male"), QStringLiteral("35_44"), 5)}).ok());
    CHECK(repo::ActivityList(f.ws->database()).totals({})->byGender.value(QStringLiteral("female")) == 0);
}
