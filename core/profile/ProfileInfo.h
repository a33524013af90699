#pragma once

#include <QDateTime>
#include <QString>

namespace lintas::profile {

// What may be shown about a profile before it is unlocked (it all comes from the plaintext
// header): enough for a "who are you?" list, nothing about cases.
struct ProfileInfo {
    QString id; // 32 lowercase hex characters; also the directory name
    QString displayName; // trimmed, unique per laptop (case-insensitive)
    QDateTime createdAt; // UTC
    // The schema version last seen in the database. Only a hint (the header is not
    // authenticated): the database itself decides at unlock.
    int schemaVersionHint = 0;
};

} // namespace lintas::profile
