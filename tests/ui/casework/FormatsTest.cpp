#include "common/Formats.h"
#include "i18n/LanguageManager.h"
#include "support/QtPrinters.h"

#include <catch2/catch.hpp>

using namespace lintas;
using ui::formats::money;
using ui::formats::parseMoney;

TEST_CASE("money reads the way each language writes it, in the currency's own units", "[ui][formats]")
{
    const QLocale id = ui::LanguageManager::localeFor(QStringLiteral("id"));
    const QLocale en = ui::LanguageManager::localeFor(QStringLiteral("en"));
    CHECK(money(1250000, QStringLiteral("IDR"), id) == QStringLiteral("Rp1.250.000"));
    CHECK(money(1250000, QStringLiteral("IDR"), en) == QStringLiteral("Rp1,250,000"));
    CHECK(money(510000, QStringLiteral("HKD"), en) == QStringLiteral("HK$5,100")); // whole: no ".00"
    CHECK(money(510050, QStringLiteral("HKD"), en) == QStringLiteral("HK$5,100.50"));
    CHECK(money(510005, QStringLiteral("HKD"), id) == QStringLiteral("HK$5.100,05"));
    CHECK(money(4200000, QStringLiteral("TWD"), en) == QStringLiteral("NT$4,200,000")); // no cents in TWD
    CHECK(money(99, QStringLiteral("SAR"), en) == QStringLiteral("SAR 0.99"));
    CHECK(money(-150, QStringLiteral("MYR"), en) == QStringLiteral("-RM1.50"));
    CHECK(money(0, QStringLiteral("USD"), en) == QStringLiteral("US$0"));
}

TEST_CASE("typed amounts are read in the language's way, with or without grouping", "[ui][formats]")
{
    const QLocale id = ui::LanguageManager::localeFor(QStringLiteral("id"));
    const QLocale en = ui::LanguageManager::localeFor(QStringLiteral("en"));
    CHECK(parseMoney(QStringLiteral("5,100.50"), QStringLiteral("HKD"), en) == 510050);
    CHECK(parseMoney(QStringLiteral("5100"), QStringLiteral("HKD"), en) == 510000);
    CHECK(parseMoney(QStringLiteral(" HK$ 5,100 "), QStringLiteral("HKD"), en) == 510000);
    CHECK(parseMoney(QStringLiteral("5.100,5"), QStringLiteral("HKD"), id) == 510050);
    CHECK(parseMoney(QStringLiteral("Rp1.250.000"), QStringLiteral("IDR"), id) == 1250000);
    CHECK(parseMoney(QStringLiteral("1250000"), QStringLiteral("IDR"), id) == 1250000);
    // What each format writes reads back as the same amount.
    for (qint64 v : {qint64(0), qint64(7), qint64(510050), qint64(123456789)}) {
        for (const QLocale &l : {id, en}) {
            CHECK(parseMoney(money(v, QStringLiteral("HKD"), l), QStringLiteral("HKD"), l) == v);
            CHECK(parseMoney(money(v, QStringLiteral("IDR"), l), QStringLiteral("IDR"), l) == v);
        }
    }
    // Refused: too many decimals for the currency, the other language's marks, not a number,
    // negative, unknown currency.
    CHECK(parseMoney(QStringLiteral("25000,5"), QStringLiteral("IDR"), id) == -1);
    CHECK(parseMoney(QStringLiteral("5,100.505"), QStringLiteral("HKD"), en) == -1);
    CHECK(parseMoney(QStringLiteral("5.100,50"), QStringLiteral("HKD"), en) == -1);
    CHECK(parseMoney(QStringLiteral("lima ribu"), QStringLiteral("HKD"), id) == -1);
    CHECK(parseMoney(QStringLiteral("-5"), QStringLiteral("HKD"), en) == -1);
    CHECK(parseMoney(QStringLiteral("5"), QStringLiteral("XYZ"), en) == -1);
}

TEST_CASE("dates read the same way in every view", "[ui][formats]")
{
    CHECK(ui::formats::date(QDate(2026, 11, 22), ui::LanguageManager::localeFor(QStringLiteral("en")))
        == QStringLiteral("22 Nov 2026"));
    CHECK(ui::formats::date(QDate(2026, 8, 17), ui::LanguageManager::localeFor(QStringLiteral("id")))
        == QStringLiteral("17 Agu 2026"));
    CHECK(ui::formats::date(QDate()).isEmpty());
}
