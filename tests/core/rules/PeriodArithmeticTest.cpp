#include "rules/DeadlineCalculator.h"

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::rules;

// Adding a period to a date: the arithmetic under every deadline rule.

namespace {

// A period of `n` of one unit, e.g. of(&Period::months, 12).
Period of(int Period::*unit, int n)
{
    Period p;
    p.*unit = n;
    return p;
}

Period months(int n)
{
    return of(&Period::months, n);
}

Period years(int n)
{
    return of(&Period::years, n);
}

Period days(int n)
{
    return of(&Period::days, n);
}

Period workingDays(int n)
{
    return of(&Period::workingDays, n);
}

} // namespace

TEST_CASE("months are added with the corresponding-date convention", "[rules][period]")
{
    auto add = DeadlineCalculator::addPeriod;
    CHECK(add(QDate(2025, 3, 15), months(12)) == QDate(2026, 3, 15));
    CHECK(add(QDate(2023, 1, 31), months(1)) == QDate(2023, 2, 28));
    CHECK(add(QDate(2024, 1, 31), months(1)) == QDate(2024, 2, 29)); // leap year
    CHECK(add(QDate(2024, 1, 31), months(2)) == QDate(2024, 3, 31)); // no drift through February
    CHECK(add(QDate(2024, 1, 31), months(3)) == QDate(2024, 4, 30));
    CHECK(add(QDate(2024, 4, 30), months(1)) == QDate(2024, 5, 30)); // 30th stays the 30th
    CHECK(add(QDate(2024, 4, 30), months(10)) == QDate(2025, 2, 28));
    CHECK(add(QDate(2025, 5, 31), months(1)) == QDate(2025, 6, 30));
    CHECK(add(QDate(2025, 8, 31), months(6)) == QDate(2026, 2, 28));
    CHECK(add(QDate(2023, 8, 31), months(6)) == QDate(2024, 2, 29));
    CHECK(add(QDate(2025, 11, 30), months(3)) == QDate(2026, 2, 28));
    CHECK(add(QDate(2025, 12, 31), months(2)) == QDate(2026, 2, 28)); // across the year end
}

TEST_CASE("years follow the same rule, including leap days and 2100", "[rules][period]")
{
    auto add = DeadlineCalculator::addPeriod;
    CHECK(add(QDate(2024, 2, 29), months(12)) == QDate(2025, 2, 28));
    CHECK(add(QDate(2024, 2, 29), years(1)) == QDate(2025, 2, 28));
    CHECK(add(QDate(2024, 2, 29), years(4)) == QDate(2028, 2, 29));
    CHECK(add(QDate(2024, 2, 29), months(48)) == QDate(2028, 2, 29));
    CHECK(add(QDate(2096, 2, 29), years(4)) == QDate(2100, 2, 28)); // 2100 is not a leap year
    CHECK(add(QDate(2099, 3, 31), months(11)) == QDate(2100, 2, 28));
    CHECK(add(QDate(2020, 2, 29), years(6)) == QDate(2026, 2, 28));
    CHECK(add(QDate(2023, 3, 1), years(5)) == QDate(2028, 3, 1));
}

TEST_CASE("days and working days", "[rules][period]")
{
    auto add = DeadlineCalculator::addPeriod;
    CHECK(add(QDate(2024, 12, 25), days(14)) == QDate(2025, 1, 8));
    CHECK(add(QDate(2100, 2, 28), days(1)) == QDate(2100, 3, 1));
    CHECK(add(QDate(2024, 2, 28), days(1)) == QDate(2024, 2, 29));
    CHECK(add(QDate(2024, 8, 30), workingDays(15)) == QDate(2024, 9, 20)); // Friday → Friday three weeks on
    CHECK(add(QDate(2024, 8, 31), workingDays(1)) == QDate(2024, 9, 2)); // Saturday → Monday
    CHECK(add(QDate(2024, 9, 6), workingDays(1)) == QDate(2024, 9, 9)); // Friday → Monday
    CHECK(add(QDate(2024, 9, 2), workingDays(5)) == QDate(2024, 9, 9));
    Period mixed;
    mixed.years = 1;
    mixed.months = 1;
    mixed.days = 1;
    CHECK(add(QDate(2023, 1, 31), mixed) == QDate(2024, 3, 1)); // 31 Jan 2023 +13 months = 29 Feb 2024, +1 day
    CHECK_FALSE(add(QDate(), months(1)).isValid());
}

TEST_CASE("period descriptions in both languages", "[rules][period]")
{
    CHECK(months(12).describe(domain::Language::Indonesian) == QStringLiteral("12 bulan"));
    CHECK(months(12).describe(domain::Language::English) == QStringLiteral("12 months"));
    CHECK(years(1).describe(domain::Language::English) == QStringLiteral("1 year"));
    CHECK(workingDays(15).describe(domain::Language::Indonesian) == QStringLiteral("15 hari kerja"));
}
