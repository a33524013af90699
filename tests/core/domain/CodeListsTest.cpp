#include "domain/CodeLists.h"
#include "domain/CodeList.h"

#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

using namespace lintas::domain;

namespace {

// Labels that are the same word in both languages (proper names). Anything else identical in
// both columns is a forgotten translation.
const QSet<QString> &sameInBothLanguages()
{
    static const QSet<QString> names = {QStringLiteral("Hong Kong"), QStringLiteral("Taiwan"),
        QStringLiteral("Malaysia"), QStringLiteral("Indonesia"), QStringLiteral("WhatsApp")};
    return names;
}

QStringList codesOf(const CodeList &list)
{
    return list.codes();
}

} // namespace

TEST_CASE("every code list has unique, well-formed codes", "[domain][codes]")
{
    const QRegularExpression snake(QStringLiteral("^[a-z0-9_]+$"));
    const QRegularExpression iso4217(QStringLiteral("^[A-Z]{3}$"));
    REQUIRE(allCodeLists().size() == 19);
    for (const CodeList *list : allCodeLists()) {
        INFO("list " << list->name().toStdString());
        CHECK(list->size() > 0);
        QSet<QString> seen;
        for (const CodeItem &item : list->items()) {
            INFO("code " << item.code.toStdString());
            const bool isCurrency = list == &currencies();
            CHECK((isCurrency ? iso4217 : snake).match(item.code).hasMatch());
            CHECK_FALSE(seen.contains(item.code));
            seen.insert(item.code);
            CHECK(list->find(item.code) == &item);
        }
    }
}

TEST_CASE("every code has Indonesian and English labels, translated", "[domain][codes]")
{
    for (const CodeList *list : allCodeLists()) {
        INFO("list " << list->name().toStdString());
        int identical = 0;
        for (const CodeItem &item : list->items()) {
            INFO("code " << item.code.toStdString());
            CHECK_FALSE(item.labelId.trimmed().isEmpty());
            CHECK_FALSE(item.labelEn.trimmed().isEmpty());
            CHECK(item.labelId == item.labelId.trimmed());
            CHECK(item.labelEn == item.labelEn.trimmed());
            if (item.labelId == item.labelEn) {
                ++identical;
                CHECK(sameInBothLanguages().contains(item.labelId));
            }
        }
        CHECK(identical * 2 < list->size());
    }
}

TEST_CASE("code lists are reachable by name", "[domain][codes]")
{
    QSet<QString> names;
    for (const CodeList *list : allCodeLists()) {
        CHECK_FALSE(names.contains(list->name()));
        names.insert(list->name());
        CHECK(codeListByName(list->name()) == list);
    }
    CHECK(codeListByName(QStringLiteral("case_types")) == &caseTypes());
    CHECK(codeListByName(QStringLiteral("forums")) == &forums());
    CHECK(codeListByName(QStringLiteral("no_such_list")) == nullptr);
}

TEST_CASE("code lists hold exactly the agreed codes", "[domain][codes]")
{
    CHECK(codesOf(caseTypes())
        == QStringList {QStringLiteral("underpayment"), QStringLiteral("unpaid_wages"),
            QStringLiteral("illegal_deduction"), QStringLiteral("rest_day_holiday_leave"),
            QStringLiteral("agency_overcharging"), QStringLiteral("illegal_loan_debt_bondage"),
            QStringLiteral("document_confiscation"), QStringLiteral("unfair_dismissal"),
            QStringLiteral("dismissal_pregnant_sick"), QStringLiteral("contract_substitution"),
            QStringLiteral("physical_abuse"), QStringLiteral("sexual_harassment"), QStringLiteral("sexual_violence"),
            QStringLiteral("trafficking_forced_labour"), QStringLiteral("work_injury"), QStringLiteral("illness"),
            QStringLiteral("death_repatriation"), QStringLiteral("missing_lost_contact"),
            QStringLiteral("failed_departure"), QStringLiteral("social_security_claim"),
            QStringLiteral("deportation_non_procedural"), QStringLiteral("other")});
    CHECK(codesOf(jurisdictions())
        == QStringList {QStringLiteral("hk"), QStringLiteral("sg"), QStringLiteral("tw"), QStringLiteral("my"),
            QStringLiteral("sa"), QStringLiteral("ae"), QStringLiteral("other_middle_east"), QStringLiteral("id"),
            QStringLiteral("other")});
    CHECK(codesOf(caseStatuses())
        == QStringList {QStringLiteral("intake"), QStringLiteral("assessment"), QStringLiteral("active"),
            QStringLiteral("referred"), QStringLiteral("handed_off"), QStringLiteral("closed")});
    CHECK(codesOf(riskLevels())
        == QStringList {
            QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("critical")});
    CHECK(codesOf(genders())
        == QStringList {
            QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("other"), QStringLiteral("unspecified")});
    CHECK(codesOf(ageBands())
        == QStringList {QStringLiteral("under_18"), QStringLiteral("18_24"), QStringLiteral("25_34"),
            QStringLiteral("35_44"), QStringLiteral("45_59"), QStringLiteral("60_plus")});
    CHECK(codesOf(deadlineKinds())
        == QStringList {QStringLiteral("limitation"), QStringLiteral("notice_of_claim"), QStringLiteral("hearing"),
            QStringLiteral("follow_up"), QStringLiteral("task")});
    CHECK(codesOf(currencies())
        == QStringList {QStringLiteral("HKD"), QStringLiteral("SGD"), QStringLiteral("TWD"), QStringLiteral("MYR"),
            QStringLiteral("IDR"), QStringLiteral("SAR"), QStringLiteral("AED"), QStringLiteral("USD")});
    CHECK(caseOutcomes().size() == 10);
    CHECK(clientStatuses().size() == 4);
    CHECK(noteKinds().size() == 7);
    CHECK(claimTypes().size() == 17);
    CHECK(partyKinds().size() == 7);
    CHECK(organisationKinds().size() == 12);
    CHECK(activityKinds().size() == 5);
    CHECK(referralStatuses().size() == 5);
    CHECK(phoneKinds().size() == 3);
    CHECK(partyRoles().size() == 5);
}

TEST_CASE("every forum belongs to a known jurisdiction", "[domain][codes]")
{
    for (const CodeItem &forum : forums().items()) {
        INFO("forum " << forum.code.toStdString());
        CHECK(jurisdictions().contains(forum.group));
    }
    CHECK(forums().find(QStringLiteral("mecab"))->group == QStringLiteral("hk"));
    CHECK(forums().find(QStringLiteral("tadm_ect"))->group == QStringLiteral("sg"));
    CHECK(forums().find(QStringLiteral("hotline_1955"))->group == QStringLiteral("tw"));
    CHECK(forums().find(QStringLiteral("jtk_labour_court"))->group == QStringLiteral("my"));
    CHECK(forums().find(QStringLiteral("mohre"))->group == QStringLiteral("ae"));
    CHECK(forums().find(QStringLiteral("bpjstk"))->group == QStringLiteral("id"));
    CHECK(forums().itemsInGroup(QStringLiteral("hk")).size() == 10);
    CHECK(forums().itemsInGroup(QStringLiteral("id")).size() == 10);
}

TEST_CASE("labels are looked up in the requested language", "[domain][codes]")
{
    CHECK(caseTypes().label(QStringLiteral("unpaid_wages"), Language::Indonesian)
        == QStringLiteral("Gaji tidak dibayar"));
    CHECK(caseTypes().label(QStringLiteral("unpaid_wages"), Language::English) == QStringLiteral("Unpaid wages"));
    CHECK(caseTypes().label(QStringLiteral("sexual_harassment"), Language::Indonesian)
        == QStringLiteral("Pelecehan seksual"));
    CHECK(caseTypes()
              .label(QStringLiteral("trafficking_forced_labour"), Language::Indonesian)
              .startsWith(QStringLiteral("Tindak pidana perdagangan orang (TPPO)")));
    CHECK(
        caseStatuses().label(QStringLiteral("intake"), Language::Indonesian) == QStringLiteral("Penerimaan pengaduan"));
    CHECK(jurisdictions().label(QStringLiteral("sg"), Language::Indonesian) == QStringLiteral("Singapura"));
    // A code from a newer Lintas shows as itself rather than as an empty cell.
    CHECK(
        caseTypes().label(QStringLiteral("future_case_type"), Language::English) == QStringLiteral("future_case_type"));
    CHECK_FALSE(caseTypes().contains(QStringLiteral("future_case_type")));
    CHECK(caseTypes().find(QStringLiteral("future_case_type")) == nullptr);
}

TEST_CASE("a missing label falls back to the other language, then to the code", "[domain][codes]")
{
    const CodeList list(QStringLiteral("t"),
        {CodeItem {QStringLiteral("a"), QString(), QStringLiteral("Only English"), {}},
            CodeItem {QStringLiteral("b"), QString(), QString(), {}}});
    CHECK(list.label(QStringLiteral("a"), Language::Indonesian) == QStringLiteral("Only English"));
    CHECK(list.label(QStringLiteral("b"), Language::English) == QStringLiteral("b"));
}

TEST_CASE("currency exponents drive how minor units are shown", "[domain][codes]")
{
    CHECK(currencyExponent(QStringLiteral("IDR")) == 0);
    CHECK(currencyExponent(QStringLiteral("TWD")) == 0);
    for (const char *code : {"HKD", "SGD", "MYR", "SAR", "AED", "USD"})
        CHECK(currencyExponent(QString::fromLatin1(code)) == 2);
    CHECK(currencyExponent(QStringLiteral("XXX")) == -1);
    CHECK(currencyExponent(QStringLiteral("hkd")) == -1);
}

TEST_CASE("case status workflow allows the agreed steps only", "[domain][workflow]")
{
    auto allowed = [](const char *from, const char *to) {
        return isAllowedTransition(QString::fromLatin1(from), QString::fromLatin1(to));
    };
    SECTION("the forward path")
    {
        CHECK(allowed("intake", "assessment"));
        CHECK(allowed("assessment", "active"));
        CHECK(allowed("active", "referred"));
        CHECK(allowed("active", "handed_off"));
        CHECK(allowed("referred", "closed"));
        CHECK(allowed("handed_off", "closed"));
    }
    SECTION("skipping or going backwards is refused")
    {
        CHECK_FALSE(allowed("intake", "active"));
        CHECK_FALSE(allowed("intake", "referred"));
        CHECK_FALSE(allowed("assessment", "intake"));
        CHECK_FALSE(allowed("active", "assessment"));
        CHECK_FALSE(allowed("referred", "handed_off"));
        CHECK_FALSE(allowed("closed", "intake"));
        CHECK_FALSE(allowed("closed", "referred"));
    }
    SECTION("any open case can be closed, and a closed case reopened")
    {
        for (const char *from : {"intake", "assessment", "active", "referred", "handed_off"})
            CHECK(allowed(from, "closed"));
        CHECK(allowed("closed", "active"));
    }
    SECTION("a rejected referral or hand-off returns the case to active")
    {
        CHECK(allowed("referred", "active"));
        CHECK(allowed("handed_off", "active"));
    }
    SECTION("no-ops and unknown codes are not transitions")
    {
        CHECK_FALSE(allowed("active", "active"));
        CHECK_FALSE(allowed("closed", "closed"));
        CHECK_FALSE(allowed("active", "done"));
        CHECK_FALSE(allowed("", "closed"));
    }
    CHECK(allowedNextStatuses(QStringLiteral("active"))
        == QStringList {QStringLiteral("referred"), QStringLiteral("handed_off"), QStringLiteral("closed")});
    CHECK(allowedNextStatuses(QStringLiteral("closed")) == QStringList {QStringLiteral("active")});
    CHECK(allowedNextStatuses(QStringLiteral("nonsense")).isEmpty());
}
