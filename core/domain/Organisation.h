#pragma once

#include <QString>

namespace lintas::domain {

// A service provider in the directory (consulates, KP2MI/BP3MI, Disnaker, LPSK, legal aid, …).
struct Organisation {
    QString id;
    QString name;
    QString kind; // organisationKinds()
    QString country;
    QString province;
    QString city;
    QString address;
    QString phones; // free text, several numbers allowed
    QString email;
    QString website;
    QString services;
    QString notes;
    QString seedKey; // set for entries that came from the bundled directory
    bool deleted = false;
    qint64 updatedAt = 0;
};

} // namespace lintas::domain
