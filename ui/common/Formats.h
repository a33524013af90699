#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace lintas::ui {

// How dates and money read on screen and on paper, in the current UI language. One place, so a
// date reads "22 Nov 2026" (or "22 Nov 2026" in Indonesian, "22 Agu 2026" in August) in every view.
namespace formats {

// "22 Nov 2026"; empty for an invalid date.
QString date(const QDate &date, const QLocale &locale = QLocale());
// "22 Nov 2026 14:05" for ms since the epoch, in local time.
QString dateTime(qint64 msSinceEpoch, const QLocale &locale = QLocale());
// Money from minor units with the currency's symbol and the locale's grouping: "Rp1.250.000",
// "HK$5.100,50" in Indonesian; "Rp1,250,000", "HK$5,100.50" in English. Whole amounts drop the
// decimals ("HK$5,100"), which is how people write them; cents are shown when there are any.
QString money(qint64 minorUnits, const QString &currency, const QLocale &locale = QLocale());
// An amount as it is typed: like money() without the symbol, so it reads back with parseMoney().
QString amountInput(qint64 minorUnits, const QString &currency, const QLocale &locale = QLocale());
// The symbol written before an amount: "Rp", "HK$", "NT$", "RM"…; the ISO code for the rest.
QString currencySymbol(const QString &currency);
// Reads an amount typed in `locale` ("5.100,50" in Indonesian, "5,100.50" in English; plain
// "5100" in both; a leading symbol or code is ignored). Returns minor units, or -1 when the text
// is not an amount or has more decimals than the currency has.
qint64 parseMoney(const QString &text, const QString &currency, const QLocale &locale = QLocale());

} // namespace formats

} // namespace lintas::ui
