#include "MoneyText.h"

#include "domain/CodeLists.h"

#include <QRegularExpression>

namespace lintas::cli {

namespace {

// Amounts travel as JSON numbers in sync payloads; stay within exactly representable integers.
constexpr qint64 kMaxMinorUnits = (qint64(1) << 53) - 1;

Error invalid(const QString &field, const QString &why)
{
    return makeError(ErrorCode::Validation, QStringLiteral("%1: %2").arg(field, why), field);
}

} // namespace

Result<qint64> MoneyText::parse(const QString &text, const QString &currency, const QString &field)
{
    const int exponent = domain::currencyExponent(currency);
    if (exponent < 0) {
        return invalid(QStringLiteral("currency"),
            currency.isEmpty() ? QStringLiteral("a currency is needed to read an amount")
                               : QStringLiteral("unknown currency '%1'").arg(currency));
    }
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,3}(,\\d{3})+|\\d+)(\\.(\\d+))?$"));
    const QString trimmed = text.trimmed();
    const auto m = shape.match(trimmed);
    if (!m.hasMatch())
        return invalid(field, QStringLiteral("'%1' is not an amount (write e.g. 5100 or 5100.50)").arg(text));
    QString whole = m.captured(1);
    whole.remove(QLatin1Char(','));
    const QString fraction = m.captured(4);
    if (fraction.size() > exponent) {
        return invalid(field,
            exponent == 0 ? QStringLiteral("%1 amounts have no decimals").arg(currency)
                          : QStringLiteral("%1 amounts have at most %2 decimals").arg(currency).arg(exponent));
    }
    if (whole.size() > 15)
        return invalid(field, QStringLiteral("amount too large"));
    qint64 value = whole.toLongLong();
    for (int i = 0; i < exponent; ++i)
        value = value * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    if (value > kMaxMinorUnits)
        return invalid(field, QStringLiteral("amount too large"));
    return value;
}

QString MoneyText::format(qint64 minorUnits, const QString &currency)
{
    const int exponent = std::max(domain::currencyExponent(currency), 0);
    const bool negative = minorUnits < 0;
    const qint64 abs = negative ? -minorUnits : minorUnits;
    qint64 divisor = 1;
    for (int i = 0; i < exponent; ++i)
        divisor *= 10;
    QString whole = QString::number(abs / divisor);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    QString out = whole;
    if (exponent > 0)
        out += QLatin1Char('.') + QStringLiteral("%1").arg(abs % divisor, exponent, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + out : out;
}

} // namespace lintas::cli
