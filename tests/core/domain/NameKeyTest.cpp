#include "domain/NameKey.h"
#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"
#include "domain/IdentityKey.h"

#include "support/QtPrinters.h"

#include <catch2/catch.hpp>

using namespace lintas;
using domain::NameKey;
using Match = NameKey::Match;

namespace {

Match compare(const char *a, const char *b)
{
    return NameKey::compare(NameKey(QString::fromUtf8(a)), NameKey(QString::fromUtf8(b)));
}

const char *matchName(Match m)
{
    switch (m) {
    case Match::Same:
        return "Same";
    case Match::Similar:
        return "Similar";
    case Match::Reordered:
        return "Reordered";
    case Match::Typo:
        return "Typo";
    case Match::Part:
        return "Part";
    case Match::None:
        return "None";
    }
    return "?";
}

} // namespace

TEST_CASE("name keys drop titles, case, diacritics and spacing and set the father's name apart", "[namekey]")
{
    const NameKey k(QStringLiteral("Bu Hj. SITÍ  aminah,  S.Pd. binti H. Parman"));
    CHECK(k.own() == QStringList {QStringLiteral("siti"), QStringLiteral("aminah")});
    CHECK(k.father() == QStringList {QStringLiteral("parman")});
    CHECK(NameKey(QStringLiteral("H.Sumiati")).own() == QStringList {QStringLiteral("sumiati")});
    CHECK(NameKey(QStringLiteral("Ma'ruf Nur-Aini")).own()
        == QStringList {QStringLiteral("maruf"), QStringLiteral("nur"), QStringLiteral("aini")});
    // "Sri" and "Nur" are names as often as titles; "Inaq X" is X's mother.
    CHECK(NameKey(QStringLiteral("Sri Wahyuni")).own().size() == 2);
    CHECK(NameKey(QStringLiteral("Inaq Sapiah")).own().size() == 2);
    // A title alone, or bin/binti first, is not mistaken for the structure of a name.
    CHECK(NameKey(QStringLiteral("Binti")).own() == QStringList {QStringLiteral("binti")});
    CHECK(NameKey(QStringLiteral("  ")).isEmpty());
}

TEST_CASE("old spellings become modern ones, but a modern j stays j", "[namekey]")
{
    CHECK(NameKey::spelling(QStringLiteral("Soekarni")) == QStringLiteral("sukarni"));
    CHECK(NameKey::spelling(QStringLiteral("Djuwariyah")) == QStringLiteral("juwariyah"));
    CHECK(NameKey::spelling(QStringLiteral("Tjahyani")) == QStringLiteral("cahyani"));
    CHECK(NameKey::spelling(QStringLiteral("Sjarifah")) == QStringLiteral("syarifah"));
    CHECK(NameKey::spelling(QStringLiteral("Njoman")) == QStringLiteral("nyoman"));
    CHECK(NameKey::spelling(QStringLiteral("Chadijah")) == QStringLiteral("khadijah"));
    CHECK(NameKey::spelling(QStringLiteral("Djojo")) == QStringLiteral("joyo")); // old j = new y
    CHECK(NameKey::spelling(QStringLiteral("Soejatmi")) == QStringLiteral("suyatmi"));
    CHECK(NameKey::spelling(QStringLiteral("Pandji")) == QStringLiteral("panji")); // never "panyi"
    CHECK(NameKey::spelling(QStringLiteral("Panji")) == QStringLiteral("panji")); // modern nj is n+j
    CHECK(NameKey::spelling(QStringLiteral("Juminten")) == QStringLiteral("juminten"));
    CHECK(NameKey::spelling(QStringLiteral("Sity")) == QStringLiteral("siti"));
    CHECK(NameKey::spelling(QStringLiteral("Nurhayatti")) == QStringLiteral("nurhayati"));
}

TEST_CASE("names that must match, and how strongly", "[namekey]")
{
    struct Pair {
        const char *a;
        const char *b;
        Match expected;
    };
    const Pair pairs[] = {
        {"Siti Aminah", "SITI  AMINAH", Match::Same},
        {"Siti Aminah", "Sity Aminah", Match::Same},
        {"Siti Aminah", "Siti Aminah binti Parman", Match::Same},
        {"Siti Aminah", "Bu Siti Aminah", Match::Same},
        {"Siti Aminah", "Sití Amínah", Match::Same},
        {"Soekarni", "Sukarni", Match::Same},
        {"Djuwariyah", "Juwariyah", Match::Same},
        {"Tjahyani", "Cahyani", Match::Same},
        {"Nurhayatti", "Nurhayati", Match::Same},
        {"Sumiati", "Sumiati binti Karto", Match::Same},
        {"Sumiati", "Bu Sumiati", Match::Same},
        {"Sumiati binti Karto", "Ibu Sumiati Bt. Karto", Match::Same},
        {"Juwariyah", "Juariah", Match::Similar},
        {"Khotimah", "Hotimah", Match::Similar},
        {"Achmad Fauzi", "Ahmad Fauzi", Match::Similar},
        {"Suryani", "Suriani", Match::Similar},
        {"Mariyam", "Maryam", Match::Similar},
        {"Zaenab", "Zainab", Match::Similar},
        {"Fitri Rohmah", "Pitri Romah", Match::Similar},
        {"Siti Aminah binti Parman", "Siti Aminah Parman", Match::Similar},
        {"Nurhayati", "Nurhaiati", Match::Similar},
        {"Siti", "Syti", Match::Similar},
        {"Joeminten", "Juminten", Match::Similar},
        {"Aminah Siti", "Siti Aminah", Match::Reordered},
        {"Sumiati", "Sumaiti", Match::Typo},
        {"Wahyuningsih", "Wahyuningsi Lestari", Match::Part},
        {"Kurniasih", "Kurniasi", Match::Similar}, // a dropped h is a spelling, not a typo
        {"Puspitasari", "Puspitsari", Match::Typo},
        {"Rahmawati", "Rahmawatti", Match::Same},
        {"Aminah", "Siti Aminah", Match::Part},
    };
    for (const Pair &p : pairs) {
        INFO(p.a << " / " << p.b);
        CHECK(std::string(matchName(compare(p.a, p.b))) == matchName(p.expected));
        CHECK(std::string(matchName(compare(p.b, p.a))) == matchName(p.expected));
    }
}

TEST_CASE("names that must not match", "[namekey]")
{
    const std::pair<const char *, const char *> pairs[] = {
        {"Siti Aminah", "Siti Maryam"},
        {"Sumiati", "Sumarni"},
        {"Sumini", "Sutini"}, // Javanese names one letter apart are different names
        {"Suwarni", "Sumarni"},
        {"Tumini", "Sumini"},
        {"Rasmini", "Rasminah"},
        {"Kartini", "Karniti"},
        {"Sumiati", "Karto"},
        {"Karto", "Sumiati binti Karto"}, // her father is not her
        {"Ani", "Ana"},
        {"Yanti", "Santi"},
        {"Eni", "Evi"},
        {"", "Sumiati"},
    };
    for (const auto &[a, b] : pairs) {
        INFO(a << " / " << b);
        CHECK(std::string(matchName(compare(a, b))) == "None");
        CHECK(std::string(matchName(compare(b, a))) == "None");
    }
}

TEST_CASE("fathers that differ are noticed", "[namekey]")
{
    const NameKey a(QStringLiteral("Siti Aminah binti Parman")), b(QStringLiteral("Siti Aminah binti Karto"));
    CHECK(NameKey::compare(a, b) == Match::Same);
    CHECK(NameKey::fathersDiffer(a, b));
    CHECK_FALSE(NameKey::fathersDiffer(a, NameKey(QStringLiteral("Siti Aminah"))));
    CHECK_FALSE(NameKey::fathersDiffer(a, NameKey(QStringLiteral("Siti Aminah bin Parman"))));
}

TEST_CASE("typo neighbours share a variant, and only one slip is forgiven", "[namekey]")
{
    CHECK(NameKey::typoClose(QStringLiteral("sumiati"), QStringLiteral("sumaiti"))); // swap
    CHECK(NameKey::typoClose(QStringLiteral("puspitasari"), QStringLiteral("puspitsari"))); // one less
    CHECK(NameKey::typoClose(QStringLiteral("wahyuningsi"), QStringLiteral("wahyuninsi"))); // one less
    CHECK(NameKey::typoClose(QStringLiteral("puspitasari"), QStringLiteral("puspitasiri"))); // one wrong, long
    CHECK_FALSE(NameKey::typoClose(QStringLiteral("sumini"), QStringLiteral("sutini"))); // one wrong, short
    CHECK_FALSE(NameKey::typoClose(QStringLiteral("sumiati"), QStringLiteral("sumarni")));
    CHECK_FALSE(NameKey::typoClose(QStringLiteral("ani"), QStringLiteral("nai"))); // too short
    // Every accepted pair shares a variant (what the index relies on).
    const QStringList words {QStringLiteral("sumiati"), QStringLiteral("sumaiti"), QStringLiteral("puspitasari"),
        QStringLiteral("puspitsari"), QStringLiteral("puspitasiri"), QStringLiteral("wahyuningsi"),
        QStringLiteral("wahyuninsi"), QStringLiteral("kartini"), QStringLiteral("karitni")};
    for (const QString &a : words) {
        for (const QString &b : words) {
            if (!NameKey::typoClose(a, b))
                continue;
            const QStringList va = NameKey::typoVariants(a), vb = NameKey::typoVariants(b);
            INFO(a.toStdString() << " / " << b.toStdString());
            CHECK(std::any_of(va.begin(), va.end(), [&](const QString &v) { return vb.contains(v); }));
        }
    }
}

// Property over the demo generator, which writes names the ways case files do: every spelling
// variant it makes of a worker's name is recognised as her name, one way or another.
TEST_CASE("every demo spelling variant of a name matches the name", "[namekey]")
{
    demo::DemoRandom random(20261130);
    int checked = 0;
    for (int i = 0; i < 3000; ++i) {
        const bool female = random.chance(0.9);
        const QString name = demo::DemoNames::workerName(random, female, QStringLiteral("jawa_tengah"));
        const QString variant = demo::DemoNames::spellingVariant(random, name);
        if (variant.isEmpty())
            continue;
        // Nicknames ("Mbak Sumi") are aliases, not spellings: the duplicate check compares aliases.
        if (variant.startsWith(QStringLiteral("Mbak ")) || variant.startsWith(QStringLiteral("Teh "))
            || variant.startsWith(QStringLiteral("Bu ")) || variant.startsWith(QStringLiteral("Kak ")))
            continue;
        ++checked;
        INFO(name.toStdString() << " / " << variant.toStdString());
        CHECK(NameKey::compare(NameKey(name), NameKey(variant)) != Match::None);
        const QString father = demo::DemoNames::withFather(random, name, female);
        CHECK(NameKey::compare(NameKey(variant), NameKey(father)) != Match::None);
    }
    CHECK(checked > 1000);
}

TEST_CASE("identity numbers and phone numbers compare as the same line or document", "[identitykey]")
{
    using domain::IdentityKey;
    CHECK(IdentityKey::document(QStringLiteral(" 3201-0123 4567.0001 ")) == QStringLiteral("3201012345670001"));
    CHECK(IdentityKey::document(QStringLiteral("a 123 4567")) == QStringLiteral("A1234567"));

    CHECK(IdentityKey::phone(QStringLiteral("0812-3456-7890")) == QStringLiteral("6281234567890"));
    CHECK(IdentityKey::phone(QStringLiteral("+62 812 3456 7890")) == QStringLiteral("6281234567890"));
    CHECK(IdentityKey::phone(QStringLiteral("62 812 3456 7890")) == QStringLiteral("6281234567890"));
    CHECK(IdentityKey::phone(QStringLiteral("+62 (0)812 3456 7890")) == QStringLiteral("6281234567890"));
    CHECK(IdentityKey::phone(QStringLiteral("0062 812 3456 7890")) == QStringLiteral("6281234567890"));
    CHECK(IdentityKey::phone(QStringLiteral("812 3456 7890")) == QStringLiteral("6281234567890"));
    CHECK(IdentityKey::phone(QStringLiteral("+852 9123 4567")) == QStringLiteral("85291234567"));
    CHECK(IdentityKey::phone(QStringLiteral("9123 4567")) == QStringLiteral("91234567"));
    CHECK(IdentityKey::phone(QStringLiteral("123")).isEmpty());

    CHECK(IdentityKey::samePhone(QStringLiteral("0812-3456-7890"), QStringLiteral("+6281234567890")));
    CHECK(IdentityKey::samePhone(QStringLiteral("9123 4567"), QStringLiteral("+852 9123 4567")));
    CHECK(IdentityKey::samePhone(QStringLiteral("+852 9123 4567"), QStringLiteral("852-9123-4567")));
    CHECK_FALSE(IdentityKey::samePhone(QStringLiteral("0812-3456-7890"), QStringLiteral("0812-3456-7891")));
    CHECK_FALSE(IdentityKey::samePhone(QStringLiteral("+852 9123 4567"), QStringLiteral("+65 9123 4567")));
    CHECK_FALSE(IdentityKey::samePhone(QStringLiteral("4567"), QStringLiteral("4567")));
    CHECK(IdentityKey::phoneIndexKey(QStringLiteral("0812-3456-7890"))
        == IdentityKey::phoneIndexKey(QStringLiteral("+62 812 3456 7890")));
    CHECK(IdentityKey::phoneIndexKey(QStringLiteral("9123 4567"))
        == IdentityKey::phoneIndexKey(QStringLiteral("+852 9123 4567")));
}
