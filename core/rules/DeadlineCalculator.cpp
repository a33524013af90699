#include "rules/DeadlineCalculator.h"

#include <QSet>

#include <algorithm>

namespace lintas::rules {

namespace {

const QString &homeJurisdiction()
{
    static const QString id = QStringLiteral("id");
    return id;
}

// Last valid day of year/month (month 1–12); QDate knows leap years (2024 yes, 2100 no).
int daysInMonth(int year, int month)
{
    return QDate(year, month, 1).daysInMonth();
}

QDate addMonthsCorrespondingDate(const QDate &from, int months)
{
    // Count in a zero-based month index so negative periods and year wraps need no special case.
    const int index = from.year() * 12 + (from.month() - 1) + months;
    const int year = index / 12;
    const int month = index % 12 + 1;
    return QDate(year, month, std::min(from.day(), daysInMonth(year, month)));
}

QDate addWorkingDays(QDate date, int workingDays)
{
    // Monday–Friday; the trigger day itself is not counted. Public holidays are not known to
    // Lintas, so rules using working days are flagged uncertain in the data.
    while (workingDays > 0) {
        date = date.addDays(1);
        if (date.dayOfWeek() <= 5)
            --workingDays;
    }
    return date;
}

} // namespace

DeadlineCalculator::DeadlineCalculator(DeadlineRuleSet rules) : m_rules(std::move(rules)) { }

// DESIGN DECISION (deadline arithmetic) — "corresponding date" convention:
// * A period of N months or N years from date D ends on the day of the later month that has
//   the same day-number as D (12 months from 15 Mar 2024 = 15 Mar 2025). The day of the event
//   itself is not counted, which this gives naturally.
// * If the later month has no such day, the period ends on that month's last day:
//   31 Jan + 1 month = 28 Feb (29 Feb in a leap year); 29 Feb 2024 + 12 months = 28 Feb 2025;
//   29 Feb 2024 + 4 years = 29 Feb 2028; 29 Feb 2096 + 4 years = 28 Feb 2100 (2100 is not leap).
// * Years are counted as 12 months, so "1 year" and "12 months" always agree.
// * Days are calendar days, added after any months/years.
// Why: Hong Kong practice reads "months" in time limits as calendar months ending on the
// corresponding date (cf. Interpretation and General Clauses Ordinance, Cap. 1, s.71 on computing
// time), and Indonesian practice counts "bulan"/"tahun" the same way (same date in the later
// month). Our reference facts give no contrary rule for SG/TW/MY/AE, so one convention serves all.
// This is a design decision to be confirmed by a lawyer, not a legal source.
// We deliberately do NOT move a deadline that falls on a weekend or public holiday to the next
// working day, although some laws allow it: without holiday calendars, the earlier date is the
// safe suggestion.
QDate DeadlineCalculator::addPeriod(const QDate &from, const Period &period)
{
    if (!from.isValid())
        return {};
    QDate out = from;
    const int months = period.years * 12 + period.months;
    if (months != 0)
        out = addMonthsCorrespondingDate(out, months);
    if (period.days != 0)
        out = out.addDays(period.days);
    if (period.workingDays > 0)
        out = addWorkingDays(out, period.workingDays);
    return out;
}

bool DeadlineCalculator::applies(
    const DeadlineRule &rule, const QStringList &caseTypes, const QStringList &jurisdictions) const
{
    if (!rule.appliesToAnyCaseType(caseTypes))
        return false;
    if (jurisdictions.isEmpty() || rule.jurisdiction == homeJurisdiction())
        return true;
    return jurisdictions.contains(rule.jurisdiction);
}

QVector<SuggestedDeadline> DeadlineCalculator::suggest(const QStringList &caseTypes, const QString &jurisdiction,
    const QMap<QString, QDate> &triggerDates, const QDate &today) const
{
    return suggest(caseTypes, jurisdiction.isEmpty() ? QStringList() : QStringList {jurisdiction}, triggerDates, today);
}

QVector<SuggestedDeadline> DeadlineCalculator::suggest(const QStringList &caseTypes, const QStringList &jurisdictions,
    const QMap<QString, QDate> &triggerDates, const QDate &today) const
{
    QVector<SuggestedDeadline> out;
    QSet<QString> done;
    for (const DeadlineRule &candidate : m_rules.rules()) {
        if (done.contains(candidate.id))
            continue;
        done.insert(candidate.id); // all versions share the trigger (checked on load)
        const QDate triggerDate = triggerDates.value(candidate.trigger);
        if (!triggerDate.isValid())
            continue;
        // The version is chosen by the date of the event, not by today: a law change applies to
        // events after its commencement (e.g. the BPJS JKK claim window went from 2 to 5 years).
        const DeadlineRule *rule = m_rules.effectiveVersion(candidate.id, triggerDate);
        if (!rule || !applies(*rule, caseTypes, jurisdictions))
            continue;
        const bool skipped = std::any_of(rule->skipIfTriggers.cbegin(), rule->skipIfTriggers.cend(),
            [&](const QString &t) { return triggerDates.value(t).isValid(); });
        if (skipped)
            continue;

        SuggestedDeadline s;
        s.ruleId = rule->id;
        s.ruleVersion = rule->version;
        s.kind = rule->kind;
        s.jurisdiction = rule->jurisdiction;
        s.forum = rule->forum;
        s.trigger = rule->trigger;
        s.triggerDate = triggerDate;
        s.dueDate = addPeriod(triggerDate, rule->period);
        s.period = rule->period;
        s.title = rule->title;
        s.explanation = rule->explanation;
        s.notes = rule->notes;
        s.source = rule->source;
        s.sourceDate = rule->sourceDate;
        const bool inUncertainMonth = rule->effectiveFromMonthOnly && triggerDate.year() == rule->effectiveFrom.year()
            && triggerDate.month() == rule->effectiveFrom.month();
        s.uncertain = rule->uncertain || inUncertainMonth;
        s.overdue = today.isValid() && s.dueDate < today;
        out.append(std::move(s));
    }
    std::stable_sort(out.begin(), out.end(), [](const SuggestedDeadline &a, const SuggestedDeadline &b) {
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        return a.ruleId < b.ruleId;
    });
    return out;
}

QStringList DeadlineCalculator::missingTriggers(
    const QStringList &caseTypes, const QString &jurisdiction, const QMap<QString, QDate> &triggerDates) const
{
    const QStringList jurisdictions = jurisdiction.isEmpty() ? QStringList() : QStringList {jurisdiction};
    QStringList missing;
    for (const DeadlineRule &rule : m_rules.rules()) {
        if (!applies(rule, caseTypes, jurisdictions) || triggerDates.value(rule.trigger).isValid())
            continue;
        const bool skipped = std::any_of(rule.skipIfTriggers.cbegin(), rule.skipIfTriggers.cend(),
            [&](const QString &t) { return triggerDates.value(t).isValid(); });
        if (!skipped && !missing.contains(rule.trigger))
            missing.append(rule.trigger);
    }
    return missing;
}

} // namespace lintas::rules
