#include "common/QrCode.h"

#include <QPainter>

#include <catch2/catch.hpp>

using namespace lintas;
using ui::QrCode;

namespace {

const QString kCode = QStringLiteral("7K3QM-0ZX4R-ABCDE-FGHJK-MNPQ4");

// The 7×7 finder pattern: a dark ring, a light ring, a dark 3×3 centre.
bool finderAt(const QrCode &qr, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (qr.isDark(left + x, top + y) != (ring || centre))
                return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("a recovery code encodes as a small, well-formed QR code", "[ui][unlock][qr]")
{
    const Result<QrCode> qr = QrCode::encode(kCode);
    REQUIRE(qr.ok());
    // 29 alphanumeric characters fit version 2 at level Q: 25 modules, large on paper.
    CHECK(qr->version() == 2);
    REQUIRE(qr->size() == 25);
    const int last = qr->size() - 7;
    CHECK(finderAt(*qr, 0, 0));
    CHECK(finderAt(*qr, last, 0));
    CHECK(finderAt(*qr, 0, last));
    CHECK_FALSE(finderAt(*qr, last, last));
    // Timing patterns alternate between the finders.
    for (int i = 8; i < last - 1; ++i) {
        CHECK(qr->isDark(i, 6) == (i % 2 == 0));
        CHECK(qr->isDark(6, i) == (i % 2 == 0));
    }
    int dark = 0;
    for (int y = 0; y < qr->size(); ++y) {
        for (int x = 0; x < qr->size(); ++x)
            dark += qr->isDark(x, y);
    }
    CHECK(dark > qr->size() * qr->size() * 3 / 10);
    CHECK(dark < qr->size() * qr->size() * 7 / 10);

    // A different code gives a different symbol.
    const Result<QrCode> other = QrCode::encode(QStringLiteral("7K3QM-0ZX4R-ABCDE-FGHJK-MNPQ5"));
    REQUIRE(other.ok());
    bool differs = false;
    for (int y = 0; y < qr->size() && !differs; ++y) {
        for (int x = 0; x < qr->size() && !differs; ++x)
            differs = qr->isDark(x, y) != other->isDark(x, y);
    }
    CHECK(differs);
}

TEST_CASE("a QR image is whole modules with a light quiet zone", "[ui][unlock][qr]")
{
    const Result<QrCode> qr = QrCode::encode(kCode);
    REQUIRE(qr.ok());
    const int scale = 4;
    const QImage image = qr->toImage(scale);
    const int side = (qr->size() + 2 * QrCode::QuietZone) * scale;
    REQUIRE(image.width() == side);
    REQUIRE(image.height() == side);
    const auto darkPixel = [&](int x, int y) { return qGray(image.pixel(x, y)) < 128; };
    const int quiet = QrCode::QuietZone * scale;
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            const bool inQuietZone = x < quiet || y < quiet || x >= side - quiet || y >= side - quiet;
            if (inQuietZone) {
                REQUIRE_FALSE(darkPixel(x, y));
                continue;
            }
            // Every pixel of a module has the module's colour: no blur, no half modules.
            REQUIRE(darkPixel(x, y) == qr->isDark((x - quiet) / scale, (y - quiet) / scale));
        }
    }

    // The largest whole-module image that fits, and never less than a pixel per module.
    CHECK(qr->toImageFitting(140).width() == 4 * qr->sizeWithQuietZone());
    CHECK(qr->toImageFitting(10).width() == qr->sizeWithQuietZone());
}

TEST_CASE("a QR code painted at any size keeps its modules", "[ui][unlock][qr]")
{
    const Result<QrCode> qr = QrCode::encode(kCode);
    REQUIRE(qr.ok());
    QImage canvas(400, 300, QImage::Format_RGB32);
    canvas.fill(Qt::gray);
    {
        QPainter painter(&canvas);
        qr->paint(painter, QRectF(50, 10, 300, 280)); // the largest centred square: 280
    }
    const qreal module = 280.0 / qr->sizeWithQuietZone();
    const QPointF origin(50 + (300 - 280) / 2.0, 10);
    CHECK(canvas.pixel(int(origin.x()) + 1, int(origin.y()) + 1) == qRgb(255, 255, 255));
    CHECK(canvas.pixel(int(origin.x()) - 2, 100) == QColor(Qt::gray).rgb());
    for (int y = 0; y < qr->size(); ++y) {
        for (int x = 0; x < qr->size(); ++x) {
            const QPoint centre(
                (origin + QPointF((x + QrCode::QuietZone + 0.5) * module, (y + QrCode::QuietZone + 0.5) * module))
                    .toPoint());
            REQUIRE((qGray(canvas.pixel(centre)) < 128) == qr->isDark(x, y));
        }
    }
}

TEST_CASE("text a QR code cannot hold is refused", "[ui][unlock][qr]")
{
    CHECK(QrCode::encode(QString()).code() == ErrorCode::InvalidArgument);
    CHECK(QrCode::encode(QString(8000, QLatin1Char('x'))).code() == ErrorCode::InvalidArgument);
}
