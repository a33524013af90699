#include "rules/DeadlineRuleSet.h"
#include "domain/CodeLists.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::rules;

namespace {

QJsonObject bilingual(const char *id, const char *en)
{
    return QJsonObject {{QStringLiteral("id"), QString::fromUtf8(id)}, {QStringLiteral("en"), QString::fromUtf8(en)}};
}

QJsonObject validRule()
{
    return QJsonObject {
        {QStringLiteral("id"), QStringLiteral("test_rule")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("jurisdiction"), QStringLiteral("hk")},
        {QStringLiteral("forum"), QStringLiteral("mecab")},
        {QStringLiteral("kind"), QStringLiteral("limitation")},
        {QStringLiteral("caseTypes"), QJsonArray {QStringLiteral("unpaid_wages")}},
        {QStringLiteral("trigger"), QStringLiteral("termination")},
        {QStringLiteral("period"), QJsonObject {{QStringLiteral("months"), 12}}},
        {QStringLiteral("effectiveFrom"), QJsonValue::Null},
        {QStringLiteral("title"), bilingual("Judul", "Title")},
        {QStringLiteral("explanation"), bilingual("Penjelasan", "Explanation")},
        {QStringLiteral("source"), QStringLiteral("Test source 1 Jan 2020")},
        {QStringLiteral("uncertain"), false},
    };
}

QJsonObject documentWith(const QJsonArray &rules)
{
    return QJsonObject {
        {QStringLiteral("version"), 3},
        {QStringLiteral("published"), QStringLiteral("2026-01-31")},
        {QStringLiteral("triggers"),
            QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("termination")},
                {QStringLiteral("label"), bilingual("Tanggal PHK", "Termination date")}}}},
        {QStringLiteral("rules"), rules},
    };
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Loads a document whose single rule was changed by `edit`; returns the error (test fails if it loads).
Error failureAfter(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject rule = validRule();
    edit(rule);
    auto loaded = DeadlineRuleSet::load(json(documentWith(QJsonArray {rule})));
    REQUIRE_FALSE(loaded.ok());
    return loaded.error();
}

Error periodFailure(const QJsonValue &period)
{
    return failureAfter([&](QJsonObject &rule) { rule[QStringLiteral("period")] = period; });
}

} // namespace

TEST_CASE("a minimal rule set loads", "[rules][load]")
{
    auto set = DeadlineRuleSet::load(json(documentWith(QJsonArray {validRule()})));
    REQUIRE(set.ok());
    CHECK(set->version() == 3);
    CHECK(set->published() == QDate(2026, 1, 31));
    REQUIRE(set->rules().size() == 1);
    const DeadlineRule &rule = set->rules().first();
    CHECK(rule.id == QStringLiteral("test_rule"));
    CHECK(rule.period.months == 12);
    CHECK_FALSE(rule.effectiveFrom.isValid());
    CHECK(rule.title.text(domain::Language::Indonesian) == QStringLiteral("Judul"));
    CHECK(set->triggers().label(QStringLiteral("termination"), domain::Language::English)
        == QStringLiteral("Termination date"));
}

TEST_CASE("malformed JSON is reported as such", "[rules][load]")
{
    auto broken = DeadlineRuleSet::load("{\"version\": 1, \"rules\": [");
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.code() == ErrorCode::InvalidArgument);
    CHECK(broken.error().detail.contains(QStringLiteral("malformed JSON")));

    auto notObject = DeadlineRuleSet::load("[1, 2]");
    REQUIRE_FALSE(notObject.ok());
    CHECK(notObject.code() == ErrorCode::Validation);
}

TEST_CASE("missing and mistyped fields name the field at fault", "[rules][load]")
{
    SECTION("missing source")
    {
        const Error e = failureAfter([](QJsonObject &r) { r.remove(QStringLiteral("source")); });
        CHECK(e.code == ErrorCode::Validation);
        CHECK(e.field == QStringLiteral("rules[0].source"));
        CHECK(e.detail.contains(QStringLiteral("missing required field")));
    }
    SECTION("missing effectiveFrom (null is allowed, absence is not)")
    {
        const Error e = failureAfter([](QJsonObject &r) { r.remove(QStringLiteral("effectiveFrom")); });
        CHECK(e.field == QStringLiteral("rules[0].effectiveFrom"));
    }
    SECTION("missing uncertain flag")
    {
        const Error e = failureAfter([](QJsonObject &r) { r.remove(QStringLiteral("uncertain")); });
        CHECK(e.field == QStringLiteral("rules[0].uncertain"));
    }
    SECTION("title without English")
    {
        const Error e = failureAfter([](QJsonObject &r) {
            r[QStringLiteral("title")] = QJsonObject {{QStringLiteral("id"), QStringLiteral("Judul")}};
        });
        CHECK(e.field == QStringLiteral("rules[0].title.en"));
    }
    SECTION("misspelt key")
    {
        const Error e
            = failureAfter([](QJsonObject &r) { r[QStringLiteral("efectiveUntil")] = QStringLiteral("2020-01-01"); });
        CHECK(e.field == QStringLiteral("rules[0].efectiveUntil"));
        CHECK(e.detail.contains(QStringLiteral("unknown field")));
    }
    SECTION("version not a whole number")
    {
        const Error e = failureAfter([](QJsonObject &r) { r[QStringLiteral("version")] = QStringLiteral("1"); });
        CHECK(e.field == QStringLiteral("rules[0].version"));
    }
    SECTION("id not a code")
    {
        const Error e = failureAfter([](QJsonObject &r) { r[QStringLiteral("id")] = QStringLiteral("MECAB 12m"); });
        CHECK(e.field == QStringLiteral("rules[0].id"));
    }
}

TEST_CASE("bad periods are rejected with a reason", "[rules][load]")
{
    auto check = [](const QJsonValue &period, const char *field, const char *reason) {
        const Error e = periodFailure(period);
        CHECK(e.code == ErrorCode::Validation);
        CHECK(e.field == QString::fromLatin1(field));
        INFO(e.detail.toStdString());
        CHECK(e.detail.contains(QString::fromLatin1(reason)));
    };
    check(QJsonObject {{QStringLiteral("weeks"), 2}}, "rules[0].period.weeks", "unknown field");
    check(QJsonObject {{QStringLiteral("months"), -1}}, "rules[0].period.months", "between 1 and");
    check(QJsonObject {{QStringLiteral("months"), 0}}, "rules[0].period.months", "between 1 and");
    check(QJsonObject {{QStringLiteral("months"), 1.5}}, "rules[0].period.months", "whole number");
    check(QJsonObject {{QStringLiteral("months"), QStringLiteral("12")}}, "rules[0].period.months", "whole number");
    check(QJsonObject {{QStringLiteral("days"), 1000000}}, "rules[0].period.days", "between 1 and");
    check(QJsonObject {}, "rules[0].period", "at least one");
    check(QJsonObject {{QStringLiteral("workingDays"), 15}, {QStringLiteral("days"), 1}}, "rules[0].period",
        "cannot be combined");
    check(QJsonValue(12), "rules[0].period", "must be an object");
}

TEST_CASE("codes are cross-checked against the code lists", "[rules][load]")
{
    CHECK(failureAfter([](QJsonObject &r) { r[QStringLiteral("jurisdiction")] = QStringLiteral("hongkong"); }).field
        == QStringLiteral("rules[0].jurisdiction"));
    CHECK(failureAfter([](QJsonObject &r) { r[QStringLiteral("forum")] = QStringLiteral("labour_court"); }).field
        == QStringLiteral("rules[0].forum"));
    const Error mismatch
        = failureAfter([](QJsonObject &r) { r[QStringLiteral("forum")] = QStringLiteral("mom_fmmd"); });
    CHECK(mismatch.detail.contains(QStringLiteral("belongs to jurisdiction \"sg\"")));
    CHECK(failureAfter([](QJsonObject &r) { r[QStringLiteral("kind")] = QStringLiteral("deadline"); }).field
        == QStringLiteral("rules[0].kind"));
    CHECK(failureAfter([](QJsonObject &r) {
        r[QStringLiteral("caseTypes")] = QJsonArray {QStringLiteral("unpaid_wages"), QStringLiteral("wage_theft")};
    }).field
        == QStringLiteral("rules[0].caseTypes[1]"));
    CHECK(failureAfter([](QJsonObject &r) { r[QStringLiteral("caseTypes")] = QJsonArray {}; }).field
        == QStringLiteral("rules[0].caseTypes"));
    const Error trigger
        = failureAfter([](QJsonObject &r) { r[QStringLiteral("trigger")] = QStringLiteral("accident"); });
    CHECK(trigger.field == QStringLiteral("rules[0].trigger"));
    CHECK(trigger.detail.contains(QStringLiteral("declare it under")));
    CHECK(failureAfter([](QJsonObject &r) {
        r[QStringLiteral("monetaryLimit")]
            = QJsonObject {{QStringLiteral("currency"), QStringLiteral("HK$")}, {QStringLiteral("amount"), 15000}};
    }).field
        == QStringLiteral("rules[0].monetaryLimit.currency"));
}

TEST_CASE("dates must be real ISO dates in a sensible order", "[rules][load]")
{
    const Error notCalendar
        = failureAfter([](QJsonObject &r) { r[QStringLiteral("effectiveFrom")] = QStringLiteral("2023-02-29"); });
    CHECK(notCalendar.field == QStringLiteral("rules[0].effectiveFrom"));
    CHECK(notCalendar.detail.contains(QStringLiteral("not a calendar date")));
    const Error format
        = failureAfter([](QJsonObject &r) { r[QStringLiteral("effectiveFrom")] = QStringLiteral("17/09/2021"); });
    CHECK(format.detail.contains(QStringLiteral("YYYY-MM-DD")));
    const Error order = failureAfter([](QJsonObject &r) {
        r[QStringLiteral("effectiveFrom")] = QStringLiteral("2021-01-01");
        r[QStringLiteral("effectiveUntil")] = QStringLiteral("2020-12-31");
    });
    CHECK(order.field == QStringLiteral("rules[0].effectiveUntil"));
    const Error monthOnly = failureAfter([](QJsonObject &r) {
        r[QStringLiteral("effectiveFrom")] = QStringLiteral("2023-03-15");
        r[QStringLiteral("effectiveFromMonthOnly")] = true;
    });
    CHECK(monthOnly.field == QStringLiteral("rules[0].effectiveFromMonthOnly"));
}

TEST_CASE("versions of a rule must not overlap or repeat", "[rules][load]")
{
    QJsonObject v1 = validRule();
    v1[QStringLiteral("effectiveUntil")] = QStringLiteral("2020-12-31");
    QJsonObject v2 = validRule();
    v2[QStringLiteral("version")] = 2;
    v2[QStringLiteral("effectiveFrom")] = QStringLiteral("2021-01-01");
    REQUIRE(DeadlineRuleSet::load(json(documentWith(QJsonArray {v1, v2}))).ok());

    QJsonObject overlapping = v2;
    overlapping[QStringLiteral("effectiveFrom")] = QStringLiteral("2020-12-31");
    auto overlap = DeadlineRuleSet::load(json(documentWith(QJsonArray {v1, overlapping})));
    REQUIRE_FALSE(overlap.ok());
    CHECK(overlap.error().detail.contains(QStringLiteral("overlapping")));

    QJsonObject sameVersion = v2;
    sameVersion[QStringLiteral("version")] = 1;
    auto repeated = DeadlineRuleSet::load(json(documentWith(QJsonArray {v1, sameVersion})));
    REQUIRE_FALSE(repeated.ok());
    CHECK(repeated.error().field == QStringLiteral("rules[1].version"));

    QJsonObject open = validRule(); // no dates at all overlaps with everything
    open[QStringLiteral("version")] = 2;
    CHECK_FALSE(DeadlineRuleSet::load(json(documentWith(QJsonArray {v1, open}))).ok());
}

TEST_CASE("top-level structure is validated", "[rules][load]")
{
    QJsonObject doc = documentWith(QJsonArray {validRule()});
    doc.remove(QStringLiteral("published"));
    auto noPublished = DeadlineRuleSet::load(json(doc));
    REQUIRE_FALSE(noPublished.ok());
    CHECK(noPublished.error().field == QStringLiteral("published"));

    auto noRules = DeadlineRuleSet::load(json(documentWith(QJsonArray {})));
    REQUIRE_FALSE(noRules.ok());
    CHECK(noRules.error().field == QStringLiteral("rules"));

    QJsonObject comment = documentWith(QJsonArray {validRule()});
    comment[QStringLiteral("_comment")] = QStringLiteral("ignored");
    CHECK(DeadlineRuleSet::load(json(comment)).ok());
}

TEST_CASE("the bundled rule set loads and holds the required rules", "[rules][bundled]")
{
    auto set = DeadlineRuleSet::bundled();
    INFO((set.ok() ? std::string() : set.error().detail.toStdString()));
    REQUIRE(set.ok());
    CHECK(set->version() >= 1);
    CHECK(set->published().isValid());
    const QStringList ids = set->ruleIds();
    for (const char *id :
        {"hk_mecab_claim", "hk_labour_tribunal_claim", "hk_eoc_complaint", "hk_district_court_sdo_claim",
            "hk_ec_court_application", "hk_unreasonable_dismissal_notice", "hk_severance_claim_notice",
            "hk_eaa_prosecution_window", "id_bpjs_jkk_claim", "sg_ect_claim_employed", "sg_ect_claim_ended",
            "hk_two_week_rule", "hk_immd_termination_notice", "hk_wage_payment", "ae_mohre_challenge"}) {
        INFO(id);
        CHECK(ids.contains(QString::fromLatin1(id)));
    }
    for (const DeadlineRule &rule : set->rules()) {
        INFO(rule.id.toStdString() << " v" << rule.version);
        CHECK_FALSE(rule.source.isEmpty());
        CHECK(rule.title.id != rule.title.en);
        CHECK(rule.explanation.id != rule.explanation.en);
        CHECK(domain::deadlineKinds().contains(rule.kind));
    }
    for (const domain::CodeItem &trigger : set->triggers().items())
        CHECK(trigger.labelId != trigger.labelEn);
    for (const char *trigger :
        {"incident", "termination", "accident", "dismissal", "offence", "last_day_of_employment"})
        CHECK(set->triggers().contains(QString::fromLatin1(trigger)));

    // Versioning is exercised by real data: BPJS JKK 2 → 5 years, EAA 6 → 12 months.
    const QVector<DeadlineRule> bpjs = set->versionsOf(QStringLiteral("id_bpjs_jkk_claim"));
    REQUIRE(bpjs.size() == 2);
    CHECK(bpjs.at(0).period.years == 2);
    CHECK(bpjs.at(1).period.years == 5);
    CHECK(bpjs.at(0).effectiveUntil.addDays(1) == bpjs.at(1).effectiveFrom);
    CHECK(set->versionsOf(QStringLiteral("hk_eaa_prosecution_window")).size() == 2);

    // Flags follow the facts file's UNCERTAIN marks.
    CHECK(set->find(QStringLiteral("hk_severance_claim_notice"), 1)->uncertain);
    CHECK(set->find(QStringLiteral("ae_mohre_challenge"), 1)->uncertain);
    CHECK_FALSE(set->find(QStringLiteral("hk_mecab_claim"), 2)->uncertain);
    CHECK(set->find(QStringLiteral("hk_mecab_claim"), 2)->limitAmount == 15000);
    CHECK(set->find(QStringLiteral("hk_mecab_claim"), 1)->limitAmount == 8000);
}

TEST_CASE("the rule version is chosen by the trigger date", "[rules][versions]")
{
    auto set = DeadlineRuleSet::bundled();
    REQUIRE(set.ok());
    const QString bpjs = QStringLiteral("id_bpjs_jkk_claim");
    CHECK(set->effectiveVersion(bpjs, QDate(2023, 2, 28))->version == 1);
    CHECK(set->effectiveVersion(bpjs, QDate(2023, 3, 1))->version == 2);
    CHECK(set->effectiveVersion(bpjs, QDate(2019, 6, 1))->version == 1);
    CHECK(set->effectiveVersion(bpjs, QDate(2030, 1, 1))->version == 2);
    CHECK(set->effectiveVersion(bpjs, QDate()) == nullptr);
    const QString mecab = QStringLiteral("hk_mecab_claim");
    CHECK(set->effectiveVersion(mecab, QDate(2021, 9, 16))->version == 1);
    CHECK(set->effectiveVersion(mecab, QDate(2021, 9, 17))->version == 2);
    // A rule that only starts at a date governs nothing before it.
    CHECK(set->effectiveVersion(QStringLiteral("ae_mohre_settlement"), QDate(2022, 12, 14)) == nullptr);
    CHECK(set->effectiveVersion(QStringLiteral("ae_mohre_settlement"), QDate(2022, 12, 15)) != nullptr);
    CHECK(set->effectiveVersion(QStringLiteral("no_such_rule"), QDate(2024, 1, 1)) == nullptr);
}
