#include "i18n/LanguageManager.h"
#include "referrals/CaseReferralsPanel.h"
#include "support/WorkspaceFixture.h"
#include "transfer/DirectorySeeder.h"
#include "ui/Screenshots.h"

#include <QDir>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

QString organisationNamed(test::WorkspaceFixture &f, const QString &prefix)
{
    auto all = f.ws->organisations().list(QString(), 5000);
    REQUIRE(all.ok());
    for (const domain::Organisation &o : *all) {
        if (o.name.startsWith(prefix))
            return o.id;
    }
    FAIL("no organisation " << prefix.toStdString());
    return {};
}

} // namespace

// Not a check: renders the referrals panel for docs/screenshots/ in both languages. Start it with
//   LINTAS_SCREENSHOT_DIR=docs/screenshots <build>/tests/lintas-tests-ui-referrals "[.screenshots]"
TEST_CASE("screenshots of a case's referrals", "[.screenshots]")
{
    const QString out = test::screenshotDir();
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    REQUIRE(transfer::DirectorySeeder(*f.ws).seedBundled().ok());
    const domain::Client siti = f.addClient(QStringLiteral("Siti Aminah"));
    const domain::Case kase = f.addCase(siti.id);
    const QString kjri = organisationNamed(f, QStringLiteral("Konsulat Jenderal Republik Indonesia (KJRI) Hong Kong"));
    const QString labour = organisationNamed(f, QStringLiteral("Labour Department (Hong Kong)"));

    domain::Consent consent;
    consent.clientId = siti.id;
    consent.recipient = QStringLiteral("Konsulat Jenderal Republik Indonesia (KJRI) Hong Kong");
    consent.organisationId = kjri;
    consent.scope = QStringLiteral("case summary, passport details");
    consent.purpose = QStringLiteral("recover her passport from the agency");
    consent.method = QStringLiteral("Signed");
    consent.givenOn = QDate(2026, 9, 6);
    consent.recordedBy = QStringLiteral("Dewi");
    consent = f.ws->consents().create(consent).value();

    domain::Referral toKjri;
    toKjri.caseId = kase.id;
    toKjri.organisationId = kjri;
    toKjri.consentId = consent.id;
    toKjri.reason = QStringLiteral("Agency in Mong Kok holds her passport");
    toKjri.status = QStringLiteral("accepted");
    toKjri.sentOn = QDate(2026, 9, 8);
    toKjri.respondedOn = QDate(2026, 9, 15);
    toKjri.feedback = QStringLiteral("Consular officer called the agency; passport to be returned on 22 Sep.");
    REQUIRE(f.ws->referrals().create(toKjri).ok());
    domain::Referral toLabour;
    toLabour.caseId = kase.id;
    toLabour.organisationId = labour;
    toLabour.reason = QStringLiteral("Conciliation meeting on four months of unpaid wages");
    REQUIRE(f.ws->referrals().create(toLabour).ok());

    ui::CaseReferralsPanel panel(*f.ws);
    panel.setCase(kase.id);
    panel.resize(1100, 640);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        languages.setLanguage(language);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        panel.findChild<QTableView *>(QStringLiteral("referralTable"))->selectRow(1); // the one to the consulate
        QCoreApplication::processEvents();
        REQUIRE(panel.grab().save(QDir(out).filePath(QStringLiteral("case-referrals-%1.png").arg(language))));
    }
}
