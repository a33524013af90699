#include "clients/ClientConsentsTab.h"
#include "clients/ClientPhonesTab.h"
#include "clients/ClientWorkspace.h"
#include "clients/ClientsPage.h"
#include "i18n/LanguageManager.h"
#include "support/WorkspaceFixture.h"
#include "transfer/DirectorySeeder.h"
#include "ui/Screenshots.h"

#include <QDir>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

struct Person {
    const char *name;
    const char *aliases;
    const char *village;
    const char *regency;
    const char *province;
    const char *country;
    const char *city;
    const char *status;
    int cases;
};

const Person kPeople[] = {
    {"Siti Aminah", "Siti, Ami", "Sukamaju", "Cianjur", "Jawa Barat", "hk", "Kowloon", "abroad", 2},
    {"Wartini", "Tini", "Karangrejo", "Indramayu", "Jawa Barat", "hk", "Tsuen Wan", "abroad", 1},
    {"Dewi Lestari", "", "Sidomulyo", "Ponorogo", "Jawa Timur", "id", "Ponorogo", "returned", 1},
    {"Sri Wahyuni binti Karto", "Yuni", "Banjarsari", "Cilacap", "Jawa Tengah", "tw", "Taichung", "abroad", 3},
    {"Nur Hasanah", "Hasanah, Nunung", "Labuhan Haji", "Lombok Timur", "Nusa Tenggara Barat", "sa", "Riyadh", "missing",
        1},
    {"Ani Suryani", "", "Way Jepara", "Lampung Timur", "Lampung", "my", "Johor Bahru", "in_transit", 0},
    {"Kartini", "Tini K.", "Gondanglegi", "Malang", "Jawa Timur", "sg", "Singapore", "abroad", 1},
    {"Endang Susilowati", "Endang", "Pagerbarang", "Tegal", "Jawa Tengah", "id", "Tegal", "returned", 2},
    {"Yuliana Mbete", "Yuli", "Oesao", "Kupang", "Nusa Tenggara Timur", "hk", "Sha Tin", "abroad", 1},
    {"Rohmah", "Romah, Rohmah Ali", "Kalirejo", "Lampung Tengah", "Lampung", "ae", "Dubai", "abroad", 0},
    {"Tuminah", "", "Kedungreja", "Cilacap", "Jawa Tengah", "id", "Cilacap", "returned", 1},
    {"Marni Sulistyowati", "Marni", "Ngadirejo", "Blitar", "Jawa Timur", "hk", "Yuen Long", "abroad", 1},
};

QString fillProfile(test::WorkspaceFixture &f)
{
    REQUIRE(transfer::DirectorySeeder(*f.ws).seedBundled().ok());
    QString first;
    for (const Person &p : kPeople) {
        domain::Client c;
        c.fullName = QString::fromUtf8(p.name);
        c.aliases = QString::fromUtf8(p.aliases).split(QStringLiteral(", "), Qt::SkipEmptyParts);
        c.gender = QStringLiteral("female");
        c.village = QString::fromUtf8(p.village);
        c.regency = QString::fromUtf8(p.regency);
        c.province = QString::fromUtf8(p.province);
        c.currentCountry = QString::fromUtf8(p.country);
        c.currentCity = QString::fromUtf8(p.city);
        c.status = QString::fromUtf8(p.status);
        auto created = f.ws->clients().create(c);
        REQUIRE(created.ok());
        for (int i = 0; i < p.cases; ++i)
            f.addCase(created->id);
        if (first.isEmpty())
            first = created->id;
    }
    // The first client in full, as a caseworker would have her after a few visits.
    domain::Client siti = f.ws->clients().get(first).value();
    siti.birthDate = QDate(1991, 4, 17);
    siti.nik = QStringLiteral("3203015704910002");
    siti.passportNo = QStringLiteral("C4471208");
    siti.district = QStringLiteral("Cibeber");
    siti.address = QStringLiteral("Kp. Babakan RT 02/RW 05");
    siti.nextOfKinName = QStringLiteral("Ibu Entin");
    siti.nextOfKinRelation = QStringLiteral("mother");
    siti.nextOfKinPhone = QStringLiteral("+62 857 2210 4431");
    siti.preferredLanguage = QStringLiteral("Bahasa Indonesia, Sunda");
    siti.notes = QStringLiteral("Call only on Sundays; her employer checks her phone.");
    REQUIRE(f.ws->clients().update(siti).ok());
    const struct {
        const char *number;
        const char *kind;
        QDate from;
        QDate until;
        const char *note;
    } phones[] = {
        {"+62 857 2210 9876", "mobile", QDate(2019, 3, 1), QDate(2022, 6, 30), "before she left"},
        {"+852 6123 4567", "whatsapp", QDate(2022, 7, 4), QDate(2025, 1, 15), "first employer"},
        {"+852 9432 1188", "whatsapp", QDate(2025, 1, 20), QDate(), "Sundays only"},
    };
    for (const auto &ph : phones) {
        domain::ClientPhone p;
        p.clientId = first;
        p.number = QString::fromUtf8(ph.number);
        p.kind = QString::fromUtf8(ph.kind);
        p.validFrom = ph.from;
        p.validUntil = ph.until;
        p.note = QString::fromUtf8(ph.note);
        REQUIRE(f.ws->clients().addPhone(p).ok());
    }
    const struct {
        const char *recipient;
        const char *scope;
        const char *purpose;
        const char *method;
        QDate given;
        QDate withdrawn;
    } consents[] = {
        {"Konsulat Jenderal Republik Indonesia (KJRI) Hong Kong", "case summary, passport details",
            "recover her passport from the agency", "Signed", QDate(2026, 9, 6), QDate()},
        {"Mission for Migrant Workers", "case summary, contact details", "shelter while the claim runs", "Spoken",
            QDate(2026, 9, 13), QDate(2026, 10, 25)},
        {"LBH Bandung", "full case file", "legal advice on unpaid wages", "By message (WhatsApp)", QDate(2026, 10, 25),
            QDate()},
    };
    for (const auto &cs : consents) {
        domain::Consent c;
        c.clientId = first;
        c.recipient = QString::fromUtf8(cs.recipient);
        c.scope = QString::fromUtf8(cs.scope);
        c.purpose = QString::fromUtf8(cs.purpose);
        c.method = QString::fromUtf8(cs.method);
        c.givenOn = cs.given;
        c.withdrawnOn = cs.withdrawn;
        c.recordedBy = QStringLiteral("Dewi");
        REQUIRE(f.ws->consents().create(c).ok());
    }
    return first;
}

} // namespace

// Not a check: renders the client screens for docs/screenshots/ in both languages. Start it with
//   LINTAS_SCREENSHOT_DIR=docs/screenshots <build>/tests/lintas-tests-ui-clients "[.screenshots]"
TEST_CASE("screenshots of the client list and the client workspace", "[.screenshots]")
{
    const QString out = test::screenshotDir();
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    const QString sitiId = fillProfile(f);

    ui::ClientsPage page(*f.ws);
    page.resize(1100, 560);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        test::switchLanguageNow(languages, language);
        page.refresh();
        page.selectClient(sitiId);
        test::saveScreenshot(page, out, QStringLiteral("clients-%1.png").arg(language));
    }

    ui::ClientWorkspace workspace(*f.ws, QStringLiteral("Dewi"));
    REQUIRE(workspace.openClient(sitiId));
    workspace.resize(1100, 720);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        test::switchLanguageNow(languages, language);
        workspace.tabs()->setCurrentIndex(0);
        test::saveScreenshot(workspace, out, QStringLiteral("client-%1.png").arg(language));
        workspace.tabs()->setCurrentWidget(workspace.phones());
        workspace.phones()->findChild<QTableView *>(QStringLiteral("phoneTable"))->selectRow(0);
        test::saveScreenshot(workspace, out, QStringLiteral("client-phones-%1.png").arg(language));
        workspace.tabs()->setCurrentWidget(workspace.consents());
        workspace.consents()->findChild<QTableView *>(QStringLiteral("consentTable"))->selectRow(0);
        test::saveScreenshot(workspace, out, QStringLiteral("client-consents-%1.png").arg(language));
    }
}
