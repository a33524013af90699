#pragma once

#include <QDate>
#include <QString>

namespace lintas::domain {

// Returnees change numbers often; every number is kept with the period it was in use.
struct ClientPhone {
    QString id;
    QString clientId;
    QString number; // as typed; search also indexes digit-only variants
    QString kind; // phoneKinds(): mobile, whatsapp, landline
    QDate validFrom;
    QDate validUntil; // null = still in use
    QString note;
    bool deleted = false;
    qint64 updatedAt = 0;
};

} // namespace lintas::domain
