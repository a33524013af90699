#pragma once

#include "base/Result.h"
#include "print/DocumentOutput.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPainter;
class QRectF;
class QTextDocument;

namespace lintas::ui {

// A flowing document (HTML from HtmlBuilder) laid out on as many pages as it needs, each with a
// footer: the document's name, the date it was printed, "Confidential — contains personal data"
// and "Page X of Y". The footer is drawn page by page because Qt's own QTextDocument::print
// numbers pages without the total.
class PagedHtml {
    Q_DECLARE_TR_FUNCTIONS(lintas::ui::PagedHtml)

public:
    static constexpr double MarginMillimetres = 15;

    // `footerTitle` names the document on every page (e.g. "Case summary HK-12"), so a loose
    // page can be put back where it belongs.
    PagedHtml(QString html, QString footerTitle, QDate printedOn);

    // Paints every page on `device` as it is set up. Io when the device cannot be painted on.
    Status render(QPagedPaintDevice &device) const;
    // An A4 document to print or save; `metadataTitle` is readable without opening the file.
    PrintableDocument document(const QString &metadataTitle) const;

    // The document laid out for `device` as render() paints it, with the height of the part of
    // a page it fills (the page less the footer).
    struct Layout {
        std::unique_ptr<QTextDocument> document;
        qreal pageHeight = 0;
    };
    Layout layOut(QPagedPaintDevice &device) const;

private:
    void paintFooter(QPainter &painter, const QRectF &area, int page, int pageCount) const;

    QString m_html;
    QString m_footerTitle;
    QDate m_printedOn;
};

} // namespace lintas::ui
