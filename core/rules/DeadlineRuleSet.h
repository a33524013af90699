#pragma once

#include "base/Result.h"
#include "domain/CodeList.h"
#include "rules/DeadlineRule.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace lintas::rules {

// The versioned set of deadline rules, loaded from JSON (normally the bundled
// :/lintas/rules/deadline-rules.json). Loading validates every field and cross-checks codes
// against the domain code lists, so a typo in the data fails loudly in tests rather than
// silently suggesting no deadline to a caseworker.
//
// File shape (see resources/rules/deadline-rules.json):
//   { "version": N, "published": "YYYY-MM-DD",
//     "triggers": [ { "code": "termination", "label": { "id": …, "en": … } }, … ],
//     "rules": [ { "id", "version", "jurisdiction", "forum", "kind", "caseTypes", "trigger",
//                  "period": { "years"|"months"|"days"|"workingDays": n }, "effectiveFrom",
//                  ["effectiveUntil"], ["effectiveFromMonthOnly"], "title", "explanation", ["notes"],
//                  "source", ["sourceDate"], "uncertain", ["skipIfTriggers"],
//                  ["monetaryLimit": { "currency", "amount" }] }, … ] }
// Keys starting with "_" are comments and ignored; any other unknown key is an error.
class DeadlineRuleSet {
public:
    static QString bundledPath(); // ":/lintas/rules/deadline-rules.json"

    // Errors: InvalidArgument for unparsable JSON; Validation (with `field` = JSON path such as
    // "rules[3].period.months") for a document that parses but breaks a rule.
    static Result<DeadlineRuleSet> load(const QByteArray &json);
    static Result<DeadlineRuleSet> loadFile(const QString &path);
    static Result<DeadlineRuleSet> bundled();

    int version() const { return m_version; }
    QDate published() const { return m_published; }
    const QVector<DeadlineRule> &rules() const { return m_rules; }
    // Trigger codes ("termination", "accident", …) with display labels; name "deadline_triggers".
    const domain::CodeList &triggers() const { return m_triggers; }

    // Distinct rule ids, in file order.
    QStringList ruleIds() const;
    // All versions of one rule, ascending by version.
    QVector<DeadlineRule> versionsOf(const QString &id) const;
    const DeadlineRule *find(const QString &id, int version) const;
    // The version of `id` governing an event on `triggerDate`; nullptr if none is in force.
    const DeadlineRule *effectiveVersion(const QString &id, const QDate &triggerDate) const;

private:
    int m_version = 0;
    QDate m_published;
    domain::CodeList m_triggers;
    QVector<DeadlineRule> m_rules;
};

} // namespace lintas::rules
