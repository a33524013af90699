#include "domain/OrganisationSeed.h"
#include "domain/CodeLists.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::domain;

namespace {

const SeedOrganisation *byKey(const QVector<SeedOrganisation> &orgs, const char *key)
{
    for (const SeedOrganisation &org : orgs) {
        if (org.key == QString::fromLatin1(key))
            return &org;
    }
    return nullptr;
}

bool hasNumber(const SeedOrganisation &org, const char *number)
{
    for (const SeedPhone &phone : org.phones) {
        if (phone.number == QString::fromLatin1(number))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("bundled organisation directory loads and every entry is sourced", "[domain][seed]")
{
    auto orgs = OrganisationSeed::bundled();
    REQUIRE(orgs.ok());
    REQUIRE(orgs->size() >= 25);
    for (const SeedOrganisation &org : *orgs) {
        INFO(org.key.toStdString());
        CHECK(organisationKinds().contains(org.kind));
        CHECK(jurisdictions().contains(org.country));
        CHECK_FALSE(org.source.isEmpty());
        CHECK(org.checkedOn.isValid());
        CHECK_FALSE(org.descriptionId.isEmpty());
        CHECK_FALSE(org.descriptionEn.isEmpty());
        CHECK(org.descriptionId != org.descriptionEn);
        for (const SeedPhone &phone : org.phones) {
            CHECK(phoneKinds().contains(phone.kind));
            CHECK_FALSE(phone.labelEn.isEmpty());
        }
    }
}

TEST_CASE("directory carries the key contacts from the reference facts", "[domain][seed]")
{
    auto orgs = OrganisationSeed::bundled();
    REQUIRE(orgs.ok());

    const SeedOrganisation *ld = byKey(*orgs, "hk_labour_department");
    REQUIRE(ld);
    CHECK(hasNumber(*ld, "2157 9537"));
    CHECK(ld->phonesText(Language::English).contains(QStringLiteral("Bahasa Indonesia interpretation 8 am–10 pm")));
    CHECK(ld->phonesText(Language::Indonesian).contains(QStringLiteral("2157 9537 (Hotline PRT asing")));
    CHECK(hasNumber(*byKey(*orgs, "hk_police"), "999"));
    CHECK(hasNumber(*byKey(*orgs, "hk_police"), "2527 7177"));
    CHECK(hasNumber(*byKey(*orgs, "hk_mecab"), "2927 8000"));
    const SeedOrganisation *kp2mi = byKey(*orgs, "kp2mi");
    REQUIRE(kp2mi);
    CHECK(hasNumber(*kp2mi, "0800-1000"));
    CHECK(hasNumber(*kp2mi, "+62 21 2924 4800"));
    CHECK(hasNumber(*byKey(*orgs, "kemnaker"), "1500630"));
    CHECK(hasNumber(*byKey(*orgs, "sg_mom_fmmd"), "1800 339 5505"));
    CHECK(hasNumber(*byKey(*orgs, "tw_1955_hotline"), "1955"));
    const SeedOrganisation *lpsk = byKey(*orgs, "lpsk");
    REQUIRE(lpsk);
    CHECK(hasNumber(*lpsk, "148"));
    CHECK(lpsk->needsRecheck);
    CHECK(byKey(*orgs, "bpjs_ketenagakerjaan")->website == QStringLiteral("eklaim-pmi.bpjsketenagakerjaan.go.id"));
    for (const char *key :
        {"bp3mi_lampung", "bp3mi_jawa_timur", "bp3mi_jawa_tengah", "bp3mi_jawa_barat", "bp3mi_ntb", "bp3mi_ntt"}) {
        INFO(key);
        const SeedOrganisation *office = byKey(*orgs, key);
        REQUIRE(office);
        CHECK_FALSE(office->province.isEmpty());
        CHECK(office->phones.isEmpty()); // generic entry: no invented numbers
    }
    for (const char *key : {"hk_mecab", "hk_labour_tribunal", "hk_eoc", "hk_eaa", "hk_immd", "kjri_hong_kong",
             "uptd_ppa", "kemensos_dinsos", "polri_satgas_tppo"})
        CHECK(byKey(*orgs, key) != nullptr);
}

TEST_CASE("directory contains no phone number absent from the reference facts", "[domain][seed]")
{
    // Every number published in shared/reference/migrant-casework-facts.md. A number not in
    // this list was invented or mistyped.
    const QSet<QString> known = {QStringLiteral("2157 9537"), QStringLiteral("2717 1771"), QStringLiteral("2815 2200"),
        QStringLiteral("2927 8000"), QStringLiteral("999"), QStringLiteral("2527 7177"),
        QStringLiteral("1800 339 5505"), QStringLiteral("+65 6339 5505"), QStringLiteral("1955"),
        QStringLiteral("0800-1000"), QStringLiteral("+62 21 2924 4800"), QStringLiteral("1500630"),
        QStringLiteral("148"), QStringLiteral("0857-700-10048")};
    auto orgs = OrganisationSeed::bundled();
    REQUIRE(orgs.ok());
    for (const SeedOrganisation &org : *orgs) {
        for (const SeedPhone &phone : org.phones) {
            INFO(org.key.toStdString() << " " << phone.number.toStdString());
            CHECK(known.contains(phone.number));
        }
    }
}

TEST_CASE("organisation seed loader reports bad entries", "[domain][seed]")
{
    const QByteArray valid = R"({"organisations":[{"key":"a","name":"A","kind":"ngo","country":"id","phones":[],
        "description":{"id":"Satu","en":"One"},"source":"S","checkedOn":"2026-01-01"}]})";
    REQUIRE(OrganisationSeed::load(valid).ok());

    auto garbage = OrganisationSeed::load("[");
    REQUIRE_FALSE(garbage.ok());
    CHECK(garbage.code() == ErrorCode::InvalidArgument);

    QByteArray badKind = valid;
    badKind.replace("\"ngo\"", "\"charity\"");
    auto kind = OrganisationSeed::load(badKind);
    REQUIRE_FALSE(kind.ok());
    CHECK(kind.error().field == QStringLiteral("organisations[0].kind"));

    QByteArray noSource = valid;
    noSource.replace("\"source\":\"S\",", "");
    auto source = OrganisationSeed::load(noSource);
    REQUIRE_FALSE(source.ok());
    CHECK(source.error().field == QStringLiteral("organisations[0].source"));

    QByteArray badPhone = valid;
    badPhone.replace("\"phones\":[]", R"("phones":[{"number":"call me","kind":"mobile","label":{"id":"x","en":"y"}}])");
    auto phone = OrganisationSeed::load(badPhone);
    REQUIRE_FALSE(phone.ok());
    CHECK(phone.error().field == QStringLiteral("organisations[0].phones[0].number"));
}
