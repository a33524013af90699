#include "casework/CaseWorkspace.h"
#include "casework/TimelineTab.h"
#include "clients/ClientWorkspace.h"
#include "i18n/LanguageManager.h"
#include "support/WorkspaceFixture.h"
#include "ui/Screenshots.h"

#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>

#include <catch2/catch.hpp>

#include <memory>

using namespace lintas;

// The case workspace and the client workspace after unlocking, with what was typed before the
// lock put back. Render with
//   LINTAS_SCREENSHOT_DIR=docs/screenshots <build>/tests/lintas-tests-ui-unsaved "[.screenshots]"
TEST_CASE("screenshots of input put back after a lock", "[.screenshots]")
{
    const QString out = test::screenshotDir();
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    test::switchLanguageNow(languages, QStringLiteral("id"));
    domain::Client c;
    c.fullName = QStringLiteral("Wartini");
    c.gender = QStringLiteral("female");
    c.status = QStringLiteral("abroad");
    c.currentCountry = QStringLiteral("hk");
    c.currentCity = QStringLiteral("Tsuen Wan");
    c.regency = QStringLiteral("Indramayu");
    c.province = QStringLiteral("Jawa Barat");
    const domain::Client client = f.ws->clients().create(c).value();
    const domain::Case kase = f.addCase(client.id);

    auto caseWorkspace = std::make_unique<ui::CaseWorkspace>(*f.ws, QStringLiteral("Dewi Lestari"));
    REQUIRE(caseWorkspace->openCase(kase.id));
    caseWorkspace->tabs()->setCurrentWidget(caseWorkspace->timeline());
    caseWorkspace->findChild<QPlainTextEdit *>(QStringLiteral("noteBody"))
        ->setPlainText(QStringLiteral("Telepon dengan Wartini: majikan di Tsuen Wan belum membayar gaji Oktober dan "
                                      "menahan paspornya. Agensi di Mong Kok tidak mengangkat telepon."));
    caseWorkspace->saveBeforeClosing();
    auto client2 = std::make_unique<ui::ClientWorkspace>(*f.ws, QStringLiteral("Dewi Lestari"));
    REQUIRE(client2->openClient(client.id));
    client2->findChild<QLineEdit *>(QStringLiteral("client_nik"))->setText(QStringLiteral("3212 0845 0190"));
    client2->saveBeforeClosing();
    f.clock.advanceMs(20 * 60'000);

    caseWorkspace = std::make_unique<ui::CaseWorkspace>(*f.ws, QStringLiteral("Dewi Lestari"));
    caseWorkspace->resize(1100, 640);
    caseWorkspace->show();
    REQUIRE(caseWorkspace->openCase(kase.id));
    client2 = std::make_unique<ui::ClientWorkspace>(*f.ws, QStringLiteral("Dewi Lestari"));
    client2->resize(1100, 640);
    client2->show();
    REQUIRE(client2->openClient(client.id));
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        test::switchLanguageNow(languages, language);
        test::saveScreenshot(*caseWorkspace, out, QStringLiteral("kept-input-case-%1.png").arg(language));
        test::saveScreenshot(*client2, out, QStringLiteral("kept-input-client-%1.png").arg(language));
    }
}
