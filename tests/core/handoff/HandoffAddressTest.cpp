#include "handoff/HandoffAddress.h"
#include "handoff/HandoffErrors.h"
#include "support/HandoffTestData.h"
#include "support/QtPrinters.h"

#include <catch2/catch.hpp>

using namespace lintas;
using handoff::HandoffAddress;

namespace {

// Replaces the symbol at `index` (ignoring dashes) with a different one of the alphabet.
QString withSymbolChanged(QString code, int index)
{
    int seen = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (code[i] == QLatin1Char('-'))
            continue;
        if (seen++ == index) {
            code[i] = code[i] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
            break;
        }
    }
    return code;
}

} // namespace

TEST_CASE("a hand-off address round-trips through its typed code", "[handoff]")
{
    test::HandoffProfile p(11, QStringLiteral("Yayasan Lampung"));
    const HandoffAddress a = p.address();
    const QString code = a.code();
    CHECK(code.size() == HandoffAddress::CodeLength + HandoffAddress::CodeLength / 4 - 1);
    auto back = HandoffAddress::fromCode(code);
    REQUIRE(back.ok());
    CHECK(back->boxKey == a.boxKey);
    CHECK(back->signKey == a.signKey);
    CHECK(back->name.isEmpty()); // the typed code carries keys only

    SECTION("case, spaces, dashes and look-alikes are tolerated")
    {
        QString typed = code.toLower();
        typed.replace(QLatin1Char('-'), QLatin1Char(' '));
        typed.replace(QLatin1Char('0'), QLatin1Char('o'));
        typed.replace(QLatin1Char('1'), QLatin1Char('l'));
        auto read = HandoffAddress::fromCode(QStringLiteral("  ") + typed + QStringLiteral("\n"));
        REQUIRE(read.ok());
        CHECK(read->keyId() == a.keyId());
    }
    SECTION("a typo anywhere is detected")
    {
        for (int i = 0; i < HandoffAddress::CodeLength; i += 5) {
            INFO(i);
            auto read = HandoffAddress::fromCode(withSymbolChanged(code, i));
            REQUIRE_FALSE(read.ok());
            CHECK(read.error().rule == QLatin1String(handoff::rule::AddressCode));
        }
    }
    SECTION("two swapped symbols are detected")
    {
        QString compact = code;
        compact.remove(QLatin1Char('-'));
        int swaps = 0;
        for (int i = 0; i + 1 < compact.size(); i += 7) {
            if (compact[i] == compact[i + 1])
                continue;
            QString swapped = compact;
            std::swap(swapped[i], swapped[i + 1]);
            INFO(i);
            CHECK_FALSE(HandoffAddress::fromCode(swapped).ok());
            ++swaps;
        }
        CHECK(swaps > 5);
    }
    SECTION("a short or foreign code is refused")
    {
        CHECK_FALSE(HandoffAddress::fromCode(code.left(code.size() - 2)).ok());
        CHECK_FALSE(HandoffAddress::fromCode(code + QStringLiteral("A")).ok());
        CHECK_FALSE(HandoffAddress::fromCode(QStringLiteral("U") + code.mid(1)).ok());
    }
}

TEST_CASE("a hand-off address round-trips through its QR text, name included", "[handoff]")
{
    test::HandoffProfile p(12, QStringLiteral("Serikat BMI Hong Kong & Macau — 香港"));
    const HandoffAddress a = p.address();
    const QString qr = a.qrText();
    CHECK(qr.startsWith(QStringLiteral("lintas:handoff?code=")));
    auto back = HandoffAddress::fromQrText(qr);
    REQUIRE(back.ok());
    CHECK(*back == a);

    QString broken = qr;
    const qsizetype at = qr.indexOf(QStringLiteral("code=")) + 10;
    broken[at] = broken[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    CHECK_FALSE(HandoffAddress::fromQrText(broken).ok());
    CHECK_FALSE(HandoffAddress::fromQrText(QStringLiteral("lintas:join?code=") + a.code()).ok());
}

TEST_CASE("the address fingerprint is the profile's sync fingerprint", "[handoff]")
{
    test::HandoffProfile p(13, QStringLiteral("A"));
    test::HandoffProfile q(14, QStringLiteral("B"));
    CHECK(p.address().fingerprint() == p.identity.fingerprint());
    CHECK(p.address().fingerprint().size() == 24);
    CHECK(p.address().fingerprint() != q.address().fingerprint());
    CHECK(crypto::fingerprintText(p.address().keyId()) == p.address().fingerprint());
}
