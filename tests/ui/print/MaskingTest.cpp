#include "print/Masking.h"
#include "support/QtPrinters.h"

#include <catch2/catch.hpp>

using lintas::ui::maskIdentifier;

TEST_CASE("identifiers keep only their last four letters and digits", "[ui][print]")
{
    CHECK(maskIdentifier(QStringLiteral("3201234567890123")) == QStringLiteral("••••••••••••0123"));
    CHECK(maskIdentifier(QStringLiteral("C7654321")) == QStringLiteral("••••4321"));
    // Separators keep the shape the reader knows.
    CHECK(maskIdentifier(QStringLiteral("+62 812-3456-7890")) == QStringLiteral("+•• •••-••••-7890"));
    CHECK(maskIdentifier(QStringLiteral(" 0812345678 ")) == QStringLiteral("••••••5678"));
    // Too short to show a part of it without showing most of it.
    CHECK(maskIdentifier(QStringLiteral("1234567")) == QStringLiteral("•••••••"));
    CHECK(maskIdentifier(QString()).isEmpty());
}
