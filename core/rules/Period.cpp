#include "rules/Period.h"

#include <QStringList>

namespace lintas::rules {

namespace {

QString part(int n, domain::Language language, const QString &idUnit, const QString &enOne, const QString &enMany)
{
    // Indonesian does not inflect for number ("1 bulan", "12 bulan").
    if (language == domain::Language::Indonesian)
        return QStringLiteral("%1 %2").arg(n).arg(idUnit);
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? enOne : enMany);
}

} // namespace

QString Period::describe(domain::Language language) const
{
    QStringList parts;
    if (years > 0)
        parts << part(years, language, QStringLiteral("tahun"), QStringLiteral("year"), QStringLiteral("years"));
    if (months > 0)
        parts << part(months, language, QStringLiteral("bulan"), QStringLiteral("month"), QStringLiteral("months"));
    if (days > 0)
        parts << part(days, language, QStringLiteral("hari"), QStringLiteral("day"), QStringLiteral("days"));
    if (workingDays > 0)
        parts << part(workingDays, language, QStringLiteral("hari kerja"), QStringLiteral("working day"),
            QStringLiteral("working days"));
    return parts.join(QStringLiteral(", "));
}

} // namespace lintas::rules
