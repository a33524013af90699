#include "unlock/RecoverySheet.h"
#include "i18n/LanguageManager.h"
#include "support/TempDir.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

const QString kCode = QStringLiteral("7K3QM-0ZX4R-ABCDE-FGHJK-MNPQ4");
const QDateTime kCreated(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The text of the PDF's page, or a null string when poppler's pdftotext is not installed (it is
// not needed to build or test Lintas; the structure checks still run without it).
QString pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(20000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("the recovery sheet is a one-page A4 PDF in the current language", "[ui][unlock][sheet]")
{
    ui::LanguageManager languages;
    test::TempDir dir;
    const QString english = dir.file(QStringLiteral("sheet-en.pdf"));
    const QString indonesian = dir.file(QStringLiteral("sheet-id.pdf"));
    const ui::RecoverySheet sheet(QStringLiteral("Siti Aminah"), kCode, kCreated);
    languages.setLanguage(QStringLiteral("en"));
    REQUIRE(sheet.savePdf(english).ok());
    languages.setLanguage(QStringLiteral("id"));
    REQUIRE(sheet.savePdf(indonesian).ok());

    const QByteArray pdf = readAll(english);
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.trimmed().endsWith("%%EOF"));
    // One page object, A4 (595 × 842 points).
    CHECK(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))) == 1);
    CHECK(QString::fromLatin1(pdf).contains(
        QRegularExpression(QStringLiteral("/MediaBox\\s*\\[0 0 595(\\.0+)? 842(\\.0+)?\\]"))));
    // The metadata anyone can read without opening the page names neither the code nor the person.
    CHECK_FALSE(pdf.contains("Siti"));

    const QString text = pdfText(english);
    if (text.isNull()) {
        WARN("pdftotext is not installed: the text of the sheet is not checked");
        return;
    }
    CHECK(text.contains(kCode));
    CHECK(text.contains(QStringLiteral("Siti Aminah")));
    CHECK(text.contains(QStringLiteral("Lintas recovery sheet")));
    CHECK(text.contains(QStringLiteral("14 March 2025")));
    const QString translated = pdfText(indonesian);
    CHECK(translated.contains(kCode));
    CHECK(translated.contains(QStringLiteral("14 Maret 2025")));
}

TEST_CASE("a recovery sheet that cannot be written leaves no file behind", "[ui][unlock][sheet]")
{
    test::TempDir dir;
    const ui::RecoverySheet sheet(QStringLiteral("Siti Aminah"), kCode, kCreated);
    const QString path = dir.file(QStringLiteral("no-such-folder/sheet.pdf"));
    const Status saved = sheet.savePdf(path);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.code() == ErrorCode::Io);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("the recovery sheet paints on any painter", "[ui][unlock][sheet]")
{
    // A4 at 100 dpi, as the screenshots use it.
    QImage page(827, 1169, QImage::Format_RGB32);
    page.setDotsPerMeterX(3937);
    page.setDotsPerMeterY(3937);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        ui::RecoverySheet(QStringLiteral("Siti Aminah"), kCode, kCreated).paint(painter, QRectF(71, 71, 685, 1027));
    }
    int dark = 0;
    for (int y = 0; y < page.height(); y += 3) {
        for (int x = 0; x < page.width(); x += 3)
            dark += qGray(page.pixel(x, y)) < 128;
    }
    CHECK(dark > 1000);
    // Nothing is drawn into the margins.
    for (int x = 0; x < page.width(); ++x) {
        REQUIRE(page.pixel(x, 10) == qRgb(255, 255, 255));
        REQUIRE(page.pixel(x, page.height() - 10) == qRgb(255, 255, 255));
    }
}

TEST_CASE(
    "the organisation's recovery key prints on the same sheet, with its link under the QR code", "[ui][unlock][sheet]")
{
    QImage page(827, 1169, QImage::Format_RGB32);
    page.setDotsPerMeterX(3937);
    page.setDotsPerMeterY(3937);
    page.fill(Qt::white);
    const QString link = QStringLiteral("lintas:orgrecovery?server=https%3A%2F%2Fsync.example.org&space="
                                        "00112233445566778899aabbccddeeff&code=")
        + kCode;
    {
        QPainter painter(&page);
        ui::RecoverySheet::organisation(QStringLiteral("Serikat BMI Hong Kong"), kCode, link, kCreated)
            .paint(painter, QRectF(71, 71, 685, 1027));
    }
    int dark = 0;
    int lowest = 0;
    for (int y = 0; y < page.height(); y += 3) {
        for (int x = 0; x < page.width(); x += 3) {
            if (qGray(page.pixel(x, y)) < 128) {
                ++dark;
                lowest = y;
            }
        }
    }
    CHECK(dark > 1000);
    // Everything, the link and the advice too, fits on the one page above the bottom margin.
    CHECK(lowest < 71 + 1027);
    for (int x = 0; x < page.width(); ++x)
        REQUIRE(page.pixel(x, page.height() - 10) == qRgb(255, 255, 255));

    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("org.pdf"));
    REQUIRE(ui::RecoverySheet::organisation(QStringLiteral("Serikat BMI Hong Kong"), kCode, link, kCreated)
                .savePdf(path)
                .ok());
    CHECK(QFileInfo(path).size() > 1000);
    const QString text = pdfText(path);
    if (!text.isNull()) {
        CHECK(text.contains(QStringLiteral("Serikat BMI Hong Kong")));
        CHECK(text.contains(QStringLiteral("lintas:orgrecovery")));
        CHECK(text.contains(kCode));
    }
}
