#pragma once

#include <QString>

namespace lintas::domain {

// Employers, agencies, training centres, moneylenders — shared across cases so patterns show
// ("this agency appears in 14 cases").
struct Party {
    QString id;
    QString kind; // partyKinds()
    QString name;
    QString country; // jurisdictions()
    QString address;
    QString phone;
    QString licenceNo; // agency licence / P3MI SIP number
    QString notes;
    bool deleted = false;
    qint64 updatedAt = 0;
};

// Link between a case and a party, with the party's role in that case.
struct CaseParty {
    QString id;
    QString caseId;
    QString partyId;
    QString role; // partyRoles()
    QString notes;
    bool deleted = false;
    qint64 updatedAt = 0;
};

} // namespace lintas::domain
