#include "common/Formats.h"

#include "domain/CodeLists.h"

#include <QDateTime>
#include <QRegularExpression>

namespace lintas::ui::formats {

namespace {

const QString kDateFormat = QStringLiteral("d MMM yyyy");

qint64 powerOfTen(int exponent)
{
    qint64 p = 1;
    for (int i = 0; i < exponent; ++i)
        p *= 10;
    return p;
}

} // namespace

QString date(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, kDateFormat) : QString();
}

QString dateTime(qint64 msSinceEpoch, const QLocale &locale)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    return locale.toString(when, kDateFormat + QStringLiteral(" HH:mm"));
}

QString currencySymbol(const QString &currency)
{
    static const QHash<QString, QString> symbols {
        {QStringLiteral("IDR"), QStringLiteral("Rp")},
        {QStringLiteral("HKD"), QStringLiteral("HK$")},
        {QStringLiteral("SGD"), QStringLiteral("S$")},
        {QStringLiteral("TWD"), QStringLiteral("NT$")},
        {QStringLiteral("MYR"), QStringLiteral("RM")},
        {QStringLiteral("USD"), QStringLiteral("US$")},
    };
    // SAR and AED have no symbol in Latin script that readers agree on: the code with a space.
    return symbols.value(currency, currency + QLatin1Char(' '));
}

QString money(qint64 minorUnits, const QString &currency, const QLocale &locale)
{
    const int exponent = std::max(domain::currencyExponent(currency), 0);
    const qint64 divisor = powerOfTen(exponent);
    const bool negative = minorUnits < 0;
    const qint64 abs = negative ? -minorUnits : minorUnits;
    QString text = locale.toString(abs / divisor);
    if (abs % divisor != 0) {
        text += locale.decimalPoint() + QStringLiteral("%1").arg(abs % divisor, exponent, 10, QLatin1Char('0'));
    }
    return (negative ? locale.negativeSign() : QString()) + currencySymbol(currency) + text;
}

QString amountInput(qint64 minorUnits, const QString &currency, const QLocale &locale)
{
    return money(minorUnits, currency, locale).remove(currencySymbol(currency));
}

qint64 parseMoney(const QString &text, const QString &currency, const QLocale &locale)
{
    const int exponent = domain::currencyExponent(currency);
    if (exponent < 0)
        return -1;
    QString t = text.trimmed();
    for (const QString &prefix : {currencySymbol(currency).trimmed(), currency}) {
        if (t.startsWith(prefix, Qt::CaseInsensitive))
            t = t.mid(prefix.size()).trimmed();
    }
    // Grouping as the locale writes it, or none at all; the decimal mark is the locale's.
    const QString group = QRegularExpression::escape(locale.groupSeparator());
    const QString point = QRegularExpression::escape(locale.decimalPoint());
    const QRegularExpression shape(QStringLiteral("^(\\d{1,3}(%1\\d{3})+|\\d+)(%2(\\d+))?$").arg(group, point));
    const auto m = shape.match(t);
    if (!m.hasMatch())
        return -1;
    QString whole = m.captured(1);
    whole.remove(locale.groupSeparator());
    const QString fraction = m.captured(4);
    if (fraction.size() > exponent || whole.size() > 15)
        return -1;
    qint64 value = whole.toLongLong();
    for (int i = 0; i < exponent; ++i)
        value = value * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    return value;
}

} // namespace lintas::ui::formats
