#pragma once

#include <QDate>
#include <QString>

namespace lintas::domain {

// What the client agreed may be shared, with whom, and when — granular and revocable (UU PDP).
struct Consent {
    QString id;
    QString clientId;
    QString recipient; // free text, e.g. "KJRI Hong Kong", "LBH Bandar Lampung"
    QString organisationId; // optional directory link
    QString scope; // which data classes, e.g. "case summary, contact details"
    QString purpose;
    QString method; // verbal, written, thumbprint…
    QDate givenOn;
    QDate withdrawnOn; // null while in force
    QString recordedBy;
    bool deleted = false;
    qint64 updatedAt = 0;
};

} // namespace lintas::domain
