#pragma once

#include <QVector>

class QTextDocument;
class QTextTable;

namespace lintas::ui {

// A table row as laid out: from the top of its highest cell's text to the bottom of its lowest.
struct LaidOutRow {
    QTextTable *table = nullptr;
    int row = 0;
    qreal top = 0;
    qreal bottom = 0;
};

// Rows of the document's tables (in any depth) that begin on one page and end on the next, in
// document order. Rows longer than half a page may run over (moving them would leave a half page
// empty), and so may the one-cell tables that only hold a section together.
QVector<LaidOutRow> rowsAcrossPages(QTextDocument &document, qreal pageHeight);

// Qt lays a table row out over a page break when the first line of its cells fits on the page:
// the rest of the row goes on the next page under the repeated header, and a claim or a
// deadline is read half on one page and half on the next. This moves every such row whole to the
// next page, as Qt itself does with a row that does not fit at all: the row before it is made
// taller down to the foot of the page. `deviceScale` is the device's pixels per CSS pixel.
void keepRowsWhole(QTextDocument &document, qreal pageHeight, qreal deviceScale);

} // namespace lintas::ui
