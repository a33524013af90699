#include "rules/DeadlineRuleSet.h"

#include "domain/CodeLists.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace lintas::rules {

namespace {

// Upper bounds catch unit mistakes ("days": 365000) rather than encode any law.
constexpr int kMaxYears = 100;
constexpr int kMaxMonths = 1200;
constexpr int kMaxDays = 36500;
constexpr int kMaxWorkingDays = 2000;

Error invalid(const QString &path, const QString &message)
{
    return makeError(ErrorCode::Validation, QStringLiteral("deadline rules: %1: %2").arg(path, message), path);
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : QStringLiteral("%1.%2").arg(path, key);
}

QString indexed(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

// Short description of a JSON value for error messages ("got a text \"12\"").
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QStringLiteral("the number %1").arg(value.toDouble());
    case QJsonValue::String:
        return QStringLiteral("the text \"%1\"").arg(value.toString());
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool isCode(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_]+$"));
    return re.match(text).hasMatch();
}

Status checkKeys(const QJsonObject &object, const QStringList &allowed, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('_')) || allowed.contains(it.key()))
            continue;
        return invalid(join(path, it.key()),
            QStringLiteral("unknown field (allowed: %1)").arg(allowed.join(QStringLiteral(", "))));
    }
    return {};
}

Result<QString> requiredString(const QJsonObject &object, const QString &key, const QString &path)
{
    const QString at = join(path, key);
    if (!object.contains(key))
        return invalid(at, QStringLiteral("missing required field"));
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return invalid(at, QStringLiteral("must be a text, got %1").arg(describe(value)));
    if (value.toString().trimmed().isEmpty())
        return invalid(at, QStringLiteral("must not be empty"));
    return value.toString();
}

Result<QString> requiredCode(const QJsonObject &object, const QString &key, const QString &path)
{
    auto text = requiredString(object, key, path);
    if (text.ok() && !isCode(*text))
        return invalid(
            join(path, key), QStringLiteral("\"%1\" is not a code (lowercase letters, digits, _)").arg(*text));
    return text;
}

Result<qint64> wholeNumber(const QJsonValue &value, const QString &at, qint64 min, qint64 max)
{
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d) || d != std::trunc(d))
        return invalid(at, QStringLiteral("must be a whole number, got %1").arg(describe(value)));
    if (d < double(min) || d > double(max))
        return invalid(at, QStringLiteral("must be between %1 and %2, got %3").arg(min).arg(max).arg(d));
    return qint64(d);
}

Result<qint64> requiredWholeNumber(
    const QJsonObject &object, const QString &key, const QString &path, qint64 min, qint64 max)
{
    if (!object.contains(key))
        return invalid(join(path, key), QStringLiteral("missing required field"));
    return wholeNumber(object.value(key), join(path, key), min, max);
}

Result<bool> optionalBool(const QJsonObject &object, const QString &key, const QString &path, bool fallback)
{
    if (!object.contains(key))
        return fallback;
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        return invalid(join(path, key), QStringLiteral("must be true or false, got %1").arg(describe(value)));
    return value.toBool();
}

Result<bool> requiredBool(const QJsonObject &object, const QString &key, const QString &path)
{
    if (!object.contains(key))
        return invalid(join(path, key), QStringLiteral("missing required field (true or false)"));
    return optionalBool(object, key, path, false);
}

// Strict ISO date, "YYYY-MM-DD": a date in another format is a data error, not a guess.
Result<QDate> date(const QJsonValue &value, const QString &at)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!value.isString() || !shape.match(value.toString()).hasMatch())
        return invalid(at, QStringLiteral("must be a date written YYYY-MM-DD, got %1").arg(describe(value)));
    const QDate parsed = QDate::fromString(value.toString(), QStringLiteral("yyyy-MM-dd"));
    if (!parsed.isValid())
        return invalid(at, QStringLiteral("%1 is not a calendar date").arg(value.toString()));
    return parsed;
}

// Present and either a date or null (null = open-ended).
Result<QDate> requiredNullableDate(const QJsonObject &object, const QString &key, const QString &path)
{
    if (!object.contains(key))
        return invalid(join(path, key), QStringLiteral("missing required field (a date, or null if unknown)"));
    const QJsonValue value = object.value(key);
    return value.isNull() ? Result<QDate>(QDate()) : date(value, join(path, key));
}

Result<QDate> optionalDate(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QDate();
    return date(value, join(path, key));
}

Result<BilingualText> bilingual(const QJsonObject &object, const QString &key, const QString &path, bool required)
{
    const QString at = join(path, key);
    if (!object.contains(key)) {
        if (required)
            return invalid(at, QStringLiteral("missing required field ({\"id\": …, \"en\": …})"));
        return BilingualText {};
    }
    const QJsonValue value = object.value(key);
    if (!value.isObject())
        return invalid(at, QStringLiteral("must be an object {\"id\": …, \"en\": …}, got %1").arg(describe(value)));
    const QJsonObject texts = value.toObject();
    LINTAS_TRY(checkKeys(texts, {QStringLiteral("id"), QStringLiteral("en")}, at));
    // Both languages are required: a missing translation would show one language in the
    // middle of the other when the user switches.
    auto id = requiredString(texts, QStringLiteral("id"), at);
    if (!id)
        return id.error();
    auto en = requiredString(texts, QStringLiteral("en"), at);
    if (!en)
        return en.error();
    return BilingualText {*id, *en};
}

Result<Period> period(const QJsonValue &value, const QString &at)
{
    if (!value.isObject())
        return invalid(at, QStringLiteral("must be an object such as {\"months\": 12}, got %1").arg(describe(value)));
    const QJsonObject object = value.toObject();
    const QString years = QStringLiteral("years"), months = QStringLiteral("months"), days = QStringLiteral("days"),
                  working = QStringLiteral("workingDays");
    LINTAS_TRY(checkKeys(object, {years, months, days, working}, at));
    Period out;
    struct Unit {
        const QString &key;
        int *target;
        int max;
    };
    const Unit units[] = {{years, &out.years, kMaxYears}, {months, &out.months, kMaxMonths},
        {days, &out.days, kMaxDays}, {working, &out.workingDays, kMaxWorkingDays}};
    for (const Unit &unit : units) {
        if (!object.contains(unit.key))
            continue;
        auto n = wholeNumber(object.value(unit.key), join(at, unit.key), 1, unit.max);
        if (!n)
            return n.error();
        *unit.target = int(*n);
    }
    if (out.isEmpty())
        return invalid(at, QStringLiteral("must give at least one of years, months, days, workingDays"));
    if (out.workingDays > 0 && (out.years > 0 || out.months > 0 || out.days > 0))
        return invalid(at, QStringLiteral("workingDays cannot be combined with other units"));
    return out;
}

Result<QStringList> codeArray(const QJsonObject &object, const QString &key, const QString &path, bool required,
    const std::function<bool(const QString &)> &known, const QString &what)
{
    const QString at = join(path, key);
    if (!object.contains(key)) {
        if (required)
            return invalid(at, QStringLiteral("missing required field (a list of %1)").arg(what));
        return QStringList();
    }
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return invalid(at, QStringLiteral("must be a list of %1, got %2").arg(what, describe(value)));
    const QJsonArray array = value.toArray();
    if (required && array.isEmpty())
        return invalid(at, QStringLiteral("must list at least one %1").arg(what));
    QStringList out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = indexed(at, i);
        if (!array.at(i).isString())
            return invalid(itemPath, QStringLiteral("must be a text, got %1").arg(describe(array.at(i))));
        const QString code = array.at(i).toString();
        if (!known(code))
            return invalid(itemPath, QStringLiteral("unknown %1 \"%2\"").arg(what, code));
        if (out.contains(code))
            return invalid(itemPath, QStringLiteral("\"%1\" is listed twice").arg(code));
        out.append(code);
    }
    return out;
}

Result<domain::CodeList> parseTriggers(const QJsonObject &root)
{
    const QString at = QStringLiteral("triggers");
    const QJsonValue value = root.value(at);
    if (!value.isArray() || value.toArray().isEmpty())
        return invalid(at, QStringLiteral("must be a non-empty list of triggers, got %1").arg(describe(value)));
    const QJsonArray array = value.toArray();
    QVector<domain::CodeItem> items;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = indexed(at, i);
        if (!array.at(i).isObject())
            return invalid(path, QStringLiteral("must be an object, got %1").arg(describe(array.at(i))));
        const QJsonObject object = array.at(i).toObject();
        LINTAS_TRY(checkKeys(object, {QStringLiteral("code"), QStringLiteral("label")}, path));
        auto code = requiredCode(object, QStringLiteral("code"), path);
        if (!code)
            return code.error();
        if (seen.contains(*code))
            return invalid(join(path, QStringLiteral("code")), QStringLiteral("duplicate trigger \"%1\"").arg(*code));
        seen.insert(*code);
        auto label = bilingual(object, QStringLiteral("label"), path, true);
        if (!label)
            return label.error();
        items.append(domain::CodeItem {*code, label->id, label->en, QString()});
    }
    return domain::CodeList(QStringLiteral("deadline_triggers"), items);
}

Status parseMonetaryLimit(const QJsonObject &object, const QString &path, DeadlineRule &rule)
{
    const QString key = QStringLiteral("monetaryLimit");
    if (!object.contains(key))
        return {};
    const QString at = join(path, key);
    const QJsonValue value = object.value(key);
    if (!value.isObject())
        return invalid(
            at, QStringLiteral("must be an object {\"currency\": …, \"amount\": …}, got %1").arg(describe(value)));
    const QJsonObject limit = value.toObject();
    LINTAS_TRY(checkKeys(limit, {QStringLiteral("currency"), QStringLiteral("amount")}, at));
    auto currency = requiredString(limit, QStringLiteral("currency"), at);
    if (!currency)
        return currency.error();
    if (!domain::currencies().contains(*currency))
        return invalid(join(at, QStringLiteral("currency")), QStringLiteral("unknown currency \"%1\"").arg(*currency));
    auto amount = requiredWholeNumber(limit, QStringLiteral("amount"), at, 1, qint64(1) << 50);
    if (!amount)
        return amount.error();
    rule.limitCurrency = *currency;
    rule.limitAmount = *amount;
    return {};
}

Result<DeadlineRule> parseRule(const QJsonValue &value, const QString &path, const domain::CodeList &triggers)
{
    if (!value.isObject())
        return invalid(path, QStringLiteral("must be an object, got %1").arg(describe(value)));
    const QJsonObject object = value.toObject();
    LINTAS_TRY(checkKeys(object,
        {QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("jurisdiction"), QStringLiteral("forum"),
            QStringLiteral("kind"), QStringLiteral("caseTypes"), QStringLiteral("trigger"), QStringLiteral("period"),
            QStringLiteral("effectiveFrom"), QStringLiteral("effectiveUntil"), QStringLiteral("effectiveFromMonthOnly"),
            QStringLiteral("title"), QStringLiteral("explanation"), QStringLiteral("notes"), QStringLiteral("source"),
            QStringLiteral("sourceDate"), QStringLiteral("uncertain"), QStringLiteral("skipIfTriggers"),
            QStringLiteral("monetaryLimit")},
        path));
    DeadlineRule rule;
    auto id = requiredCode(object, QStringLiteral("id"), path);
    if (!id)
        return id.error();
    rule.id = *id;
    auto version = requiredWholeNumber(object, QStringLiteral("version"), path, 1, 10000);
    if (!version)
        return version.error();
    rule.version = int(*version);

    auto jurisdiction = requiredString(object, QStringLiteral("jurisdiction"), path);
    if (!jurisdiction)
        return jurisdiction.error();
    if (!domain::jurisdictions().contains(*jurisdiction))
        return invalid(join(path, QStringLiteral("jurisdiction")),
            QStringLiteral("unknown jurisdiction \"%1\"").arg(*jurisdiction));
    rule.jurisdiction = *jurisdiction;

    auto forum = requiredString(object, QStringLiteral("forum"), path);
    if (!forum)
        return forum.error();
    const domain::CodeItem *forumItem = domain::forums().find(*forum);
    if (!forumItem)
        return invalid(join(path, QStringLiteral("forum")), QStringLiteral("unknown forum \"%1\"").arg(*forum));
    if (forumItem->group != rule.jurisdiction && forumItem->group != QStringLiteral("other"))
        return invalid(join(path, QStringLiteral("forum")),
            QStringLiteral("forum \"%1\" belongs to jurisdiction \"%2\", not \"%3\"")
                .arg(*forum, forumItem->group, rule.jurisdiction));
    rule.forum = *forum;

    auto kind = requiredString(object, QStringLiteral("kind"), path);
    if (!kind)
        return kind.error();
    if (!domain::deadlineKinds().contains(*kind))
        return invalid(join(path, QStringLiteral("kind")), QStringLiteral("unknown deadline kind \"%1\"").arg(*kind));
    rule.kind = *kind;

    auto caseTypes = codeArray(
        object, QStringLiteral("caseTypes"), path, true,
        [](const QString &c) { return c == QStringLiteral("*") || domain::caseTypes().contains(c); },
        QStringLiteral("case type"));
    if (!caseTypes)
        return caseTypes.error();
    rule.caseTypes = *caseTypes;

    auto trigger = requiredString(object, QStringLiteral("trigger"), path);
    if (!trigger)
        return trigger.error();
    if (!triggers.contains(*trigger))
        return invalid(join(path, QStringLiteral("trigger")),
            QStringLiteral("unknown trigger \"%1\" (declare it under \"triggers\")").arg(*trigger));
    rule.trigger = *trigger;

    auto skip = codeArray(
        object, QStringLiteral("skipIfTriggers"), path, false, [&](const QString &c) { return triggers.contains(c); },
        QStringLiteral("trigger"));
    if (!skip)
        return skip.error();
    if (skip->contains(rule.trigger))
        return invalid(
            join(path, QStringLiteral("skipIfTriggers")), QStringLiteral("must not contain the rule's own trigger"));
    rule.skipIfTriggers = *skip;

    if (!object.contains(QStringLiteral("period")))
        return invalid(join(path, QStringLiteral("period")), QStringLiteral("missing required field"));
    auto length = period(object.value(QStringLiteral("period")), join(path, QStringLiteral("period")));
    if (!length)
        return length.error();
    rule.period = *length;

    auto from = requiredNullableDate(object, QStringLiteral("effectiveFrom"), path);
    if (!from)
        return from.error();
    rule.effectiveFrom = *from;
    auto until = optionalDate(object, QStringLiteral("effectiveUntil"), path);
    if (!until)
        return until.error();
    rule.effectiveUntil = *until;
    if (rule.effectiveFrom.isValid() && rule.effectiveUntil.isValid() && rule.effectiveUntil < rule.effectiveFrom)
        return invalid(join(path, QStringLiteral("effectiveUntil")), QStringLiteral("is before effectiveFrom"));
    auto monthOnly = optionalBool(object, QStringLiteral("effectiveFromMonthOnly"), path, false);
    if (!monthOnly)
        return monthOnly.error();
    if (*monthOnly && (!rule.effectiveFrom.isValid() || rule.effectiveFrom.day() != 1))
        return invalid(join(path, QStringLiteral("effectiveFromMonthOnly")),
            QStringLiteral("needs an effectiveFrom on the first day of a month"));
    rule.effectiveFromMonthOnly = *monthOnly;

    auto title = bilingual(object, QStringLiteral("title"), path, true);
    if (!title)
        return title.error();
    rule.title = *title;
    auto explanation = bilingual(object, QStringLiteral("explanation"), path, true);
    if (!explanation)
        return explanation.error();
    rule.explanation = *explanation;
    auto notes = bilingual(object, QStringLiteral("notes"), path, false);
    if (!notes)
        return notes.error();
    rule.notes = *notes;

    auto source = requiredString(object, QStringLiteral("source"), path);
    if (!source)
        return source.error();
    rule.source = *source;
    auto sourceDate = optionalDate(object, QStringLiteral("sourceDate"), path);
    if (!sourceDate)
        return sourceDate.error();
    rule.sourceDate = *sourceDate;
    auto uncertain = requiredBool(object, QStringLiteral("uncertain"), path);
    if (!uncertain)
        return uncertain.error();
    rule.uncertain = *uncertain;

    LINTAS_TRY(parseMonetaryLimit(object, path, rule));
    return rule;
}

bool rangesOverlap(const DeadlineRule &a, const DeadlineRule &b)
{
    // Null ends are open: -infinity for effectiveFrom, +infinity for effectiveUntil.
    const bool aStartsBeforeBEnds
        = !a.effectiveFrom.isValid() || !b.effectiveUntil.isValid() || a.effectiveFrom <= b.effectiveUntil;
    const bool bStartsBeforeAEnds
        = !b.effectiveFrom.isValid() || !a.effectiveUntil.isValid() || b.effectiveFrom <= a.effectiveUntil;
    return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

// Versions of one rule must be distinct, count from the same trigger (the trigger date picks
// the version) and govern disjoint date ranges (otherwise two versions would compete).
Status checkVersions(const QVector<DeadlineRule> &rules)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            const DeadlineRule &a = rules.at(j);
            const DeadlineRule &b = rules.at(i);
            if (a.id != b.id)
                continue;
            const QString path = indexed(QStringLiteral("rules"), i);
            if (a.version == b.version)
                return invalid(join(path, QStringLiteral("version")),
                    QStringLiteral("rule \"%1\" version %2 appears twice").arg(a.id).arg(a.version));
            if (a.trigger != b.trigger)
                return invalid(join(path, QStringLiteral("trigger")),
                    QStringLiteral("all versions of \"%1\" must use the same trigger").arg(a.id));
            if (rangesOverlap(a, b))
                return invalid(join(path, QStringLiteral("effectiveFrom")),
                    QStringLiteral("versions %1 and %2 of \"%3\" have overlapping effective dates")
                        .arg(a.version)
                        .arg(b.version)
                        .arg(a.id));
        }
    }
    return {};
}

} // namespace

QString DeadlineRuleSet::bundledPath()
{
    return QStringLiteral(":/lintas/rules/deadline-rules.json");
}

Result<DeadlineRuleSet> DeadlineRuleSet::load(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("deadline rules: malformed JSON at offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    if (!document.isObject())
        return invalid(QStringLiteral("(top level)"), QStringLiteral("must be a JSON object"));
    const QJsonObject root = document.object();
    LINTAS_TRY(checkKeys(root,
        {QStringLiteral("version"), QStringLiteral("published"), QStringLiteral("triggers"), QStringLiteral("rules")},
        QString()));

    DeadlineRuleSet set;
    auto version = requiredWholeNumber(root, QStringLiteral("version"), QString(), 1, 1000000);
    if (!version)
        return version.error();
    set.m_version = int(*version);
    if (!root.contains(QStringLiteral("published")))
        return invalid(QStringLiteral("published"), QStringLiteral("missing required field"));
    auto published = date(root.value(QStringLiteral("published")), QStringLiteral("published"));
    if (!published)
        return published.error();
    set.m_published = *published;

    auto triggers = parseTriggers(root);
    if (!triggers)
        return triggers.error();
    set.m_triggers = *triggers;

    const QJsonValue rulesValue = root.value(QStringLiteral("rules"));
    if (!rulesValue.isArray() || rulesValue.toArray().isEmpty())
        return invalid(
            QStringLiteral("rules"), QStringLiteral("must be a non-empty list, got %1").arg(describe(rulesValue)));
    const QJsonArray rules = rulesValue.toArray();
    set.m_rules.reserve(rules.size());
    for (qsizetype i = 0; i < rules.size(); ++i) {
        auto rule = parseRule(rules.at(i), indexed(QStringLiteral("rules"), i), set.m_triggers);
        if (!rule)
            return rule.error();
        set.m_rules.append(std::move(rule).value());
    }
    LINTAS_TRY(checkVersions(set.m_rules));
    return set;
}

Result<DeadlineRuleSet> DeadlineRuleSet::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
            QStringLiteral("deadline rules: cannot read %1: %2").arg(path, file.errorString()));
    return load(file.readAll());
}

Result<DeadlineRuleSet> DeadlineRuleSet::bundled()
{
    return loadFile(bundledPath());
}

QStringList DeadlineRuleSet::ruleIds() const
{
    QStringList ids;
    for (const DeadlineRule &rule : m_rules) {
        if (!ids.contains(rule.id))
            ids.append(rule.id);
    }
    return ids;
}

QVector<DeadlineRule> DeadlineRuleSet::versionsOf(const QString &id) const
{
    QVector<DeadlineRule> out;
    for (const DeadlineRule &rule : m_rules) {
        if (rule.id == id)
            out.append(rule);
    }
    std::sort(
        out.begin(), out.end(), [](const DeadlineRule &a, const DeadlineRule &b) { return a.version < b.version; });
    return out;
}

const DeadlineRule *DeadlineRuleSet::find(const QString &id, int version) const
{
    for (const DeadlineRule &rule : m_rules) {
        if (rule.id == id && rule.version == version)
            return &rule;
    }
    return nullptr;
}

const DeadlineRule *DeadlineRuleSet::effectiveVersion(const QString &id, const QDate &triggerDate) const
{
    for (const DeadlineRule &rule : m_rules) {
        if (rule.id == id && rule.isEffectiveOn(triggerDate))
            return &rule; // ranges are disjoint (checked on load), so the first match is the only one
    }
    return nullptr;
}

} // namespace lintas::rules
