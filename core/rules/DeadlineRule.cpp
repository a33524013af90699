#include "rules/DeadlineRule.h"

namespace lintas::rules {

bool DeadlineRule::appliesToCaseType(const QString &caseType) const
{
    return caseTypes.contains(QStringLiteral("*")) || caseTypes.contains(caseType);
}

bool DeadlineRule::appliesToAnyCaseType(const QStringList &types) const
{
    for (const QString &type : types) {
        if (appliesToCaseType(type))
            return true;
    }
    return false;
}

bool DeadlineRule::isEffectiveOn(const QDate &triggerDate) const
{
    if (!triggerDate.isValid())
        return false;
    if (effectiveFrom.isValid() && triggerDate < effectiveFrom)
        return false;
    if (effectiveUntil.isValid() && triggerDate > effectiveUntil)
        return false;
    return true;
}

} // namespace lintas::rules
