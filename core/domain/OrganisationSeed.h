#pragma once

#include "base/Result.h"
#include "domain/CodeList.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVector>

namespace lintas::domain {

struct SeedPhone {
    QString number; // as published ("2157 9537", "0800-1000", "+62 21 2924 4800")
    QString kind; // phoneKinds()
    QString labelId; // what the number is for, in Indonesian
    QString labelEn;

    QString label(Language language) const { return language == Language::Indonesian ? labelId : labelEn; }
};

// One entry of the bundled organisation directory (resources/seed/organisations.json).
// Plain data: the repository layer turns it into a domain::Organisation with seedKey = key,
// so re-seeding after an update can find and refresh the entry instead of duplicating it.
struct SeedOrganisation {
    QString key; // stable id of the seed entry, e.g. "hk_labour_department"
    QString name;
    QString kind; // organisationKinds()
    QString country; // jurisdictions()
    QString province; // Indonesian province name, for provincial offices
    QString city;
    QString address;
    QVector<SeedPhone> phones;
    QString email;
    QString website;
    QString descriptionId;
    QString descriptionEn;
    QString source; // citation as in the reference facts
    QDate sourceDate; // newest dated source, when known
    QDate checkedOn; // last checked against the reference facts (not a live call)
    bool needsRecheck = false; // the facts file itself says to re-check these contacts

    QString description(Language language) const
    {
        return language == Language::Indonesian ? descriptionId : descriptionEn;
    }
    // All numbers on one line ("2157 9537 (FDH hotline…); 2717 1771 (…)") for the free-text
    // phones field of domain::Organisation.
    QString phonesText(Language language) const;
};

class OrganisationSeed {
public:
    static QString bundledPath(); // ":/lintas/seed/organisations.json"
    // Validates every entry: codes known to the code lists, keys unique, dates ISO, texts present.
    static Result<QVector<SeedOrganisation>> load(const QByteArray &json);
    static Result<QVector<SeedOrganisation>> bundled();
};

} // namespace lintas::domain
