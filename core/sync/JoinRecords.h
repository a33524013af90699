#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

namespace lintas::store {
class Database;
}

namespace lintas::sync {

// An invite code this profile holds: one it created as an admin (kind "created", kept until
// the joiner is approved so the app can check the joiner's MAC), or the one it is joining with
// (kind "joining", kept until the admin's welcome arrives). Codes stay inside the encrypted
// profile and are deleted once used.
struct HeldInvite {
    QByteArray inviteId;
    QString kind;
    QString code;
    QString spaceId; // hex
    QString serverUrl;
    QString spaceName;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
};

// The membership head this profile has verified for a space: a later log must extend it.
struct TrustedHead {
    qint64 index = 0;
    QByteArray hash;
};

// Profile tables sync_invites and space_membership (schema 13).
class JoinRecords {
public:
    explicit JoinRecords(store::Database &db) : m_db(db) { }

    Status putInvite(const HeldInvite &invite);
    Result<QVector<HeldInvite>> invites(const QString &kind, const QString &spaceId = QString());
    Status removeInvite(const QByteArray &inviteId);

    Result<std::optional<TrustedHead>> head(const QString &spaceId);
    Status setHead(const QString &spaceId, const TrustedHead &head);

private:
    store::Database &m_db;
};

} // namespace lintas::sync
