#include "demo/DemoClientMaker.h"

#include "demo/DemoIdentity.h"
#include "demo/DemoNames.h"
#include "repo/Workspace.h"

#include <QDateTime>
#include <QTimeZone>

namespace lintas::demo {

namespace {

// Share of men among the workers who come to a caseworker, by country of work: domestic work in
// Hong Kong and Singapore is almost all women; plantations, factories and fishing boats are not.
double maleShare(const QString &jurisdiction)
{
    if (jurisdiction == QStringLiteral("my"))
        return 0.30;
    if (jurisdiction == QStringLiteral("tw"))
        return 0.20;
    if (jurisdiction == QStringLiteral("sa"))
        return 0.10;
    return 0.03;
}

qint64 msAt(const QDate &day, DemoRandom &random)
{
    // Office hours in western Indonesia (UTC+7), where most intakes are typed up.
    const QTime time(random.between(8, 16), random.between(0, 59), random.between(0, 59));
    return QDateTime(day, time, QTimeZone(7 * 3600)).toMSecsSinceEpoch();
}

} // namespace

Result<DemoClient> DemoClientMaker::make()
{
    DemoRandom &r = m_ctx.random;
    DemoClient info;
    info.id = r.newId();
    info.jurisdiction = r.weighted({{"hk", 70}, {"tw", 10}, {"sg", 8}, {"my", 7}, {"sa", 5}});
    info.female = !r.chance(maleShare(info.jurisdiction));
    const HomeAddress home = m_ctx.places.homeAddress(r);
    info.provinceKey = home.province->key;
    info.name = DemoNames::workerName(r, info.female, info.provinceKey);
    info.firstContact = m_ctx.today.addDays(-r.between(14, 1100));
    info.status = r.weighted({{"returned", 45}, {"abroad", 44}, {"in_transit", 4}, {"missing", 7}});

    domain::Client c;
    c.id = info.id;
    c.fullName = r.chance(0.12) ? DemoNames::withFather(r, info.name, info.female) : info.name;
    if (r.chance(0.45)) {
        const QString variant = DemoNames::spellingVariant(r, info.name);
        if (!variant.isEmpty() && variant != c.fullName)
            c.aliases << variant;
    }
    if (c.fullName == info.name && r.chance(0.15))
        c.aliases << DemoNames::withFather(r, info.name, info.female); // the name on her passport
    c.gender = info.female ? QStringLiteral("female") : QStringLiteral("male");
    const int age = r.between(21, 48);
    c.birthDate = QDate(m_ctx.today.year() - age, r.between(1, 12), 1).addDays(r.between(0, 27));
    const QString regencyCode = DemoPlaces::regencyCode(r, *home.province, *home.regency);
    if (r.chance(0.85))
        c.nik = DemoIdentity::nik(r, regencyCode, c.birthDate, info.female);
    if (r.chance(0.75))
        c.passportNo = DemoIdentity::passport(r);
    c.province = home.province->name;
    c.regency = home.regency->displayName();
    c.district = home.district;
    c.village = home.village;
    c.address = home.street;
    c.status = info.status;
    const bool isHome = info.status == QStringLiteral("returned");
    c.currentCountry = isHome ? QStringLiteral("id") : info.jurisdiction;
    c.currentCity = isHome ? home.regency->name : DemoPlaces::cityAbroad(r, info.jurisdiction);
    if (info.status == QStringLiteral("missing") && r.chance(0.5)) {
        c.currentCountry.clear();
        c.currentCity.clear();
    }
    if (r.chance(0.7)) {
        c.nextOfKinName = DemoNames::relativeName(r);
        c.nextOfKinRelation = DemoNames::relation(r, info.female);
        c.nextOfKinPhone = DemoIdentity::mobile(r, QStringLiteral("id"));
    }
    const QString province = home.province->key;
    if (r.chance(0.25)) {
        c.preferredLanguage = province == QStringLiteral("jawa_barat") ? QStringLiteral("Sunda")
            : province == QStringLiteral("nusa_tenggara_barat")        ? QStringLiteral("Sasak")
            : province == QStringLiteral("nusa_tenggara_timur")        ? QStringLiteral("Dawan")
                                                                       : QStringLiteral("Jawa");
    } else {
        c.preferredLanguage = QStringLiteral("id");
    }
    if (r.chance(0.1))
        c.notes = r.chance(0.5) ? QStringLiteral("Lebih mudah dihubungi lewat WhatsApp pada hari Minggu.")
                                : QStringLiteral("Jangan hubungi lewat nomor suami.");
    c.createdAt = msAt(info.firstContact, r);
    LINTAS_TRY(m_ctx.writers.clients.createInBatch(c));
    LINTAS_TRY(m_ctx.batch.wrote(1));

    const QDate leftHome = info.firstContact.addDays(-r.between(240, 1500));
    const QDate cameHome = isHome ? info.firstContact.addDays(-r.between(1, 60)) : QDate();
    LINTAS_TRY(addPhones(info, leftHome, cameHome));
    return info;
}

Status DemoClientMaker::addPhones(const DemoClient &client, const QDate &leftHome, const QDate &cameHome)
{
    DemoRandom &r = m_ctx.random;
    auto add = [&](const QString &number, const QString &kind, const QDate &from, const QDate &until,
                   const QString &note) -> Status {
        domain::ClientPhone p;
        p.id = r.newId();
        p.clientId = client.id;
        p.number = number;
        p.kind = kind;
        p.validFrom = from;
        p.validUntil = until;
        p.note = note;
        LINTAS_TRY(m_ctx.writers.phones.createInBatch(p));
        return m_ctx.batch.wrote();
    };
    const QString whatsapp = QStringLiteral("whatsapp");
    // The number she had before leaving, often kept by family and dead by the time she returns.
    if (r.chance(0.5))
        LINTAS_TRY(add(DemoIdentity::mobile(r, QStringLiteral("id")), QStringLiteral("mobile"), leftHome.addYears(-2),
            leftHome, QStringLiteral("nomor sebelum berangkat")));
    if (client.status == QStringLiteral("returned") && cameHome.isValid()) {
        LINTAS_TRY(add(DemoIdentity::mobile(r, client.jurisdiction), whatsapp, leftHome.addDays(r.between(7, 30)),
            cameHome, QStringLiteral("nomor di luar negeri")));
        LINTAS_TRY(add(DemoIdentity::mobile(r, QStringLiteral("id")), whatsapp, cameHome, QDate(), QString()));
        return {};
    }
    LINTAS_TRY(add(DemoIdentity::mobile(r, client.jurisdiction), whatsapp, leftHome.addDays(r.between(7, 30)), QDate(),
        QString()));
    if (r.chance(0.15)) {
        // A second number abroad: many workers keep a spare SIM the employer does not know about.
        LINTAS_TRY(add(DemoIdentity::mobile(r, client.jurisdiction), QStringLiteral("mobile"),
            client.firstContact.addDays(-r.between(0, 90)), QDate(), QStringLiteral("nomor cadangan")));
    }
    return {};
}

} // namespace lintas::demo
