#pragma once

#include <QDate>
#include <QString>

namespace lintas::domain {

struct Referral {
    QString id;
    QString caseId;
    QString organisationId; // directory entry
    QString reason;
    QString consentId; // the consent record that allows this referral
    QString status; // referralStatuses()
    QDate sentOn;
    QDate respondedOn;
    QString feedback;
    // Sent without a recorded consent: why, as an admin wrote it, and who did (decision D42).
    QString consentOverride;
    QString overrideBy;
    bool deleted = false;
    qint64 updatedAt = 0;
};

} // namespace lintas::domain
