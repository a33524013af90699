#pragma once

#include "base/Result.h"

#include <QString>

namespace lintas::cli {

// Money as people type and read it: "5100", "5100.50", "5,100.50" in, minor units out, using
// each currency's number of decimals (HKD 2, IDR 0, TWD 0 — see domain::currencyExponent).
class MoneyText {
public:
    // Validation naming `field` when the text is not an amount, is negative, or has more
    // decimals than the currency has ("5100.123" HKD, "25000.5" IDR).
    static Result<qint64> parse(const QString &text, const QString &currency, const QString &field);
    // 510000 HKD → "5,100.00"; 25000000 IDR → "25,000,000".
    static QString format(qint64 minorUnits, const QString &currency);
};

} // namespace lintas::cli
