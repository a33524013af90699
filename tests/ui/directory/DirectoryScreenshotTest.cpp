#include "directory/DirectoryPage.h"
#include "i18n/LanguageManager.h"
#include "support/WorkspaceFixture.h"
#include "transfer/DirectorySeeder.h"
#include "ui/Screenshots.h"

#include <QDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lintas;

// Not a check: renders the directory page for docs/screenshots/ in both languages. Start it with
//   LINTAS_SCREENSHOT_DIR=docs/screenshots <build>/tests/lintas-tests-ui-directory "[.screenshots]"
TEST_CASE("screenshots of the organisation directory", "[.screenshots]")
{
    const QString out = test::screenshotDir();

    ui::LanguageManager languages;
    // The seed's texts are in one language per profile: each language gets its own profile.
    for (const QString &code : {QStringLiteral("id"), QStringLiteral("en")}) {
        test::WorkspaceFixture f;
        languages.setLanguage(code);
        const auto language = code == QStringLiteral("id") ? domain::Language::Indonesian : domain::Language::English;
        REQUIRE(transfer::DirectorySeeder(*f.ws, language).seedIfNeverSeeded().ok());
        ui::DirectoryPage page(*f.ws);
        page.resize(1180, 760);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        REQUIRE(page.showOrganisation(transfer::DirectorySeeder::idForSeedKey(QStringLiteral("hk_labour_department"))));
        test::saveScreenshot(page, out, QStringLiteral("directory-%1.png").arg(code));
    }
}
