#include "print/HandOffSheet.h"
#include "print/HandOffDialog.h"
#include "ui/UiWait.h"
#include "ui/print/PrintFixture.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <catch2/catch.hpp>

using namespace lintas;
using test::pdfPages;
using test::pdfText;

namespace {

ui::HandOffDetails details()
{
    ui::HandOffDetails d;
    d.handedOverByName = QStringLiteral("Dewi Lestari");
    d.handedOverByOrganisation = QStringLiteral("IMWU Hong Kong");
    d.receivedByName = QStringLiteral("Ahmad Fauzi");
    d.receivedByOrganisation = QStringLiteral("LBH Bandar Lampung");
    d.place = QStringLiteral("Hong Kong");
    d.date = QDate(2026, 11, 18);
    d.documents = {QStringLiteral("Copy of passport"), QString(), QStringLiteral("  Payslips January–June 2026 "),
        QStringLiteral("Labour Department referral letter")};
    return d;
}

} // namespace

TEST_CASE("the hand-over record names both sides, the case and the numbered documents", "[ui][print]")
{
    test::PrintFixture f;
    ui::LanguageManager languages;
    test::switchLanguage(languages, QStringLiteral("en"));
    const QString path = f.dir.file(QStringLiteral("handoff-en.pdf"));
    REQUIRE(ui::HandOffSheet::saveAsPdf(*f.ws, f.kase.id, details(), path).ok());
    if (!test::havePoppler()) {
        WARN("pdftotext is not installed: the text of the record is not checked");
        return;
    }
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("CASE HAND-OVER RECORD")));
    CHECK(text.contains(QStringLiteral("Dewi Lestari")));
    CHECK(text.contains(QStringLiteral("IMWU Hong Kong")));
    CHECK(text.contains(QStringLiteral("Ahmad Fauzi")));
    CHECK(text.contains(QStringLiteral("LBH Bandar Lampung")));
    CHECK(text.contains(QStringLiteral("18 Nov 2026")));
    CHECK(text.contains(f.kase.reference));
    CHECK(text.contains(QStringLiteral("Siti Aminah")));
    CHECK(text.contains(QStringLiteral("Four months of wages and the agency fee back.")));
    CHECK(text.contains(QStringLiteral("HK$5,100 claimed, HK$1,000 paid so far")));
    CHECK(text.contains(QStringLiteral("29 Jun 2027 — File at MECAB within 12 months")));
    // Done deadlines are not handed over as open.
    CHECK_FALSE(text.contains(QStringLiteral("Copy the payslips")));
    // The blank line is dropped and the rest numbered in order.
    CHECK(text.contains(QStringLiteral("1 Copy of passport")));
    CHECK(text.contains(QStringLiteral("2 Payslips January–June 2026")));
    CHECK(text.contains(QStringLiteral("3 Labour Department referral letter")));
    CHECK(text.contains(QStringLiteral("Handed over by,")));
    CHECK(text.contains(QStringLiteral("Received by,")));
    CHECK(text.contains(QStringLiteral("(signature)")));
    CHECK(text.contains(QStringLiteral("(signature or thumbprint)")));
    CHECK(text.contains(QStringLiteral("This record is made truthfully")));
    CHECK(text.contains(QStringLiteral("Confidential — contains personal data")));
    CHECK_FALSE(text.contains(test::PrintFixture::kNik));
    CHECK_FALSE(text.contains(test::PrintFixture::kSecretNote));
    const int pages = pdfPages(path);
    CHECK(pages >= 1);
    CHECK(pages <= 2);
}

TEST_CASE("the hand-over record in Indonesian", "[ui][print]")
{
    test::PrintFixture f;
    ui::LanguageManager languages;
    test::switchLanguage(languages, QStringLiteral("id"));
    const QString path = f.dir.file(QStringLiteral("handoff-id.pdf"));
    REQUIRE(ui::HandOffSheet::saveAsPdf(*f.ws, f.kase.id, details(), path).ok());
    if (!test::havePoppler()) {
        WARN("pdftotext is not installed: the text of the record is not checked");
        return;
    }
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("HK$5.100")));
    CHECK(text.contains(QStringLiteral("Gaji tidak dibayar")));
    CHECK(text.contains(QStringLiteral("29 Jun 2027")));
    if (test::isTranslated("lintas::ui::HandOffSheet", "CASE HAND-OVER RECORD")) {
        CHECK(text.contains(QStringLiteral("BERITA ACARA SERAH TERIMA KASUS")));
        CHECK(text.contains(QStringLiteral("Yang menyerahkan,")));
        CHECK(text.contains(QStringLiteral("Yang menerima,")));
        CHECK(text.contains(QStringLiteral("Demikian berita acara ini dibuat dengan sebenarnya")));
    } else {
        WARN("the Indonesian catalogue does not have the hand-over record's strings yet: labels not checked");
    }
}

TEST_CASE("a hand-over record without names prints lines to fill in", "[ui][print]")
{
    test::PrintFixture f;
    ui::LanguageManager languages;
    test::switchLanguage(languages, QStringLiteral("en"));
    const auto sheet = ui::HandOffSheet::build(*f.ws, f.kase.id, {});
    REQUIRE(sheet.ok());
    CHECK(sheet->html().contains(QStringLiteral("......")));
    CHECK(sheet->html().contains(QStringLiteral("No documents are handed over")));
}

TEST_CASE("the hand-over dialog keeps what was typed when the save fails", "[ui][print]")
{
    test::PrintFixture f;
    domain::Organisation lbh;
    lbh.name = QStringLiteral("LBH Bandar Lampung");
    lbh.kind = QStringLiteral("legal_aid");
    lbh.country = QStringLiteral("id");
    f.create(f.ws->organisations(), lbh);
    ui::LanguageManager languages;
    test::switchLanguage(languages, QStringLiteral("en"));

    ui::HandOffDialog dialog(*f.ws, f.kase.id, QStringLiteral("Dewi Lestari"));
    auto *handedOverBy = dialog.findChild<QLineEdit *>(QStringLiteral("handedOverByEdit"));
    auto *receivedBy = dialog.findChild<QLineEdit *>(QStringLiteral("receivedByEdit"));
    auto *receivingOrg = dialog.findChild<QComboBox *>(QStringLiteral("receivedOrganisationCombo"));
    auto *place = dialog.findChild<QLineEdit *>(QStringLiteral("placeEdit"));
    auto *documents = dialog.findChild<QPlainTextEdit *>(QStringLiteral("handOffDocumentsEdit"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("handOffError"));
    auto *saved = dialog.findChild<QLabel *>(QStringLiteral("handOffSavedNote"));
    REQUIRE(handedOverBy);
    REQUIRE(receivingOrg);
    CHECK(handedOverBy->text() == QStringLiteral("Dewi Lestari"));
    CHECK(receivingOrg->isEditable());
    CHECK(receivingOrg->findText(QStringLiteral("LBH Bandar Lampung")) >= 0);
    // The date starts at today by the workspace's clock.
    CHECK(dialog.findChild<QDateEdit *>(QStringLiteral("handOffDateEdit"))->date() == QDate(2026, 11, 18));

    receivedBy->setText(QStringLiteral("Ahmad Fauzi"));
    receivingOrg->setCurrentText(QStringLiteral("Paguyuban Buruh Migran (not in the directory)"));
    place->setText(QStringLiteral("Bandar Lampung"));
    documents->setPlainText(QStringLiteral("Copy of passport\nPayslips"));

    dialog.show();
    const QString bad = f.dir.file(QStringLiteral("missing/handoff.pdf"));
    const Status failed = dialog.saveTo(bad);
    CHECK_FALSE(failed.ok());
    CHECK_FALSE(QFile::exists(bad));
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(receivedBy->text() == QStringLiteral("Ahmad Fauzi"));
    CHECK(receivingOrg->currentText() == QStringLiteral("Paguyuban Buruh Migran (not in the directory)"));
    CHECK(documents->toPlainText() == QStringLiteral("Copy of passport\nPayslips"));
    CHECK(dialog.details().documents == QStringList {QStringLiteral("Copy of passport"), QStringLiteral("Payslips")});

    const QString good = f.dir.file(QStringLiteral("handoff.pdf"));
    REQUIRE(dialog.saveTo(good).ok());
    CHECK(QFile::exists(good));
    CHECK_FALSE(error->isVisible());
    CHECK(saved->isVisible());
    CHECK(saved->text().contains(QStringLiteral("handoff.pdf")));

    // The labels follow a language switch while the dialog is open.
    const QString before = dialog.windowTitle();
    test::switchLanguage(languages, QStringLiteral("id"));
    if (test::isTranslated("lintas::ui::HandOffDialog", "Hand-over record"))
        CHECK(test::waitUntil([&] { return dialog.windowTitle() != before; }));
}

TEST_CASE("the hand-over record shows a referral sent without consent, with who decided and why", "[ui][print]")
{
    test::PrintFixture f;
    ui::LanguageManager languages;
    test::switchLanguage(languages, QStringLiteral("en"));
    domain::Organisation org;
    org.name = QStringLiteral("Shelter Bethune House");
    org.kind = QStringLiteral("legal_aid");
    org.country = QStringLiteral("hk");
    const auto shelter = f.ws->organisations().create(org);
    REQUIRE(shelter.ok());
    domain::Referral referral;
    referral.caseId = f.kase.id;
    referral.organisationId = shelter->id;
    referral.status = QStringLiteral("sent");
    referral.consentOverride = QStringLiteral("She is in hospital and cannot sign");
    referral.overrideBy = QStringLiteral("Eni Rahayu");
    REQUIRE(f.ws->referrals().create(referral).ok());

    const auto sheet = ui::HandOffSheet::build(*f.ws, f.kase.id, details());
    REQUIRE(sheet.ok());
    CHECK(sheet->html().contains(QStringLiteral("The referral to Shelter Bethune House was sent without her recorded "
                                                "consent, on the decision of Eni Rahayu: She is in hospital and "
                                                "cannot sign")));
}
