#pragma once

#include <QDate>
#include <QString>

namespace lintas::domain {

// A deadline, hearing or task. Rule-suggested ones keep the rule id/version and source so the
// user can see where a date comes from.
struct Deadline {
    QString id;
    QString caseId;
    QString kind; // deadlineKinds()
    QString title;
    QDate dueOn;
    QString ruleId; // empty when set by hand
    int ruleVersion = 0;
    QDate triggerDate;
    QString source; // the rule's citation, copied so it survives rule updates
    QDate doneOn; // null while open
    QString assignee;
    QString notes;
    bool deleted = false;
    qint64 updatedAt = 0;
};

} // namespace lintas::domain
