#include "rules/DeadlineCalculator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::rules;

namespace {

DeadlineCalculator bundledCalculator()
{
    auto set = DeadlineRuleSet::bundled();
    REQUIRE(set.ok());
    return DeadlineCalculator(*set);
}

using Triggers = QMap<QString, QDate>;

Triggers triggers(const char *code, QDate date)
{
    return Triggers {{QString::fromLatin1(code), date}};
}

QStringList types(std::initializer_list<const char *> codes)
{
    QStringList out;
    for (const char *c : codes)
        out.append(QString::fromLatin1(c));
    return out;
}

const SuggestedDeadline *findRule(const QVector<SuggestedDeadline> &list, const char *ruleId)
{
    for (const SuggestedDeadline &s : list) {
        if (s.ruleId == QString::fromLatin1(ruleId))
            return &s;
    }
    return nullptr;
}

// The one suggestion for `ruleId` in a case with these facts; fails the test if absent.
SuggestedDeadline only(const DeadlineCalculator &calc, std::initializer_list<const char *> caseTypes,
    const char *jurisdiction, const Triggers &dates, const char *ruleId, QDate today = QDate(2026, 11, 22))
{
    const auto list = calc.suggest(types(caseTypes), QString::fromLatin1(jurisdiction), dates, today);
    const SuggestedDeadline *s = findRule(list, ruleId);
    INFO("rule " << ruleId);
    REQUIRE(s != nullptr);
    return *s;
}

} // namespace

TEST_CASE("each required rule yields the expected date for a sample case", "[rules][calculator]")
{
    const DeadlineCalculator calc = bundledCalculator();

    SECTION("MECAB: 12 months from when the claim arose")
    {
        auto s = only(calc, {"unpaid_wages"}, "hk", triggers("claim_arose", QDate(2025, 3, 31)), "hk_mecab_claim");
        CHECK(s.dueDate == QDate(2026, 3, 31));
        CHECK(s.ruleVersion == 2);
        CHECK(s.kind == QStringLiteral("limitation"));
        CHECK(s.forum == QStringLiteral("mecab"));
        CHECK_FALSE(s.uncertain);
        CHECK(s.source.contains(QStringLiteral("labour.gov.hk/eng/labour/content4.htm")));
    }
    SECTION("MECAB: a claim that arose before 17 Sep 2021 uses the HK$8,000 version")
    {
        auto s = only(calc, {"underpayment"}, "hk", triggers("claim_arose", QDate(2021, 3, 31)), "hk_mecab_claim");
        CHECK(s.ruleVersion == 1);
        CHECK(s.dueDate == QDate(2022, 3, 31));
        CHECK(s.overdue);
    }
    SECTION("Labour Tribunal: 6 years")
    {
        auto s = only(
            calc, {"unpaid_wages"}, "hk", triggers("claim_arose", QDate(2020, 2, 29)), "hk_labour_tribunal_claim");
        CHECK(s.dueDate == QDate(2026, 2, 28));
        CHECK(s.overdue);
    }
    SECTION("EOC complaint: 12 months from the incident")
    {
        auto s = only(calc, {"sexual_harassment"}, "hk", triggers("incident", QDate(2026, 1, 31)), "hk_eoc_complaint");
        CHECK(s.dueDate == QDate(2027, 1, 31));
        CHECK_FALSE(s.overdue);
    }
    SECTION("District Court SDO claim: 24 months")
    {
        auto s = only(
            calc, {"sexual_harassment"}, "hk", triggers("incident", QDate(2026, 1, 31)), "hk_district_court_sdo_claim");
        CHECK(s.dueDate == QDate(2028, 1, 31));
    }
    SECTION("Employees' compensation: 24 months from the accident")
    {
        auto s = only(calc, {"work_injury"}, "hk", triggers("accident", QDate(2024, 2, 29)), "hk_ec_court_application");
        CHECK(s.dueDate == QDate(2026, 2, 28));
    }
    SECTION("Unreasonable-dismissal notice: 3 months from termination")
    {
        auto s = only(calc, {"unfair_dismissal"}, "hk", triggers("termination", QDate(2026, 11, 30)),
            "hk_unreasonable_dismissal_notice");
        CHECK(s.dueDate == QDate(2027, 2, 28));
        CHECK(s.kind == QStringLiteral("notice_of_claim"));
    }
    SECTION("Severance claim notice: 3 months from dismissal, uncertain")
    {
        auto s = only(
            calc, {"unfair_dismissal"}, "hk", triggers("dismissal", QDate(2026, 11, 30)), "hk_severance_claim_notice");
        CHECK(s.dueDate == QDate(2027, 2, 28));
        CHECK(s.uncertain);
    }
    SECTION("EAA prosecution window: 12 months from the offence (6 months before 9 Feb 2018)")
    {
        auto now = only(
            calc, {"agency_overcharging"}, "hk", triggers("offence", QDate(2026, 6, 15)), "hk_eaa_prosecution_window");
        CHECK(now.dueDate == QDate(2027, 6, 15));
        CHECK(now.ruleVersion == 2);
        auto old = only(
            calc, {"agency_overcharging"}, "hk", triggers("offence", QDate(2017, 10, 31)), "hk_eaa_prosecution_window");
        CHECK(old.ruleVersion == 1);
        CHECK(old.dueDate == QDate(2018, 4, 30));
    }
    SECTION("BPJS JKK: 5 years from the accident since Permenaker 4/2023, 2 years before")
    {
        auto now = only(calc, {"work_injury"}, "hk", triggers("accident", QDate(2024, 5, 10)), "id_bpjs_jkk_claim");
        CHECK(now.ruleVersion == 2);
        CHECK(now.dueDate == QDate(2029, 5, 10));
        CHECK_FALSE(now.uncertain);
        CHECK(now.jurisdiction == QStringLiteral("id"));
        auto old = only(calc, {"work_injury"}, "hk", triggers("accident", QDate(2022, 6, 1)), "id_bpjs_jkk_claim");
        CHECK(old.ruleVersion == 1);
        CHECK(old.dueDate == QDate(2024, 6, 1));
        CHECK(old.uncertain);
        // Commencement known only to the month: accidents in March 2023 are flagged.
        auto boundary
            = only(calc, {"work_injury"}, "tw", triggers("accident", QDate(2023, 3, 15)), "id_bpjs_jkk_claim");
        CHECK(boundary.ruleVersion == 2);
        CHECK(boundary.dueDate == QDate(2028, 3, 15));
        CHECK(boundary.uncertain);
    }
    SECTION("Two-week rule and ImmD notification after termination")
    {
        const Triggers t = triggers("termination", QDate(2026, 11, 20));
        CHECK(only(calc, {"unpaid_wages"}, "hk", t, "hk_two_week_rule").dueDate == QDate(2026, 12, 4));
        CHECK(only(calc, {"sexual_harassment"}, "hk", t, "hk_two_week_rule").dueDate == QDate(2026, 12, 4));
        CHECK(only(calc, {"other"}, "hk", t, "hk_immd_termination_notice").dueDate == QDate(2026, 11, 27));
    }
    SECTION("Wage payment 7 days after the wage period")
    {
        CHECK(only(calc, {"unpaid_wages"}, "hk", triggers("end_of_wage_period", QDate(2026, 10, 31)), "hk_wage_payment")
                  .dueDate
            == QDate(2026, 11, 7));
    }
    SECTION("UAE MOHRE challenge: 15 working days, flagged uncertain")
    {
        auto s = only(calc, {"unpaid_wages"}, "ae", triggers("decision", QDate(2024, 8, 30)), "ae_mohre_challenge");
        CHECK(s.dueDate == QDate(2024, 9, 20));
        CHECK(s.uncertain);
    }
}

TEST_CASE("Singapore claim window depends on whether employment has ended", "[rules][calculator]")
{
    const DeadlineCalculator calc = bundledCalculator();
    const QDate today(2026, 1, 20);
    Triggers stillEmployed = triggers("claim_arose", QDate(2026, 1, 15));
    auto employed = calc.suggest(types({"unpaid_wages"}), QStringLiteral("sg"), stillEmployed, today);
    REQUIRE(findRule(employed, "sg_ect_claim_employed"));
    CHECK(findRule(employed, "sg_ect_claim_employed")->dueDate == QDate(2027, 1, 15));
    CHECK(findRule(employed, "sg_ect_claim_ended") == nullptr);

    Triggers ended = stillEmployed;
    ended.insert(QStringLiteral("last_day_of_employment"), QDate(2026, 3, 31));
    auto after = calc.suggest(types({"unpaid_wages"}), QStringLiteral("sg"), ended, today);
    CHECK(findRule(after, "sg_ect_claim_employed") == nullptr);
    REQUIRE(findRule(after, "sg_ect_claim_ended"));
    CHECK(findRule(after, "sg_ect_claim_ended")->dueDate == QDate(2026, 9, 30));
}

TEST_CASE("suggestions are filtered by jurisdiction and case type", "[rules][calculator]")
{
    const DeadlineCalculator calc = bundledCalculator();
    const QDate today(2026, 11, 22);
    Triggers all;
    for (const domain::CodeItem &t : calc.ruleSet().triggers().items())
        all.insert(t.code, QDate(2026, 6, 1));

    auto hk = calc.suggest(types({"unpaid_wages"}), QStringLiteral("hk"), all, today);
    REQUIRE_FALSE(hk.isEmpty());
    for (const SuggestedDeadline &s : hk) {
        INFO(s.ruleId.toStdString());
        CHECK((s.jurisdiction == QStringLiteral("hk") || s.jurisdiction == QStringLiteral("id")));
    }
    CHECK(findRule(hk, "hk_mecab_claim"));
    CHECK(findRule(hk, "sg_salary_payment") == nullptr);
    CHECK(findRule(hk, "hk_eoc_complaint") == nullptr); // not a sexual-harassment case

    auto harassment = calc.suggest(types({"sexual_harassment"}), QStringLiteral("hk"), all, today);
    CHECK(findRule(harassment, "hk_eoc_complaint"));
    CHECK(findRule(harassment, "hk_mecab_claim") == nullptr);
    CHECK(findRule(harassment, "hk_two_week_rule")); // "*" rules apply to every case type

    // Indonesian remedies follow the worker wherever she worked.
    auto taiwan = calc.suggest(types({"work_injury"}), QStringLiteral("tw"), all, today);
    CHECK(findRule(taiwan, "id_bpjs_jkk_claim"));
    CHECK(findRule(taiwan, "hk_ec_court_application") == nullptr);

    auto several
        = calc.suggest(types({"work_injury"}), QStringList {QStringLiteral("hk"), QStringLiteral("sg")}, all, today);
    CHECK(findRule(several, "hk_ec_court_application"));

    auto anywhere = calc.suggest(types({"unpaid_wages"}), QString(), all, today);
    CHECK(findRule(anywhere, "hk_mecab_claim"));
    CHECK(findRule(anywhere, "sg_salary_payment"));

    CHECK(calc.suggest(types({"unpaid_wages"}), QStringLiteral("hk"), Triggers {}, today).isEmpty());
}

TEST_CASE("suggestions are sorted by due date and flag overdue ones", "[rules][calculator]")
{
    const DeadlineCalculator calc = bundledCalculator();
    Triggers dates;
    dates.insert(QStringLiteral("termination"), QDate(2026, 11, 1));
    dates.insert(QStringLiteral("claim_arose"), QDate(2026, 10, 1));
    const auto list = calc.suggest(types({"unfair_dismissal"}), QStringLiteral("hk"), dates, QDate(2026, 11, 22));
    REQUIRE(list.size() >= 4);
    for (int i = 1; i < list.size(); ++i)
        CHECK(list.at(i - 1).dueDate <= list.at(i).dueDate);
    const SuggestedDeadline *immd = findRule(list, "hk_immd_termination_notice");
    REQUIRE(immd);
    CHECK(immd->dueDate == QDate(2026, 11, 8));
    CHECK(immd->overdue);
    const SuggestedDeadline *notice = findRule(list, "hk_unreasonable_dismissal_notice");
    REQUIRE(notice);
    CHECK(notice->dueDate == QDate(2027, 2, 1));
    CHECK_FALSE(notice->overdue);
    // Due today is not overdue yet.
    const auto dueToday = calc.suggest(types({"unfair_dismissal"}), QStringLiteral("hk"), dates, QDate(2026, 11, 8));
    CHECK_FALSE(findRule(dueToday, "hk_immd_termination_notice")->overdue);
}

TEST_CASE("missing triggers tell intake which dates to ask for", "[rules][calculator]")
{
    const DeadlineCalculator calc = bundledCalculator();
    const QStringList hk = calc.missingTriggers(types({"unpaid_wages"}), QStringLiteral("hk"), Triggers {});
    CHECK(hk.contains(QStringLiteral("claim_arose")));
    CHECK(hk.contains(QStringLiteral("termination")));
    CHECK(hk.contains(QStringLiteral("end_of_wage_period")));
    CHECK_FALSE(hk.contains(QStringLiteral("accident")));
    CHECK(hk.count(QStringLiteral("claim_arose")) == 1);

    const QStringList known = calc.missingTriggers(
        types({"unpaid_wages"}), QStringLiteral("hk"), triggers("claim_arose", QDate(2026, 1, 1)));
    CHECK_FALSE(known.contains(QStringLiteral("claim_arose")));

    // Once employment has ended, the "still employed" SG rule no longer needs its date.
    const QStringList sg = calc.missingTriggers(
        types({"unpaid_wages"}), QStringLiteral("sg"), triggers("last_day_of_employment", QDate(2026, 3, 31)));
    CHECK_FALSE(sg.contains(QStringLiteral("claim_arose")));
    CHECK(sg.contains(QStringLiteral("end_of_wage_period")));
}

TEST_CASE("the calculator picks the version in force on the trigger date", "[rules][calculator][versions]")
{
    auto rule = [](int version, int monthsLong, const char *from, const char *until) {
        QJsonObject r {
            {QStringLiteral("id"), QStringLiteral("x")},
            {QStringLiteral("version"), version},
            {QStringLiteral("jurisdiction"), QStringLiteral("id")},
            {QStringLiteral("forum"), QStringLiteral("bpjstk")},
            {QStringLiteral("kind"), QStringLiteral("limitation")},
            {QStringLiteral("caseTypes"), QJsonArray {QStringLiteral("*")}},
            {QStringLiteral("trigger"), QStringLiteral("accident")},
            {QStringLiteral("period"), QJsonObject {{QStringLiteral("months"), monthsLong}}},
            {QStringLiteral("effectiveFrom"),
                from ? QJsonValue(QString::fromLatin1(from)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("title"),
                QJsonObject {{QStringLiteral("id"), QStringLiteral("T")}, {QStringLiteral("en"), QStringLiteral("T")}}},
            {QStringLiteral("explanation"),
                QJsonObject {{QStringLiteral("id"), QStringLiteral("E")}, {QStringLiteral("en"), QStringLiteral("E")}}},
            {QStringLiteral("source"), QStringLiteral("S")},
            {QStringLiteral("uncertain"), false},
        };
        if (until)
            r.insert(QStringLiteral("effectiveUntil"), QString::fromLatin1(until));
        return r;
    };
    const QJsonObject doc {
        {QStringLiteral("version"), 1},
        {QStringLiteral("published"), QStringLiteral("2026-01-01")},
        {QStringLiteral("triggers"),
            QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("accident")},
                {QStringLiteral("label"),
                    QJsonObject {
                        {QStringLiteral("id"), QStringLiteral("K")}, {QStringLiteral("en"), QStringLiteral("A")}}}}}},
        // Out of order on purpose: selection must not depend on file order.
        {QStringLiteral("rules"),
            QJsonArray {rule(3, 3, "2025-01-01", nullptr), rule(1, 1, nullptr, "2020-12-31"),
                rule(2, 2, "2021-01-01", "2024-12-31")}},
    };
    auto set = DeadlineRuleSet::load(QJsonDocument(doc).toJson());
    REQUIRE(set.ok());
    const DeadlineCalculator calc(*set);
    auto pick = [&](QDate trigger) {
        const auto list = calc.suggest(QStringList {QStringLiteral("other")}, QStringLiteral("hk"),
            Triggers {{QStringLiteral("accident"), trigger}}, QDate(2026, 1, 1));
        REQUIRE(list.size() == 1);
        return list.first();
    };
    CHECK(pick(QDate(2020, 12, 31)).ruleVersion == 1);
    CHECK(pick(QDate(2020, 12, 31)).dueDate == QDate(2021, 1, 31));
    CHECK(pick(QDate(2021, 1, 1)).ruleVersion == 2);
    CHECK(pick(QDate(2021, 1, 1)).dueDate == QDate(2021, 3, 1));
    CHECK(pick(QDate(2024, 12, 31)).ruleVersion == 2);
    CHECK(pick(QDate(2025, 1, 1)).ruleVersion == 3);
    CHECK(pick(QDate(2025, 1, 1)).dueDate == QDate(2025, 4, 1));
}
