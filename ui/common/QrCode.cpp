#include "common/QrCode.h"

#include <QPainter>
#include <QPainterPath>
#include <QRectF>

#include <qrencode.h>

#include <algorithm>
#include <cerrno>
#include <memory>

namespace lintas::ui {

QrCode::QrCode(int version, int size, std::vector<unsigned char> modules)
    : m_version(version), m_size(size), m_modules(std::move(modules))
{ }

Result<QrCode> QrCode::encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || utf8.contains('\0'))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("QR code text is empty or contains NUL"));
    // Version 0 = the smallest that fits; the mode hint only matters for Kanji, so libqrencode
    // still picks alphanumeric mode for a recovery code (digits, capitals and dashes).
    errno = 0;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_Q, QR_MODE_8, 1), &QRcode_free);
    if (!code) {
        const int reason = errno;
        if (reason == EINVAL || reason == ERANGE)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("text does not fit in a QR code"));
        return makeError(ErrorCode::Internal, QStringLiteral("libqrencode failed (errno %1)").arg(reason));
    }
    const int size = code->width;
    std::vector<unsigned char> modules(static_cast<std::size_t>(size) * static_cast<std::size_t>(size));
    for (std::size_t i = 0; i < modules.size(); ++i)
        modules[i] = code->data[i] & 1; // the other bits say what kind of module it is
    return QrCode(code->version, size, std::move(modules));
}

QImage QrCode::toImage(int pixelsPerModule) const
{
    const int scale = std::max(1, pixelsPerModule);
    const int side = sizeWithQuietZone() * scale;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                for (int dx = 0; dx < scale; ++dx)
                    image.setPixel((x + QuietZone) * scale + dx, (y + QuietZone) * scale + dy, 1);
            }
        }
    }
    return image;
}

QImage QrCode::toImageFitting(int maxSide) const
{
    return toImage(maxSide / sizeWithQuietZone());
}

void QrCode::paint(QPainter &painter, const QRectF &target) const
{
    const qreal side = std::min(target.width(), target.height());
    const qreal module = side / sizeWithQuietZone();
    const QPointF origin(target.center().x() - side / 2, target.center().y() - side / 2);
    // One path for all dark modules, filled once: separate squares leave hairline seams between
    // neighbours in anti-aliasing PDF viewers.
    QPainterPath dark;
    dark.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size;) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < m_size && isDark(end, y))
                ++end;
            dark.addRect(QRectF(origin.x() + (x + QuietZone) * module, origin.y() + (y + QuietZone) * module,
                (end - x) * module, module));
            x = end;
        }
    }
    painter.fillRect(QRectF(origin, QSizeF(side, side)), Qt::white);
    painter.fillPath(dark, Qt::black);
}

} // namespace lintas::ui
