#pragma once

#include "rules/DeadlineRuleSet.h"
#include "rules/Period.h"
#include "rules/SuggestedDeadline.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace lintas::rules {

// Turns a case's facts (case types, jurisdiction, key dates) into suggested deadlines.
// Pure: no clock, no database — `today` is passed in (from a Clock) so tests can move time.
class DeadlineCalculator {
public:
    explicit DeadlineCalculator(DeadlineRuleSet rules);

    const DeadlineRuleSet &ruleSet() const { return m_rules; }

    // One suggestion per applicable rule whose trigger date is known, using the rule version in
    // force on that trigger date. A rule applies when it covers one of `caseTypes` and its
    // jurisdiction is `jurisdiction` or "id": Indonesian remedies (BPJS, KP2MI, police) follow
    // the worker whatever the country of work. An empty `jurisdiction` matches every rule.
    // Sorted by due date, then rule id.
    QVector<SuggestedDeadline> suggest(const QStringList &caseTypes, const QString &jurisdiction,
        const QMap<QString, QDate> &triggerDates, const QDate &today) const;
    // Same, for a case that spans several jurisdictions (each rule is suggested at most once).
    QVector<SuggestedDeadline> suggest(const QStringList &caseTypes, const QStringList &jurisdictions,
        const QMap<QString, QDate> &triggerDates, const QDate &today) const;

    // Trigger codes that applicable rules count from but that are missing from `triggerDates`,
    // in first-seen order — what guided intake should ask for next ("When was she dismissed?").
    QStringList missingTriggers(
        const QStringList &caseTypes, const QString &jurisdiction, const QMap<QString, QDate> &triggerDates) const;

    // `from` + `period`. Invalid `from` gives an invalid date. See the .cpp for the month-end
    // convention (corresponding date, else last day of the month).
    static QDate addPeriod(const QDate &from, const Period &period);

private:
    bool applies(const DeadlineRule &rule, const QStringList &caseTypes, const QStringList &jurisdictions) const;

    DeadlineRuleSet m_rules;
};

} // namespace lintas::rules
