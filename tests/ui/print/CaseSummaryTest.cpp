#include "print/CaseSummary.h"
#include "ui/print/PrintFixture.h"

#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace lintas;
using test::pdfPages;
using test::pdfText;

TEST_CASE("the case summary PDF carries the case in English, without confidential entries", "[ui][print]")
{
    test::PrintFixture f;
    ui::LanguageManager languages;
    test::switchLanguage(languages, QStringLiteral("en"));
    const QString path = f.dir.file(QStringLiteral("summary-en.pdf"));
    REQUIRE(ui::CaseSummary::saveAsPdf(*f.ws, f.kase.id, path).ok());

    const auto summary = ui::CaseSummary::build(*f.ws, f.kase.id);
    REQUIRE(summary.ok());
    CHECK(summary->confidentialLeftOut() == 1);
    // Typed text is escaped: a title with "<HK>" cannot add markup.
    CHECK(summary->html().contains(QStringLiteral("&lt;HK&gt;")));
    CHECK_FALSE(summary->html().contains(test::PrintFixture::kSecretNote));

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    // What anyone sees without opening the pages names the case, not the person.
    CHECK_FALSE(bytes.contains("Siti"));

    if (!test::havePoppler()) {
        WARN("pdftotext/pdfinfo are not installed: the text of the summary is not checked");
        return;
    }
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Case summary")));
    CHECK(text.contains(QStringLiteral("Siti Aminah")));
    CHECK(text.contains(f.kase.reference));
    CHECK(text.contains(QStringLiteral("Unpaid wages & agency fees <HK>")));
    CHECK(text.contains(QStringLiteral("Agency overcharging")));
    CHECK(text.contains(QStringLiteral("HK$5,100")));
    CHECK(text.contains(QStringLiteral("HK$1,000")));
    CHECK(text.contains(QStringLiteral("Rp1,250,000")));
    CHECK(text.contains(test::PrintFixture::kRuleSource));
    CHECK(text.contains(QStringLiteral("Set by hand")));
    CHECK(text.contains(test::PrintFixture::kOpenNote));
    CHECK_FALSE(text.contains(test::PrintFixture::kSecretNote));
    // "entry is" or "entries are": the English plural comes from the catalogue.
    CHECK(text.contains(QStringLiteral("1 confidential timeline entr")));
    CHECK(text.contains(QStringLiteral("Sukses Jaya Employment Agency")));
    CHECK(text.contains(QStringLiteral("LBH Bandar Lampung")));
    CHECK(text.contains(QStringLiteral("Confidential — contains personal data")));
    CHECK(text.contains(QStringLiteral("Printed 18 Nov 2026")));
    const int pages = pdfPages(path);
    CHECK(pages >= 1);
    CHECK(pages <= 4);
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

TEST_CASE("the case summary masks ID and phone numbers unless asked not to", "[ui][print]")
{
    test::PrintFixture f;
    ui::LanguageManager languages;
    test::switchLanguage(languages, QStringLiteral("en"));
    const QString masked = f.dir.file(QStringLiteral("masked.pdf"));
    const QString full = f.dir.file(QStringLiteral("full.pdf"));
    REQUIRE(ui::CaseSummary::saveAsPdf(*f.ws, f.kase.id, masked).ok());
    ui::CaseSummaryOptions options;
    options.showFullIdentifiers = true;
    REQUIRE(ui::CaseSummary::saveAsPdf(*f.ws, f.kase.id, full, options).ok());
    if (!test::havePoppler()) {
        WARN("pdftotext is not installed: masking is not checked");
        return;
    }
    const QString maskedText = pdfText(masked);
    CHECK_FALSE(maskedText.contains(test::PrintFixture::kNik));
    CHECK_FALSE(maskedText.contains(test::PrintFixture::kNik.left(6)));
    CHECK(maskedText.contains(QStringLiteral("••••••••••••0123")));
    CHECK_FALSE(maskedText.contains(test::PrintFixture::kPassport));
    CHECK(maskedText.contains(QStringLiteral("••••4321")));
    CHECK_FALSE(maskedText.contains(QStringLiteral("3456 7890")));
    CHECK(maskedText.contains(QStringLiteral("•• 7890")));
    CHECK(maskedText.contains(QStringLiteral("only their last four characters")));

    const QString fullText = pdfText(full);
    CHECK(fullText.contains(test::PrintFixture::kNik));
    CHECK(fullText.contains(test::PrintFixture::kPassport));
    CHECK(fullText.contains(test::PrintFixture::kPhone));
}

TEST_CASE("the case summary follows the Indonesian language and locale", "[ui][print]")
{
    test::PrintFixture f;
    ui::LanguageManager languages;
    test::switchLanguage(languages, QStringLiteral("id"));
    const QString path = f.dir.file(QStringLiteral("summary-id.pdf"));
    REQUIRE(ui::CaseSummary::saveAsPdf(*f.ws, f.kase.id, path).ok());
    if (!test::havePoppler()) {
        WARN("pdftotext is not installed: the text of the summary is not checked");
        return;
    }
    const QString text = pdfText(path);
    // Money and dates in Indonesian form, labels from the code lists in Indonesian.
    CHECK(text.contains(QStringLiteral("HK$5.100")));
    CHECK(text.contains(QStringLiteral("Rp1.250.000")));
    CHECK(text.contains(QStringLiteral("Pungutan biaya berlebih oleh agen")));
    CHECK(text.contains(QStringLiteral("Tunggakan gaji")));
    CHECK(text.contains(QStringLiteral("Perempuan")));
    CHECK(text.contains(QStringLiteral("2 Apr 1990")));
    CHECK(text.contains(QStringLiteral("29 Jun 2027")));
    CHECK(text.contains(test::PrintFixture::kRuleSource));
    CHECK_FALSE(text.contains(test::PrintFixture::kSecretNote));
    if (test::isTranslated("lintas::ui::CaseSummary", "Case summary")) {
        CHECK(text.contains(QStringLiteral("Ringkasan kasus")));
        CHECK(text.contains(QStringLiteral("Diisi manual")));
        CHECK(text.contains(QStringLiteral("Rahasia — berisi data pribadi")));
        CHECK(text.contains(QStringLiteral("Halaman 1 dari")));
    } else {
        WARN("the Indonesian catalogue does not have the case summary's strings yet: labels not checked");
    }
}

TEST_CASE("a long case summary flows over numbered pages", "[ui][print]")
{
    test::PrintFixture f;
    ui::LanguageManager languages;
    test::switchLanguage(languages, QStringLiteral("en"));
    for (int i = 1; i <= 60; ++i)
        f.addNote(QStringLiteral("meeting"), QStringLiteral("Meeting %1 with the Labour Department officer.").arg(i),
            i % 10 == 0);
    const QString path = f.dir.file(QStringLiteral("long.pdf"));
    REQUIRE(ui::CaseSummary::saveAsPdf(*f.ws, f.kase.id, path).ok());
    if (!test::havePoppler()) {
        WARN("pdftotext/pdfinfo are not installed: pages are not checked");
        return;
    }
    const int pages = pdfPages(path);
    CHECK(pages >= 3);
    CHECK(pages <= 8);
    const QString text = pdfText(path);
    for (int page = 1; page <= pages; ++page)
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    CHECK(text.contains(QStringLiteral("Meeting 59 with")));
    CHECK_FALSE(text.contains(QStringLiteral("Meeting 60 with")));
    CHECK(text.contains(QStringLiteral("7 confidential timeline entr")));
}

TEST_CASE("a case summary that cannot be written leaves no file and says why", "[ui][print]")
{
    test::PrintFixture f;
    const QString path = f.dir.file(QStringLiteral("no-such-folder/summary.pdf"));
    const Status saved = ui::CaseSummary::saveAsPdf(*f.ws, f.kase.id, path);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.code() == ErrorCode::Io);
    CHECK_FALSE(QFile::exists(path));

    // Writing over a folder fails the same way, and the folder is left alone.
    const Status overFolder = ui::CaseSummary::saveAsPdf(*f.ws, f.kase.id, f.dir.path());
    CHECK_FALSE(overFolder.ok());
    CHECK(QFileInfo(f.dir.path()).isDir());

    const Status noCase
        = ui::CaseSummary::saveAsPdf(*f.ws, QStringLiteral("no-such-case"), f.dir.file(QStringLiteral("x.pdf")));
    CHECK(noCase.code() == ErrorCode::NotFound);
    CHECK_FALSE(QFile::exists(f.dir.file(QStringLiteral("x.pdf"))));
}
