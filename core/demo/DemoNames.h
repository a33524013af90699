#pragma once

#include <QString>
#include <QStringList>

namespace lintas::demo {

class DemoRandom;

// Indonesian personal names as they appear on case files: many single names (Sumiati, Wartini),
// two- and three-part names, "binti"/"bin" forms, regional names (Sasak, NTT), and the spelling
// variants that make duplicate detection hard (old "oe"/"dj"/"tj" spellings, y/i swaps).
// Also the names of the other people in a case: employers abroad and the staff of Lintas users.
class DemoNames {
public:
    // A worker's name; `provinceKey` steers regional names (e.g. "nusa_tenggara_timur").
    static QString workerName(DemoRandom &random, bool female, const QString &provinceKey);
    // A plausible other spelling or nickname of `name`, or an empty string if none applies.
    static QString spellingVariant(DemoRandom &random, const QString &name);
    // "<name> binti <father>" (or "bin" for men), as on many passports and village records.
    static QString withFather(DemoRandom &random, const QString &name, bool female);
    static QString fatherName(DemoRandom &random);
    // Next of kin: a name and the relation ("suami", "ibu", …).
    static QString relativeName(DemoRandom &random);
    static QString relation(DemoRandom &random, bool clientFemale);

    // An employer as the worker would name them, for a jurisdiction code (hk, sg, tw, my, sa).
    static QString employerName(DemoRandom &random, const QString &jurisdiction);
    // Overseas agencies, Indonesian placement companies (PT …), lenders, training centres.
    static QString overseasAgencyName(DemoRandom &random, const QString &jurisdiction);
    static QString placementCompanyName(DemoRandom &random);
    static QString lenderName(DemoRandom &random, const QString &jurisdiction);
    static QString trainingCentreName(DemoRandom &random);

    static const QStringList &caseworkers();
    static const QStringList &facilitators();
};

} // namespace lintas::demo
