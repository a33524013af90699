#pragma once

#include "domain/CodeList.h"
#include "rules/Period.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace lintas::rules {

// A text in both display languages, as stored in the rules file ({"id": …, "en": …}).
struct BilingualText {
    QString id;
    QString en;

    QString text(domain::Language language) const { return language == domain::Language::Indonesian ? id : en; }
    bool isEmpty() const { return id.isEmpty() && en.isEmpty(); }
};

// One version of one deadline rule, loaded from resources/rules/deadline-rules.json.
// Rules are data, not code: when a law changes, a new version with a new `effectiveFrom` is
// appended and the old one gets an `effectiveUntil`, so deadlines already computed from the
// old version stay explainable.
struct DeadlineRule {
    QString id; // stable snake_case id shared by all versions of the rule
    int version = 0; // 1, 2, … per id
    QString jurisdiction; // domain::jurisdictions() code
    QString forum; // domain::forums() code
    QString kind; // domain::deadlineKinds() code
    QStringList caseTypes; // domain::caseTypes() codes; "*" = every case type
    QString trigger; // trigger code (see DeadlineRuleSet::triggers()): the date counted from
    Period period;
    // Range of trigger dates this version governs, both ends inclusive. A null effectiveFrom
    // means "since before anything this ruleset tracks" (the source gives no commencement date);
    // a null effectiveUntil means "still in force".
    QDate effectiveFrom;
    QDate effectiveUntil;
    // True when the source gives only the month of commencement (effectiveFrom is then the 1st):
    // trigger dates in that month are flagged uncertain.
    bool effectiveFromMonthOnly = false;
    BilingualText title;
    BilingualText explanation;
    BilingualText notes; // optional caveats (extensions, exceptions, thresholds)
    QString source; // citation exactly as in the facts file
    QDate sourceDate; // date of the (newest) cited source, when the facts file gives one
    bool uncertain = false; // the facts file marks this UNCERTAIN, or we approximate
    // If any of these triggers is known, the rule does not apply (e.g. "still employed" rules
    // once the last day of employment is known).
    QStringList skipIfTriggers;
    // Optional monetary ceiling of the forum (e.g. MECAB HK$15,000 per claimant), in major units.
    QString limitCurrency;
    qint64 limitAmount = 0;

    bool appliesToCaseType(const QString &caseType) const;
    bool appliesToAnyCaseType(const QStringList &types) const;
    // Whether this version governs an event that happened on `triggerDate`.
    bool isEffectiveOn(const QDate &triggerDate) const;
};

} // namespace lintas::rules
