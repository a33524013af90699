#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace lintas::repo {

struct CaseFilter {
    QStringList statuses; // any of these; empty = all
    QString caseType;
    QString jurisdiction;
    QString assignee;
    QString risk;
    QString clientId;
    QStringList ids; // only these cases (e.g. search hits, a few hundred at most); empty = all
    int deadlineWithinDays = -1; // open deadlines due within N days (overdue included); -1 = off
    bool includeDeleted = false;
};

enum class CaseSort { RecentlyUpdated, RecentlyOpened, Reference, ClientName, NextDeadline, Risk };

// Where a case-list page ends: the sort key of its last row, opaque to callers.
struct CaseListCursor {
    QVariantList key;
};

// One line of the case list: enough to show and sort without loading whole cases.
struct CaseListRow {
    QString id;
    QString reference;
    QString clientId;
    QString clientName;
    QString title;
    QString status;
    QString risk;
    bool safetyFlag = false;
    QDate openedOn;
    QDate nextDeadline;
    QStringList caseTypes;
    qint64 updatedAt = 0;
    CaseListCursor cursor; // pass to CaseRepository::listAfter() for the page after this row
};

// One page of the case list as SQL and bind values. Built where the clock is (a deadline filter
// counts from today), read on any connection to the profile (readCasePage(), CasePageReadAhead).
struct CasePageQuery {
    QString sql;
    QVariantList binds;
    int sortTerms = 0; // the key columns that follow the row's own, for the next page's cursor

    bool operator==(const CasePageQuery &) const = default;
};

} // namespace lintas::repo
