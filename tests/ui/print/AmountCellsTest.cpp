#include "print/CaseSummary.h"
#include "print/DocumentOutput.h"
#include "print/PagedHtml.h"
#include "ui/print/PrintFixture.h"

#include <QDir>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

QTextTable *tableWithCell(QTextFrame *frame, const QString &prefix)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            for (int row = 0; row < table->rows(); ++row) {
                const QTextBlock block = table->cellAt(row, 0).firstCursorPosition().block();
                if (block.text().startsWith(prefix))
                    return table;
            }
        }
        if (QTextTable *inner = tableWithCell(child, prefix))
            return inner;
    }
    return nullptr;
}

// The lines of text each amount cell (the columns from "Claimed" on) of the claims table is laid
// out in, keyed by the cell's text.
QVector<std::pair<QString, int>> amountCellLines(test::PrintFixture &f, const QString &totalPrefix)
{
    auto summary = ui::CaseSummary::build(*f.ws, f.kase.id);
    REQUIRE(summary.ok());
    QPdfWriter writer(f.dir.file(QStringLiteral("amounts.pdf")));
    writer.setResolution(300);
    writer.setPageLayout(ui::DocumentOutput::a4(ui::PagedHtml::MarginMillimetres));
    const ui::PagedHtml::Layout layout
        = ui::PagedHtml(summary->html(), QStringLiteral("Case summary"), {}).layOut(writer);
    QTextTable *claims = tableWithCell(layout.document->rootFrame(), totalPrefix);
    REQUIRE(claims);
    QVector<std::pair<QString, int>> cells;
    for (int row = 1; row < claims->rows(); ++row) {
        for (int column = 2; column < claims->columns(); ++column) {
            const QTextTableCell cell = claims->cellAt(row, column);
            int lines = 0;
            QString text;
            for (QTextBlock b = cell.firstCursorPosition().block();
                 b.isValid() && b.position() <= cell.lastCursorPosition().position(); b = b.next()) {
                lines += b.layout()->lineCount();
                text += b.text();
            }
            cells.push_back({text, lines});
        }
    }
    return cells;
}

} // namespace

TEST_CASE("amounts in the printed claims table never break inside a number", "[ui][print]")
{
    test::PrintFixture f;
    // Totals as long as rupiah amounts get: they used to wrap as "Rp28,550,00 / 0".
    f.addClaim(QStringLiteral("agency_fee_refund"), QStringLiteral("IDR"), 27300000, 26550000);
    f.addClaim(QStringLiteral("wages_arrears"), QStringLiteral("HKD"), 9876543, 1234567);
    ui::LanguageManager languages;

    for (const auto &[language, prefix, total] :
        {std::tuple {QStringLiteral("en"), QStringLiteral("Total in"), QStringLiteral("Rp28,550,000")},
            std::tuple {QStringLiteral("id"), QStringLiteral("Jumlah dalam"), QStringLiteral("Rp28.550.000")}}) {
        test::switchLanguage(languages, language);
        const auto cells = amountCellLines(f, prefix);
        if (const QString dir = qEnvironmentVariable("LINTAS_PDF_DIR"); !dir.isEmpty()) {
            const QString path = QDir(dir).filePath(QStringLiteral("amounts-%1.pdf").arg(language));
            REQUIRE(ui::CaseSummary::saveAsPdf(*f.ws, f.kase.id, path).ok());
        }
        bool sawTotal = false;
        for (const auto &[text, lines] : cells) {
            INFO(language.toStdString() << ": " << text.toStdString());
            CHECK(lines == 1);
            sawTotal = sawTotal || text == total;
        }
        INFO(language.toStdString());
        CHECK(sawTotal);
    }
    test::switchLanguage(languages, QStringLiteral("en"));
}
