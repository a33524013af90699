#include "print/WholeRows.h"

#include <QAbstractTextDocumentLayout>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>
#include <limits>

namespace lintas::ui {

namespace {

// A row up to this part of a page is kept whole; a longer one may run over.
constexpr double kLongRow = 0.5;

int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor(y / pageHeight));
}

// Every table in document order, nested ones right after the cell that holds them.
void collectTables(QTextFrame *frame, QVector<QTextTable *> &tables)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables << table;
        collectTables(child, tables);
    }
}

// A one-cell table without a border holds a section together (HtmlBuilder::keepTogether); it is
// not a table a reader sees.
bool isWrapper(const QTextTable *table)
{
    return table->rows() == 1 && table->columns() == 1;
}

bool extentOf(QAbstractTextDocumentLayout *layout, QTextTable *table, int row, LaidOutRow &out)
{
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.row() != row || cell.column() != column)
            continue; // spanned: counted where the cell starts
        const int last = cell.lastCursorPosition().position();
        for (QTextBlock block = cell.firstCursorPosition().block(); block.isValid() && block.position() <= last;
             block = block.next()) {
            if (block.length() <= 1)
                continue; // empty blocks sit where the layout hides them, not in the row
            const QRectF rect = layout->blockBoundingRect(block);
            top = std::min(top, rect.top());
            bottom = std::max(bottom, rect.bottom());
        }
    }
    if (bottom < top)
        return false;
    out = {table, row, top, bottom};
    return true;
}

QVector<LaidOutRow> rowsAcrossPages(
    QTextDocument &document, qreal pageHeight, const QSet<QPair<QTextTable *, int>> &skip)
{
    QVector<QTextTable *> tables;
    collectTables(document.rootFrame(), tables);
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    QVector<LaidOutRow> across;
    for (QTextTable *table : std::as_const(tables)) {
        if (isWrapper(table))
            continue;
        for (int row = 0; row < table->rows(); ++row) {
            LaidOutRow r;
            if (skip.contains({table, row}) || !extentOf(layout, table, row, r))
                continue;
            if (r.bottom - r.top <= kLongRow * pageHeight
                && pageOf(r.top, pageHeight) != pageOf(r.bottom - 1, pageHeight))
                across << r;
        }
    }
    return across;
}

// Pads the bottom of the row before `r` so that `r` starts below the foot of the page, where Qt
// moves it to the next page. False when there is no row before it to pad (the table's first row).
bool moveToNextPage(const LaidOutRow &r, qreal pageHeight, qreal deviceScale)
{
    QTextTable *table = r.table;
    const int headerRows = table->format().headerRowCount();
    if (r.row <= headerRows) {
        // The first row under the header: the whole table goes, which Qt does for a table of the
        // root frame only.
        QTextTableFormat format = table->format();
        if (table->parentFrame() != table->document()->rootFrame()
            || format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            return false;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format);
        return true;
    }
    const qreal pageFoot = (pageOf(r.top, pageHeight) + 1) * pageHeight;
    const qreal extra = (pageFoot - r.top) / deviceScale; // padding is in CSS pixels
    const qreal cellPadding = table->format().cellPadding();
    for (int column = 0; column < table->columns(); ++column) {
        QTextTableCell cell = table->cellAt(r.row - 1, column);
        if (cell.row() + cell.rowSpan() != r.row)
            continue; // a cell that goes on into this row
        QTextTableCellFormat format = cell.format().toTableCellFormat();
        const qreal bottom
            = format.hasProperty(QTextFormat::TableCellBottomPadding) ? format.bottomPadding() : cellPadding;
        format.setBottomPadding(bottom + extra);
        cell.setFormat(format);
    }
    return true;
}

} // namespace

QVector<LaidOutRow> rowsAcrossPages(QTextDocument &document, qreal pageHeight)
{
    return rowsAcrossPages(document, pageHeight, {});
}

void keepRowsWhole(QTextDocument &document, qreal pageHeight, qreal deviceScale)
{
    // One row at a time, first to last: moving one moves everything after it.
    QSet<QPair<QTextTable *, int>> moved;
    QSet<QPair<QTextTable *, int>> cannotMove;
    for (int moves = 0; moves < 500; ++moves) {
        const QVector<LaidOutRow> across = rowsAcrossPages(document, pageHeight, cannotMove);
        if (across.isEmpty())
            return;
        const LaidOutRow &first = across.first();
        const QPair<QTextTable *, int> key {first.table, first.row};
        // Moved once and still across (a header taller than expected): left as it is.
        if (moved.contains(key) || !moveToNextPage(first, pageHeight, deviceScale))
            cannotMove.insert(key);
        moved.insert(key);
    }
}

} // namespace lintas::ui
