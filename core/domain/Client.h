#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace lintas::domain {

// The worker. Single names are common in Indonesia, so there is one full-name field rather
// than given/family names; spelling variants and nicknames go into `aliases`.
struct Client {
    QString id;
    QString fullName;
    QStringList aliases; // observed-remove set
    QString gender; // genders()
    QDate birthDate;
    QString nik; // 16-digit Indonesian national ID number
    QString passportNo;
    QString province; // address in Indonesia: province → regency → district → village
    QString regency;
    QString district;
    QString village;
    QString address;
    QString currentCountry; // jurisdictions() code of where she is now
    QString currentCity;
    QString status; // clientStatuses()
    QString nextOfKinName;
    QString nextOfKinRelation;
    QString nextOfKinPhone;
    QString preferredLanguage; // "id", "en", or a regional language name
    QString notes;
    qint64 createdAt = 0; // ms since epoch
    bool deleted = false;
    qint64 updatedAt = 0; // maintained by the write path (newest field clock), read-only
};

} // namespace lintas::domain
