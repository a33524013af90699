#pragma once

#include "base/Result.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace lintas::store {
class Database;
}

namespace lintas::repo {

// One open deadline, hearing or task with the case and client it belongs to: a line of the
// Today page.
struct AgendaItem {
    QString deadlineId;
    QString caseId;
    QString caseReference;
    QString clientName;
    QString kind; // deadlineKinds()
    QString title;
    QDate dueOn;
    QString assignee;
    QString source; // the rule's citation, empty when set by hand
};

struct AgendaCounts {
    int overdue = 0;
    int coming = 0; // due from today up to the horizon
};

// What is due: open deadlines of cases that are not closed. Read-only queries for the Today
// page; writes (marking one done) go through DeadlineRepository.
class Agenda {
public:
    explicit Agenda(store::Database &db) : m_db(db) { }

    enum class Kinds { DeadlinesAndHearings, Tasks };

    // Open items due on or before `until`: first those from `today` on, soonest first, then the
    // overdue ones, the most recently missed first (those can often still be saved; a list
    // opening on years-old misses hides this week).
    Result<QVector<AgendaItem>> due(Kinds kinds, const QDate &today, const QDate &until, int limit);
    Result<AgendaCounts> counts(Kinds kinds, const QDate &today, const QDate &until);

private:
    store::Database &m_db;
};

} // namespace lintas::repo
