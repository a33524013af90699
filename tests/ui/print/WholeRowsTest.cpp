#include "print/WholeRows.h"
#include "print/CaseSummary.h"
#include "print/DocumentOutput.h"
#include "print/HandOffSheet.h"
#include "print/HtmlBuilder.h"
#include "print/PagedHtml.h"
#include "ui/print/PrintFixture.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

// A case worked on for a long time: forty claims, deadlines and notes, some with long text, so
// that rows of every table meet page breaks.
void fillLongCase(test::PrintFixture &f)
{
    const QString longNote
        = QStringLiteral("The employer in Tsuen Wan paid part of the wages in cash without a receipt; she kept a "
                         "notebook of the amounts, which the officer of the Labour Department asked to see again.");
    for (int i = 1; i <= 40; ++i) {
        domain::Claim claim;
        claim.caseId = f.kase.id;
        claim.claimType = i % 2 ? QStringLiteral("wages_arrears") : QStringLiteral("agency_fee_refund");
        claim.forum = QStringLiteral("mecab");
        claim.currency = i % 3 ? QStringLiteral("HKD") : QStringLiteral("IDR");
        claim.amountClaimed = 100000 * i;
        claim.notes = i % 4 ? QString() : longNote;
        f.create(f.ws->claims(), claim);
        domain::Deadline deadline;
        deadline.caseId = f.kase.id;
        deadline.kind = QStringLiteral("follow_up");
        deadline.title = i % 3 ? QStringLiteral("Call the agency in Causeway Bay about the passport (%1)").arg(i)
                               : QStringLiteral("Ask the consulate (KJRI) to write to the agency again, and "
                                                "send the letter to her sister in Cilacap (%1)")
                                     .arg(i);
        deadline.dueOn = QDate(2026, 12, 1).addDays(i);
        f.create(f.ws->deadlines(), deadline);
        f.addNote(QStringLiteral("call"), QStringLiteral("Call %1. ").arg(i) + (i % 2 ? longNote : QString()), false);
    }
}

struct LaidOutSummary {
    test::PrintFixture f;
    ui::LanguageManager languages;
    test::TempDir out;
    QString html;

    LaidOutSummary()
    {
        test::switchLanguage(languages, QStringLiteral("en"));
        fillLongCase(f);
        auto summary = ui::CaseSummary::build(*f.ws, f.kase.id);
        REQUIRE(summary.ok());
        html = summary->html();
    }
};

QVector<QTextTable *> tablesOf(QTextFrame *frame)
{
    QVector<QTextTable *> tables;
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables << table;
        tables += tablesOf(child);
    }
    return tables;
}

} // namespace

TEST_CASE("no row of a printed table is cut by a page break", "[ui][print]")
{
    LaidOutSummary s;
    QPdfWriter writer(s.out.file(QStringLiteral("layout.pdf")));
    writer.setResolution(300);
    writer.setPageLayout(ui::DocumentOutput::a4(ui::PagedHtml::MarginMillimetres));

    // As Qt lays it out by itself, rows are cut: the long case shows the problem at all.
    {
        const qreal pageHeight = writer.height() - 11 * writer.logicalDpiY() / 25.4;
        QTextDocument plain;
        plain.documentLayout()->setPaintDevice(&writer);
        QFont font = QGuiApplication::font();
        font.setPointSizeF(10);
        plain.setDefaultFont(font);
        plain.setDefaultStyleSheet(ui::HtmlBuilder::stylesheet());
        plain.setDocumentMargin(0);
        plain.setHtml(s.html);
        plain.setPageSize(QSizeF(writer.width(), pageHeight));
        CHECK_FALSE(ui::rowsAcrossPages(plain, pageHeight).isEmpty());
    }

    const ui::PagedHtml::Layout layout = ui::PagedHtml(s.html, QStringLiteral("Case summary"), {}).layOut(writer);
    CHECK(layout.document->pageCount() >= 4);
    const QVector<ui::LaidOutRow> across = ui::rowsAcrossPages(*layout.document, layout.pageHeight);
    for (const ui::LaidOutRow &row : across) {
        const QTextTableCell cell = row.table->cellAt(row.row, 0);
        QTextCursor text = cell.firstCursorPosition();
        text.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        UNSCOPED_INFO("row " << row.row << " from " << row.top << " to " << row.bottom << ": "
                             << text.selectedText().toStdString());
    }
    CHECK(across.isEmpty());
    // The tables' headers come again on every page they run on to.
    int withHeader = 0;
    for (QTextTable *table : tablesOf(layout.document->rootFrame()))
        withHeader += table->format().headerRowCount() == 1 ? 1 : 0;
    CHECK(withHeader >= 4); // claims, deadlines, parties, consents
}

TEST_CASE("no row of a long hand-over sheet is cut by a page break", "[ui][print]")
{
    LaidOutSummary s;
    ui::HandOffDetails details;
    for (int i = 1; i <= 30; ++i)
        details.documents << QStringLiteral("Copy of payslip, month %1, with the employer's stamp").arg(i);
    auto sheet = ui::HandOffSheet::build(*s.f.ws, s.f.kase.id, details);
    REQUIRE(sheet.ok());
    QPdfWriter writer(s.out.file(QStringLiteral("handoff.pdf")));
    writer.setResolution(300);
    writer.setPageLayout(ui::DocumentOutput::a4(ui::PagedHtml::MarginMillimetres));
    const ui::PagedHtml::Layout layout = ui::PagedHtml(sheet->html(), QStringLiteral("Hand-over"), {}).layOut(writer);
    CHECK(layout.document->pageCount() >= 2);
    CHECK(ui::rowsAcrossPages(*layout.document, layout.pageHeight).isEmpty());
}

TEST_CASE("the long case summary PDF is written with its rows whole", "[ui][print]")
{
    LaidOutSummary s;
    const QString path = s.out.file(QStringLiteral("long-case.pdf"));
    REQUIRE(ui::CaseSummary::saveAsPdf(*s.f.ws, s.f.kase.id, path).ok());
    if (!qEnvironmentVariableIsEmpty("LINTAS_PDF_DIR"))
        QFile::copy(path, QDir(qEnvironmentVariable("LINTAS_PDF_DIR")).filePath(QStringLiteral("long-case.pdf")));
    if (!test::havePoppler()) {
        WARN("pdftotext is not installed: the text is not checked");
        return;
    }
    const QString text = test::pdfText(path);
    CHECK(text.contains(QStringLiteral("(40)")));
    CHECK(text.contains(QStringLiteral("Call 39.")));
}
