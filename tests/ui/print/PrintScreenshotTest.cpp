#include "print/CaseSummary.h"
#include "print/HandOffSheet.h"
#include "ui/Screenshots.h"
#include "ui/print/PrintFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

// Page 1 of `pdf` as `png`, at about the size a page shows on screen at half zoom.
void savePageOne(const QString &pdf, const QString &png)
{
    const QString stem = png.chopped(4);
    test::runTool(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"), QStringLiteral("-f"), QStringLiteral("1"),
            QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, stem});
    REQUIRE(QFile::exists(png));
}

} // namespace

// Not a check: renders page 1 of the case summary and the hand-over record for docs/screenshots/
// in both languages. Hidden from normal runs; start it with
//   LINTAS_SCREENSHOT_DIR=docs/screenshots <build>/tests/lintas-tests-ui-print "[.screenshots]"
// Until the new strings are in translations/, LINTAS_EXTRA_QM can name a catalogue with them.
TEST_CASE("screenshots of the printed case summary and hand-over record", "[.screenshots]")
{
    const QString out = test::screenshotDir();
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        FAIL("pdftoppm (poppler-utils) is needed to turn the PDFs into pictures");

    test::PrintFixture f;
    ui::HandOffDetails details;
    details.handedOverByName = QStringLiteral("Dewi Lestari");
    details.handedOverByOrganisation = QStringLiteral("IMWU Hong Kong");
    details.receivedByName = QStringLiteral("Ahmad Fauzi");
    details.receivedByOrganisation = QStringLiteral("LBH Bandar Lampung");
    details.place = QStringLiteral("Hong Kong");
    details.date = QDate(2026, 11, 18);
    details.documents = {QStringLiteral("Fotokopi paspor / Copy of passport"),
        QStringLiteral("Slip gaji Januari–Juni 2026 / Payslips January–June 2026"),
        QStringLiteral("Surat rujukan Labour Department / Labour Department referral letter")};
    // As printed from "Hand off as a file…" with her phone numbers unticked.
    transfer::CaseShareChoice share;
    share.phones = false;
    details.fileShare = ui::HandOffDetails::FileShare {share,
        {{transfer::SharePart::ConfidentialNotes, 2}, {transfer::SharePart::Notes, 5}, {transfer::SharePart::Claims, 2},
            {transfer::SharePart::Deadlines, 3}, {transfer::SharePart::Phones, 2}, {transfer::SharePart::Parties, 1}}};

    ui::LanguageManager languages;
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        test::switchLanguage(languages, language);
        const QString summary = f.dir.file(QStringLiteral("case-summary-%1.pdf").arg(language));
        REQUIRE(ui::CaseSummary::saveAsPdf(*f.ws, f.kase.id, summary).ok());
        savePageOne(summary, QDir(out).filePath(QStringLiteral("case-summary-%1.png").arg(language)));
        const QString handOff = f.dir.file(QStringLiteral("handoff-sheet-%1.pdf").arg(language));
        REQUIRE(ui::HandOffSheet::saveAsPdf(*f.ws, f.kase.id, details, handOff).ok());
        savePageOne(handOff, QDir(out).filePath(QStringLiteral("handoff-sheet-%1.png").arg(language)));
        if (const QString keep = qEnvironmentVariable("LINTAS_KEEP_PDF_DIR"); !keep.isEmpty()) {
            QFile::copy(summary, QDir(keep).filePath(QFileInfo(summary).fileName()));
            QFile::copy(handOff, QDir(keep).filePath(QFileInfo(handOff).fileName()));
        }
    }
}
