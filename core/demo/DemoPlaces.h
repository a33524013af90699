#pragma once

#include "domain/Regions.h"

#include <QString>
#include <QStringList>

namespace lintas::demo {

class DemoRandom;

// A home address in Indonesia, built on the bundled Regions (real provinces and regencies) with
// village names typical of each area (Javanese "-rejo/-sari" villages, also common in Lampung's
// transmigration areas; Sundanese "Suka-/Mekar-/Ci-" in Jawa Barat and Banten; Sasak and Timorese
// names in NTB and NTT).
struct HomeAddress {
    const domain::Province *province = nullptr;
    const domain::Regency *regency = nullptr;
    QString district;
    QString village;
    QString street; // "Dusun Krajan RT 002/RW 005"
};

class DemoPlaces {
public:
    explicit DemoPlaces(const domain::Regions &regions);

    // Weighted by where migrant domestic workers mostly come from (Jawa Timur, Jawa Tengah,
    // Jawa Barat, Lampung, NTB, NTT first).
    HomeAddress homeAddress(DemoRandom &random) const;

    // Where in the country of work she lives or lived (Hong Kong districts, Taiwanese cities…).
    static QString cityAbroad(DemoRandom &random, const QString &jurisdiction);
    // The 4-digit BPS code of a regency ("1807" for Lampung Timur); an invented but well-formed
    // one in the right province when the regency is not in the small table.
    static QString regencyCode(DemoRandom &random, const domain::Province &province, const domain::Regency &regency);

private:
    const domain::Regions &m_regions;
    QVector<double> m_provinceWeights;
};

} // namespace lintas::demo
