#pragma once

#include "rules/DeadlineRule.h"

#include <QDate>
#include <QString>

namespace lintas::rules {

// A deadline the calculator proposes for a case. The user confirms it before it becomes a
// domain::Deadline; ruleId/ruleVersion/source travel with it so the date stays explainable
// after the ruleset is updated.
struct SuggestedDeadline {
    QString ruleId;
    int ruleVersion = 0;
    QString kind; // domain::deadlineKinds()
    QString jurisdiction; // domain::jurisdictions()
    QString forum; // domain::forums()
    QString trigger; // trigger code the date was counted from
    QDate triggerDate;
    QDate dueDate;
    Period period;
    BilingualText title;
    BilingualText explanation;
    BilingualText notes;
    QString source;
    QDate sourceDate;
    // The rule is marked uncertain, or its commencement date is only known to the month and the
    // trigger date falls in that month. The UI must show such dates as "to be confirmed".
    bool uncertain = false;
    bool overdue = false; // dueDate is before `today`
};

} // namespace lintas::rules
