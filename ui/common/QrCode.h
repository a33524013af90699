#pragma once

#include "base/Result.h"

#include <QImage>
#include <QString>

#include <vector>

class QPainter;
class QRectF;

namespace lintas::ui {

// A QR code (libqrencode) as its module matrix, drawn crisp at any size: whole pixels per module
// on screen, exact squares on paper. Only drawn, never read back: Lintas has no scanner.
class QrCode {
public:
    // Light modules the standard asks for on every side; scanners fail without them.
    static constexpr int QuietZone = 4;

    // Level Q (a quarter of the symbol may be smudged or folded away): made for paper. Text that
    // is too long for a QR code is InvalidArgument.
    static Result<QrCode> encode(const QString &text);

    int version() const { return m_version; }
    // Modules per side, quiet zone not included.
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules[static_cast<std::size_t>(y * m_size + x)] != 0; }
    // Modules per side with the quiet zone on both sides.
    int sizeWithQuietZone() const { return m_size + 2 * QuietZone; }

    // Black on white, `pixelsPerModule` square pixels per module, quiet zone included.
    QImage toImage(int pixelsPerModule) const;
    // The largest such image that fits in `maxSide` pixels (at least one pixel per module).
    QImage toImageFitting(int maxSide) const;
    // Fills `target`'s largest centred square, quiet zone included, with rectangles (vector
    // output on PDF and printers, so it stays sharp however it is scaled).
    void paint(QPainter &painter, const QRectF &target) const;

private:
    QrCode(int version, int size, std::vector<unsigned char> modules);

    int m_version = 0;
    int m_size = 0;
    std::vector<unsigned char> m_modules; // row by row, 1 = dark
};

} // namespace lintas::ui
