#include "activities/ActivitiesPage.h"
#include "activities/ActivityEditor.h"
#include "activities/ActivityFilterBar.h"
#include "activities/ActivityListModel.h"
#include "demo/DemoDataGenerator.h"
#include "i18n/LanguageManager.h"
#include "support/WorkspaceFixture.h"
#include "ui/Screenshots.h"

#include <QDir>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lintas;

// Not a check: renders the activity screens for docs/screenshots/ in both languages. Start it with
//   LINTAS_SCREENSHOT_DIR=docs/screenshots <build>/tests/lintas-tests-ui-activities "[.screenshots]"
TEST_CASE("screenshots of the activity list and the activity editor", "[.screenshots]")
{
    const QString out = test::screenshotDir();

    test::WorkspaceFixture f;
    REQUIRE(demo::DemoDataGenerator(*f.ws, 2024).generate({1, 1, 0, 0, 80}).ok());
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("id"));
    ui::ActivitiesPage page(*f.ws, nullptr);
    page.resize(1180, 720);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    // A mentor's yearly report: this year's activities.
    page.filterBar()->setPeriod(ui::ActivityFilterBar::ThisYear);
    page.table()->selectRow(1);
    test::saveScreenshot(page, out, QStringLiteral("activities-id.png"));
    test::switchLanguageNow(languages, QStringLiteral("en"));
    test::saveScreenshot(page, out, QStringLiteral("activities-en.png"));

    // A training given in stages, open in the editor.
    QString training;
    for (int row = 0; row < page.model()->rowCount() && training.isEmpty(); ++row) {
        if (page.model()->activityAt(row)->kind == QStringLiteral("training"))
            training = page.model()->activityAt(row)->id;
    }
    REQUIRE_FALSE(training.isEmpty());
    REQUIRE(page.openActivity(training));
    test::switchLanguageNow(languages, QStringLiteral("id"));
    test::saveScreenshot(page, out, QStringLiteral("activity-editor-id.png"));
    test::switchLanguageNow(languages, QStringLiteral("en"));
    test::saveScreenshot(page, out, QStringLiteral("activity-editor-en.png"));
}
