#include "i18n/LanguageManager.h"
#include "parties/CasePartiesPanel.h"
#include "parties/PartiesPage.h"
#include "parties/PartyListModel.h"
#include "ui/Screenshots.h"
#include "ui/parties/PartyTestData.h"

#include <QDir>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

domain::Party party(test::WorkspaceFixture &f, const QString &name, const QString &kind, const QString &country,
    const QString &licence = {}, const QString &phone = {}, const QString &address = {}, const QString &notes = {})
{
    domain::Party p;
    p.name = name;
    p.kind = kind;
    p.country = country;
    p.licenceNo = licence;
    p.phone = phone;
    p.address = address;
    p.notes = notes;
    auto r = f.ws->parties().create(p);
    REQUIRE(r.ok());
    return *r;
}

} // namespace

// Not a check: renders the parties page and a case's Parties tab for docs/screenshots/ in both
// languages. Start it with
//   LINTAS_SCREENSHOT_DIR=docs/screenshots <build>/tests/lintas-tests-ui-parties "[.screenshots]"
TEST_CASE("screenshots of the parties page and a case's Parties tab", "[.screenshots]")
{
    const QString out = test::screenshotDir();

    test::WorkspaceFixture f;
    const auto golden = party(f, QStringLiteral("Golden Star Employment Agency"), QStringLiteral("agency_overseas"),
        QStringLiteral("hk"), QStringLiteral("EA 51234"), QStringLiteral("+852 2388 1234"),
        QStringLiteral("Rm 1203, Nathan Centre, 580 Nathan Road, Mong Kok"),
        QStringLiteral("Charges placement fees above the 10% limit; several workers say their passports were "
                       "kept in the office."));
    const auto duta = party(f, QStringLiteral("PT Duta Mitra Sejahtera"), QStringLiteral("p3mi"), QStringLiteral("id"),
        QStringLiteral("SIP 2/1293/2021"), QStringLiteral("0231 881 234"),
        QStringLiteral("Jl. Raya Cirebon–Indramayu Km 12, Indramayu"));
    const auto blk = party(f, QStringLiteral("LPK Bina Karya Mandiri"), QStringLiteral("training_centre_blk"),
        QStringLiteral("id"), {}, {}, QStringLiteral("Ds. Kertasemaya, Indramayu"));
    const auto chan = party(f, QStringLiteral("Chan Tai Man"), QStringLiteral("employer"), QStringLiteral("hk"), {},
        QStringLiteral("+852 9123 4567"), QStringLiteral("Flat 8C, Block 3, Tai Po Centre"));
    const auto wong = party(f, QStringLiteral("Wong Mei Ling"), QStringLiteral("employer"), QStringLiteral("hk"));
    const auto lender = party(f, QStringLiteral("Koperasi Simpan Pinjam Sejahtera Abadi"),
        QStringLiteral("moneylender"), QStringLiteral("id"));
    const auto darto = party(f, QStringLiteral("Pak Darto (sponsor desa)"), QStringLiteral("broker_sponsor"),
        QStringLiteral("id"), {}, QStringLiteral("0812 2345 6789"));
    party(f, QStringLiteral("Kowloon Care Employment Centre"), QStringLiteral("agency_overseas"), QStringLiteral("hk"),
        QStringLiteral("EA 48810"));
    party(f, QStringLiteral("Lee Ka Wai"), QStringLiteral("employer"), QStringLiteral("hk"));
    party(f, QStringLiteral("PT Graha Insan Mandiri"), QStringLiteral("p3mi"), QStringLiteral("id"),
        QStringLiteral("SIP 2/0877/2019"));

    struct Story {
        QString client;
        QStringList types;
    };
    const QVector<Story> stories {
        {QStringLiteral("Siti Aminah"), {QStringLiteral("unpaid_wages")}},
        {QStringLiteral("Rina Marlina"), {QStringLiteral("agency_overcharging")}},
        {QStringLiteral("Nur Hidayah"), {QStringLiteral("unpaid_wages")}},
        {QStringLiteral("Sri Wahyuni"), {QStringLiteral("agency_overcharging")}},
    };
    QVector<domain::Case> cases;
    for (const Story &s : stories)
        cases << f.addCase(f.addClient(s.client).id, s.types);
    for (const domain::Case &c : cases)
        test::linkParty(f, c.id, golden.id, QStringLiteral("agency"));
    test::linkParty(f, cases[0].id, chan.id, QStringLiteral("employer"));
    test::linkParty(f, cases[0].id, duta.id, QStringLiteral("agency"));
    test::linkParty(f, cases[0].id, blk.id, QStringLiteral("trainer"));
    test::linkParty(f, cases[0].id, lender.id, QStringLiteral("lender"));
    test::linkParty(f, cases[0].id, darto.id, QStringLiteral("other"));
    test::linkParty(f, cases[1].id, wong.id, QStringLiteral("employer"));
    test::linkParty(f, cases[1].id, duta.id, QStringLiteral("agency"));
    test::linkParty(f, cases[2].id, duta.id, QStringLiteral("agency"));
    test::linkParty(f, cases[3].id, lender.id, QStringLiteral("lender"));

    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("id"));
    {
        ui::PartiesPage page(*f.ws);
        page.resize(1180, 720);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        REQUIRE(page.showParty(golden.id));
        test::saveScreenshot(page, out, QStringLiteral("parties-id.png"));
        test::switchLanguageNow(languages, QStringLiteral("en"));
        test::saveScreenshot(page, out, QStringLiteral("parties-en.png"));
        test::switchLanguageNow(languages, QStringLiteral("id"));
    }
    {
        ui::CasePartiesPanel panel(*f.ws);
        panel.setCase(cases[0].id);
        panel.resize(900, 420);
        panel.show();
        REQUIRE(QTest::qWaitForWindowExposed(&panel));
        test::saveScreenshot(panel, out, QStringLiteral("case-parties-id.png"));
        test::switchLanguageNow(languages, QStringLiteral("en"));
        test::saveScreenshot(panel, out, QStringLiteral("case-parties-en.png"));
    }
}
