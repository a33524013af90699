#include "unlock/RecoverySheet.h"

#include "common/QrCode.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

namespace lintas::ui {

namespace {

const QColor kInk(0, 0, 0);
const QColor kQuiet(0x55, 0x55, 0x55);

QFont sized(QFont font, double points, bool bold = false)
{
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// Draws `text` wrapped into `width` from (left, top); returns the height it took.
qreal drawWrapped(QPainter &painter, qreal left, qreal top, qreal width, const QString &text, int flags = 0)
{
    const int all = flags | Qt::TextWordWrap | Qt::AlignTop;
    const QRectF used = painter.boundingRect(QRectF(left, top, width, 1e6), all, text);
    painter.drawText(QRectF(left, top, width, used.height()), all, text);
    return used.height();
}

} // namespace

RecoverySheet::RecoverySheet(QString profileName, QString code, QDateTime createdAt)
    : m_profileName(std::move(profileName)), m_code(std::move(code)), m_createdAt(std::move(createdAt))
{ }

RecoverySheet RecoverySheet::organisation(QString organisationName, QString code, QString link, QDateTime createdAt)
{
    RecoverySheet sheet(std::move(organisationName), std::move(code), std::move(createdAt));
    sheet.m_link = std::move(link);
    return sheet;
}

Status RecoverySheet::render(QPagedPaintDevice &device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorCode::Io, QStringLiteral("cannot paint on the print device"));
    paint(painter, QRectF(0, 0, device.width(), device.height()));
    if (!painter.end())
        return makeError(ErrorCode::Io, QStringLiteral("the print device did not take the page"));
    return {};
}

PrintableDocument RecoverySheet::document() const
{
    // Metadata is readable without opening the page: a title, never the code or the name.
    return {isOrganisation() ? tr("Organisation recovery key") : tr("Recovery sheet"),
        DocumentOutput::a4(MarginMillimetres),
        [sheet = *this](QPagedPaintDevice &device) { return sheet.render(device); }};
}

Status RecoverySheet::savePdf(const QString &path) const
{
    return DocumentOutput::savePdf(document(), path);
}

void RecoverySheet::paint(QPainter &painter, const QRectF &content) const
{
    const Frame frame {content.left(), content.width(), painter.device()->logicalDpiY() / 25.4};
    const qreal mm = frame.mm;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(kInk);
    painter.setFont(sized(QGuiApplication::font(), 22, true));
    qreal y = content.top();
    y += drawWrapped(painter, frame.left, y, frame.width,
             isOrganisation() ? tr("Lintas organisation recovery key") : tr("Lintas recovery sheet"))
        + 6 * mm;
    y += paintDetails(painter, frame, y) + 5 * mm;
    y += paintCode(painter, frame, y) + 8 * mm;
    y += paintQrCode(painter, frame, y) + 8 * mm;
    paintAdvice(painter, frame, y);

    painter.setFont(sized(QGuiApplication::font(), 8));
    painter.setPen(kQuiet);
    painter.drawText(QRectF(frame.left, content.bottom() - 10 * mm, frame.width, 10 * mm),
        Qt::AlignBottom | Qt::AlignHCenter,
        isOrganisation() ? tr("Made by Lintas. Lintas and the server keep no copy of this key.")
                         : tr("Made by Lintas. Lintas keeps no copy of this code."));
    painter.restore();
}

// Who and when, plus a line to write on: one organisation has many laptops that look alike.
qreal RecoverySheet::paintDetails(QPainter &painter, const Frame &frame, qreal top) const
{
    const qreal mm = frame.mm;
    const QFont body = QGuiApplication::font();
    const QString labels[] = {isOrganisation() ? tr("Organisation") : tr("Profile"), tr("Created"),
        isOrganisation() ? tr("Kept by (write who)") : tr("Laptop (write which one)")};
    const QString values[]
        = {m_profileName, QLocale().toString(m_createdAt.toLocalTime().date(), QLocale::LongFormat), QString()};
    painter.setFont(sized(body, 11));
    qreal labelWidth = 0;
    for (const QString &label : labels)
        labelWidth = std::max(labelWidth, painter.boundingRect(QRectF(), 0, label).width());
    labelWidth = std::min(labelWidth + 5 * mm, frame.width / 2);
    const qreal valueLeft = frame.left + labelWidth;
    const qreal valueWidth = frame.width - labelWidth;
    qreal y = top;
    for (int row = 0; row < 3; ++row) {
        qreal height = 8 * mm; // the writing line
        if (row < 2) {
            painter.setFont(sized(body, 13, row == 0));
            painter.setPen(kInk);
            height = drawWrapped(painter, valueLeft, y, valueWidth, values[row]);
        } else {
            painter.setPen(QPen(kQuiet, 0.3 * mm));
            painter.drawLine(QPointF(valueLeft, y + height), QPointF(frame.left + frame.width, y + height));
        }
        // Labels sit on the value's baseline, near enough: both are bottom-aligned.
        painter.setFont(sized(body, 11));
        painter.setPen(kQuiet);
        painter.drawText(
            QRectF(frame.left, y, labelWidth - 2 * mm, height), Qt::AlignBottom | Qt::AlignLeft, labels[row]);
        y += height + 3 * mm;
    }
    painter.setPen(kInk);
    return y - top;
}

// The code, as large as fits on one line: it is copied by eye, group by group.
qreal RecoverySheet::paintCode(QPainter &painter, const Frame &frame, qreal top) const
{
    const qreal mm = frame.mm;
    const qreal padding = 6 * mm;
    const qreal inner = frame.width - 2 * padding;
    const qreal left = frame.left + padding;
    QFont mono = sized(QFontDatabase::systemFont(QFontDatabase::FixedFont), 28, true);
    for (; mono.pointSizeF() > 10; mono.setPointSizeF(mono.pointSizeF() - 1)) {
        painter.setFont(mono);
        if (painter.boundingRect(QRectF(), 0, m_code).width() <= inner)
            break;
    }
    qreal y = top + padding;
    painter.setFont(sized(QGuiApplication::font(), 10, true));
    painter.setPen(kQuiet);
    y += drawWrapped(painter, left, y, inner, tr("Recovery code")) + 3 * mm;
    painter.setFont(mono);
    painter.setPen(kInk);
    y += drawWrapped(painter, left, y, inner, m_code, Qt::AlignHCenter) + 3 * mm;
    painter.setFont(sized(QGuiApplication::font(), 9));
    painter.setPen(kQuiet);
    y += drawWrapped(painter, left, y, inner,
        tr("The code never contains the letters I, L, O or U: 0 and 1 are always digits."), Qt::AlignHCenter);
    y += padding;
    painter.setPen(QPen(kInk, 0.5 * mm));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(frame.left, top, frame.width, y - top), 3 * mm, 3 * mm);
    painter.setPen(kInk);
    return y - top;
}

qreal RecoverySheet::paintQrCode(QPainter &painter, const Frame &frame, qreal top) const
{
    const qreal mm = frame.mm;
    const qreal side = 55 * mm; // modules of about 1.7 mm: any phone camera reads them
    const Result<QrCode> qr = QrCode::encode(isOrganisation() ? m_link : m_code);
    if (!qr.ok())
        return 0; // the letters above are what matter
    qr->paint(painter, QRectF(frame.left, top, side, side));
    painter.setFont(sized(QGuiApplication::font(), 10));
    painter.setPen(kQuiet);
    const QString note = isOrganisation()
        ? tr("The same key with the organisation's server, as a QR code. Scan it only with a device you trust: "
             "many phone apps send what they scan to the internet.")
        : tr("The same code as a QR code. Scan it only with a device you trust: many phone apps "
             "send what they scan to the internet.");
    const qreal noteLeft = frame.left + side + 6 * mm;
    const qreal noteWidth = frame.width - side - 6 * mm;
    const qreal noteHeight
        = painter.boundingRect(QRectF(noteLeft, top, noteWidth, 1e6), Qt::TextWordWrap, note).height();
    drawWrapped(painter, noteLeft, top + std::max<qreal>(0, (side - noteHeight) / 2), noteWidth, note);
    painter.setPen(kInk);
    if (!isOrganisation())
        return side;
    // Without a camera the link is typed: it names the server and the space as well as the key.
    qreal y = top + side + 4 * mm;
    painter.setFont(sized(QGuiApplication::font(), 10));
    painter.setPen(kQuiet);
    y += drawWrapped(painter, frame.left, y, frame.width, tr("Or type this link where Lintas asks for a join code:"))
        + 1.5 * mm;
    painter.setFont(sized(QFontDatabase::systemFont(QFontDatabase::FixedFont), 9));
    painter.setPen(kInk);
    QString breakable = m_link;
    breakable.replace(QLatin1Char('&'), QStringLiteral("&\u200b")); // lets the line break between its parts
    y += drawWrapped(painter, frame.left, y, frame.width, breakable);
    return y - top;
}

qreal RecoverySheet::paintAdvice(QPainter &painter, const Frame &frame, qreal top) const
{
    const qreal mm = frame.mm;
    const QStringList advice = isOrganisation()
        ? QStringList {tr("Keep it on paper in a safe, locked place away from every laptop, and never as a photo "
                          "or a file. Two trusted people should know where it is."),
            tr("Anyone who has this sheet can join the organisation as an administrator and read all of its "
               "cases."),
            tr("If every administrator laptop is lost: on a new laptop, open Sync and type the link above (or "
               "scan the QR code) where Lintas asks for a join code. That laptop becomes an administrator and "
               "receives all cases again."),
            tr("If the sheet is lost or may have been seen: make a new key, then remove \"Organisation recovery "
               "key\" from the laptops list.")}
        : QStringList {tr("Keep it on paper in a safe, locked place: not with the laptop, and never as a photo or "
                          "a file on the laptop or a phone."),
            tr("Anyone who has this sheet and this laptop's data file can open your profile and read your "
               "cases."),
            tr("If you forget your passphrase, this code lets you choose a new one. Your administrator can help."),
            tr("If the sheet is lost, or someone else may have seen it, tell your administrator.")};
    painter.setPen(kInk);
    painter.setFont(sized(QGuiApplication::font(), 13, true));
    qreal y = top;
    y += drawWrapped(painter, frame.left, y, frame.width, tr("Keep this sheet safe")) + 3 * mm;
    painter.setFont(sized(QGuiApplication::font(), 11));
    const qreal indent = 6 * mm;
    for (const QString &line : advice) {
        painter.drawText(QRectF(frame.left, y, indent, 10 * mm), Qt::AlignTop | Qt::AlignLeft, QStringLiteral("•"));
        y += drawWrapped(painter, frame.left + indent, y, frame.width - indent, line) + 2.5 * mm;
    }
    return y - top;
}

} // namespace lintas::ui
