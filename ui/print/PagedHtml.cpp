#include "print/PagedHtml.h"

#include "common/Formats.h"
#include "print/HtmlBuilder.h"
#include "print/WholeRows.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

namespace lintas::ui {

namespace {

constexpr double kFooterMillimetres = 11;
constexpr double kFooterPoints = 8;
// A table at most this part of a page high is moved whole to the next page rather than cut.
constexpr double kSmallTable = 0.4;
// A heading needs this much of what follows it on its own page.
constexpr double kAfterHeadingMillimetres = 12;

bool breaksBefore(const QTextFormat &format)
{
    return format.toFrameFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore
        || format.toBlockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

// Qt's CSS has no page-break-inside or keep-with-next, so they are applied on the laid-out
// document: a short table (a section kept together, the signatures) that would be cut moves to
// the next page, and so does a heading that would be left at the foot of a page. One change at a
// time, because each moves everything after it.
void keepTogether(QTextDocument &document, qreal pageHeight, qreal mm)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };
    const auto breakBefore = [](const QTextBlock &block) {
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).mergeBlockFormat(format);
    };
    const auto changeOne = [&]() {
        QTextBlock heading; // the heading right before the current item, if it is one
        for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
            if (QTextFrame *frame = it.currentFrame()) {
                const QRectF r = layout->frameBoundingRect(frame);
                QTextFrameFormat format = frame->frameFormat();
                if (r.height() <= kSmallTable * pageHeight && pageOf(r.top()) != pageOf(r.bottom() - 1)
                    && !breaksBefore(format)) {
                    // The heading of the table goes along with it.
                    if (heading.isValid()) {
                        breakBefore(heading);
                    } else {
                        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                        frame->setFrameFormat(format);
                    }
                    return true;
                }
                heading = {};
                continue;
            }
            const QTextBlock block = it.currentBlock();
            const QTextBlock next = block.next();
            const bool isHeading = block.blockFormat().headingLevel() > 0;
            heading = isHeading && !breaksBefore(block.blockFormat()) ? block : QTextBlock();
            if (!heading.isValid() || !next.isValid())
                continue;
            const QRectF h = layout->blockBoundingRect(block);
            const QRectF n = layout->blockBoundingRect(next);
            if (pageOf(h.top()) != pageOf(n.top() + std::min(n.height(), kAfterHeadingMillimetres * mm) - 1)) {
                breakBefore(block);
                return true;
            }
        }
        return false;
    };
    for (int changes = 0; changes < 100 && changeOne(); ++changes) { }
}

} // namespace

PagedHtml::PagedHtml(QString html, QString footerTitle, QDate printedOn)
    : m_html(std::move(html)), m_footerTitle(std::move(footerTitle)), m_printedOn(printedOn)
{ }

PrintableDocument PagedHtml::document(const QString &metadataTitle) const
{
    return {metadataTitle, DocumentOutput::a4(MarginMillimetres),
        [doc = *this](QPagedPaintDevice &device) { return doc.render(device); }};
}

PagedHtml::Layout PagedHtml::layOut(QPagedPaintDevice &device) const
{
    const qreal mm = device.logicalDpiY() / 25.4;
    const QSizeF body(device.width(), device.height() - kFooterMillimetres * mm);

    // Laid out for the device itself: fonts are measured at its resolution and lengths given in
    // px are scaled to it, so the PDF and the printer break pages in the same places.
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(&device);
    QFont font = QGuiApplication::font();
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(HtmlBuilder::stylesheet());
    document->setDocumentMargin(0);
    document->setHtml(m_html);
    document->setPageSize(body);
    keepTogether(*document, body.height(), mm);
    // CSS pixels are scaled to the device as Qt's layout scales them: against 96 dpi.
    keepRowsWhole(*document, body.height(), device.logicalDpiY() / 96.0);
    return {std::move(document), body.height()};
}

Status PagedHtml::render(QPagedPaintDevice &device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorCode::Io, QStringLiteral("cannot paint on the print device"));
    const qreal mm = device.logicalDpiY() / 25.4;
    const Layout layout = layOut(device);
    QTextDocument &document = *layout.document;
    const QSizeF body(device.width(), layout.pageHeight);
    const int pageCount = document.pageCount();

    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return makeError(ErrorCode::Io, QStringLiteral("the print device did not take a new page"));
        }
        painter.save();
        painter.translate(0, -page * body.height());
        document.drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
        painter.restore();
        paintFooter(painter, QRectF(0, body.height(), body.width(), kFooterMillimetres * mm), page + 1, pageCount);
    }
    if (!painter.end())
        return makeError(ErrorCode::Io, QStringLiteral("the print device did not take the pages"));
    return {};
}

void PagedHtml::paintFooter(QPainter &painter, const QRectF &area, int page, int pageCount) const
{
    const qreal mm = painter.device()->logicalDpiY() / 25.4;
    painter.save();
    painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 0.25 * mm));
    const qreal ruleY = area.top() + 3 * mm;
    painter.drawLine(QPointF(area.left(), ruleY), QPointF(area.right(), ruleY));
    QFont font = QGuiApplication::font();
    font.setPointSizeF(kFooterPoints);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QRectF text(area.left(), ruleY + 1 * mm, area.width(), area.bottom() - ruleY - 1 * mm);
    const QString left = m_footerTitle + QStringLiteral(" · ") + tr("Printed %1").arg(formats::date(m_printedOn));
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, left);
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(page).arg(pageCount));
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(text, Qt::AlignHCenter | Qt::AlignBottom, tr("Confidential — contains personal data"));
    painter.restore();
}

} // namespace lintas::ui
