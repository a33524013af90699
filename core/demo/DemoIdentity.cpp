#include "demo/DemoIdentity.h"

#include "demo/DemoRandom.h"

namespace lintas::demo {

namespace {

QString digits(DemoRandom &random, int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out += QLatin1Char(char('0' + random.between(0, 9)));
    return out;
}

} // namespace

QString DemoIdentity::nik(DemoRandom &random, const QString &regencyCode, const QDate &birthDate, bool female)
{
    const QString district = QStringLiteral("%1").arg(random.between(1, 24), 2, 10, QLatin1Char('0'));
    const int day = birthDate.day() + (female ? 40 : 0);
    return regencyCode + district
        + QStringLiteral("%1%2%3%4")
              .arg(day, 2, 10, QLatin1Char('0'))
              .arg(birthDate.month(), 2, 10, QLatin1Char('0'))
              .arg(birthDate.year() % 100, 2, 10, QLatin1Char('0'))
              .arg(random.between(1, 2999), 4, 10, QLatin1Char('0'));
}

QString DemoIdentity::passport(DemoRandom &random)
{
    const QString letter = random.weighted({{"C", 40}, {"B", 20}, {"X", 25}, {"E", 15}});
    return letter + digits(random, 7);
}

QString DemoIdentity::mobile(DemoRandom &random, const QString &jurisdiction)
{
    if (jurisdiction == QStringLiteral("hk")) {
        const QString first = random.weighted({{"5", 20}, {"6", 35}, {"9", 45}});
        return QStringLiteral("+852 %1%2 %3").arg(first, digits(random, 3), digits(random, 4));
    }
    if (jurisdiction == QStringLiteral("tw"))
        return QStringLiteral("+886 9%1 %2 %3").arg(digits(random, 2), digits(random, 3), digits(random, 3));
    if (jurisdiction == QStringLiteral("sg"))
        return QStringLiteral("+65 %1%2 %3")
            .arg(random.weighted({{"8", 50}, {"9", 50}}), digits(random, 3), digits(random, 4));
    if (jurisdiction == QStringLiteral("my"))
        return QStringLiteral("+60 1%1-%2 %3").arg(random.between(0, 9)).arg(digits(random, 3), digits(random, 4));
    if (jurisdiction == QStringLiteral("sa"))
        return QStringLiteral("+966 5%1 %2 %3").arg(random.between(0, 9)).arg(digits(random, 3), digits(random, 4));
    // Telkomsel 0812/0813/0821/0852/0853, Indosat 0856/0857, XL 0817/0818/0877/0878, Tri 0895/0896.
    const QString prefix = random.weighted({{"812", 18}, {"813", 14}, {"821", 10}, {"852", 12}, {"853", 8}, {"856", 8},
        {"857", 8}, {"817", 5}, {"818", 4}, {"877", 5}, {"878", 4}, {"895", 2}, {"896", 2}});
    return QStringLiteral("+62 %1-%2-%3").arg(prefix, digits(random, 4), digits(random, 4));
}

} // namespace lintas::demo
