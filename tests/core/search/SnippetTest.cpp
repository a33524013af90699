#include "search/Snippet.h"
#include "support/QtPrinters.h"

#include <catch2/catch.hpp>

using lintas::search::Snippet;

TEST_CASE("snippets bracket prefix matches, ignore case and diacritics, and keep to one line", "[search][snippet]")
{
    const QString text = QStringLiteral("Klien bekerja 4 tahun di Sha Tin.\nMajikan menahan paspor dan gaji;\n"
                                        "agen memotong Rp 15.000.000 dari gaji bulan pertama sampai kelima.");
    CHECK(Snippet::build(text, QStringLiteral("pasp*"))
        == QStringLiteral("…Tin. Majikan menahan [paspor] dan gaji; agen memotong Rp 15…"));
    CHECK(Snippet::build(text, QStringLiteral("klien*")).startsWith(QStringLiteral("[Klien] bekerja")));
    CHECK(Snippet::build(text, QStringLiteral("xyz*")).isEmpty());
    const QString snip = Snippet::build(text, QStringLiteral("gaji* agen*"), 6);
    CHECK(snip.contains(QStringLiteral("[gaji]")));
    CHECK(snip.contains(QStringLiteral("[agen]")));
    CHECK_FALSE(snip.contains(QLatin1Char('\n')));
    CHECK(Snippet::build(QStringLiteral("Nama: Élo Sétiawati"), QStringLiteral("setia*"))
        == QStringLiteral("Nama: Élo [Sétiawati]"));
    CHECK(Snippet::fold(QStringLiteral("ÉLÖ")) == QStringLiteral("elo"));
}
