#include "domain/Regions.h"

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::domain;

TEST_CASE("bundled regions load with the main areas of origin", "[domain][regions]")
{
    auto regions = Regions::bundled();
    REQUIRE(regions.ok());
    for (const char *name : {"Lampung", "Jawa Timur", "Jawa Tengah", "Jawa Barat", "Nusa Tenggara Barat",
             "Nusa Tenggara Timur", "Banten", "DI Yogyakarta", "Sumatera Utara", "Bali"}) {
        INFO(name);
        CHECK(regions->province(QString::fromUtf8(name)) != nullptr);
    }
    CHECK(regions->regencyCount() >= 60);

    const Province *lampung = regions->province(QStringLiteral("lampung"));
    REQUIRE(lampung);
    CHECK(lampung->bpsCode == QStringLiteral("18"));
    const Regency *lamtim = lampung->regency(QStringLiteral("lampung_timur"));
    REQUIRE(lamtim);
    CHECK(lamtim->displayName() == QStringLiteral("Kabupaten Lampung Timur"));
    CHECK(lamtim->districts.contains(QStringLiteral("Sukadana")));
    const Regency *metro = lampung->regency(QStringLiteral("kota_metro"));
    REQUIRE(metro);
    CHECK(metro->isCity());
    CHECK(metro->displayName() == QStringLiteral("Kota Metro"));

    // The same name as kabupaten and kota stays two distinct entries.
    const Regency *kabMalang = regions->regency(QStringLiteral("jawa_timur"), QStringLiteral("malang"));
    const Regency *kotaMalang = regions->regency(QStringLiteral("jawa_timur"), QStringLiteral("kota_malang"));
    REQUIRE(kabMalang);
    REQUIRE(kotaMalang);
    CHECK(kabMalang->name == kotaMalang->name);
    CHECK(kabMalang->displayName() != kotaMalang->displayName());
    CHECK(kabMalang->districts.contains(QStringLiteral("Kepanjen")));

    CHECK(regions->regency(QStringLiteral("nusa_tenggara_timur"), QStringLiteral("timor_tengah_selatan")) != nullptr);
    CHECK(regions->regency(QStringLiteral("nusa_tenggara_barat"), QStringLiteral("lombok_timur")) != nullptr);
    CHECK(regions->province(QStringLiteral("  jawa barat ")) != nullptr); // typed, any case
    CHECK(regions->province(QStringLiteral("Atlantis")) == nullptr);
    CHECK(regions->provinceNames().first() == QStringLiteral("Lampung"));
}

TEST_CASE("regions loader reports bad data", "[domain][regions]")
{
    auto garbage = Regions::load("{ not json");
    REQUIRE_FALSE(garbage.ok());
    CHECK(garbage.code() == ErrorCode::InvalidArgument);

    auto badType = Regions::load(R"({"provinces":[{"key":"x","name":"X","bpsCode":"1",
        "regencies":[{"key":"a","name":"A","type":"desa"}]}]})");
    REQUIRE_FALSE(badType.ok());
    CHECK(badType.code() == ErrorCode::Validation);
    CHECK(badType.error().field == QStringLiteral("provinces[0].regencies[0].type"));

    auto duplicate = Regions::load(R"({"provinces":[{"key":"x","name":"X","bpsCode":"1",
        "regencies":[{"key":"a","name":"A","type":"kota"},{"key":"a","name":"B","type":"kota"}]}]})");
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().detail.contains(QStringLiteral("duplicate")));
}
