#pragma once

#include "base/Result.h"
#include "crypto/SecretBytes.h"
#include "protocol/SyncMessages.h"

#include <QString>
#include <QVector>

#include <optional>

namespace lintas::store {
class Database;
}

namespace lintas::sync {

// A space this profile belongs to (today: its organisation's), with where sync has got to.
struct SpaceInfo {
    QString spaceId; // 32 hex
    QString serverUrl;
    QString name;
    QString role; // "member" or "admin"
    quint32 epoch = 0; // the epoch new records are sealed with
    protocol::Cursor cursor;
    qint64 joinedAt = 0;
    qint64 lastSyncAt = 0;
    // The organisation's own space (the first joined): records of no shared case go here, and
    // the outbox names it by leaving space_id empty until they are sealed.
    bool home = false;
};

// A device of the space, as the verified membership log names it: the key its envelopes must be
// signed with and the key space keys are sealed to.
struct SpaceMember {
    QString deviceId;
    QByteArray signKey;
    QByteArray boxKey;
    QString label;
    QString role;
    bool removed = false;
    qint64 lastSeq = 0; // once removed: its last record members accept (device_seq)
};

// The profile's sync tables (schema 13): spaces, their epoch keys and their members.
class SyncSpaces {
public:
    explicit SyncSpaces(store::Database &db) : m_db(db) { }

    // The organisation's own space: the first one joined (the first row, whatever the clock said).
    // None before joining.
    Result<std::optional<SpaceInfo>> current();
    // Every space joined, the organisation's first, then shared ones in the order joined.
    Result<QVector<SpaceInfo>> all();
    Result<SpaceInfo> space(const QString &spaceId); // NotFound
    Status add(const SpaceInfo &space); // AlreadyExists
    Status setCursor(const QString &spaceId, const protocol::Cursor &cursor);
    Status setLastSync(const QString &spaceId, qint64 atMs);
    Status setEpoch(const QString &spaceId, quint32 epoch);

    Status putKey(const QString &spaceId, quint32 epoch, const SecretBytes &key);
    Result<SecretBytes> key(const QString &spaceId, quint32 epoch); // NotFound: an epoch we hold no key for
    Status removeKey(const QString &spaceId, quint32 epoch);
    Result<quint32> newestKey(const QString &spaceId); // 0: none held

    // Key commitments of rotated epochs, as the verified membership log names them.
    Status putEpochCommit(const QString &spaceId, quint32 epoch, const QByteArray &commit);
    Result<QByteArray> epochCommit(const QString &spaceId, quint32 epoch); // empty: none (epoch 1, or not yet read)
    Result<quint32> newestEpoch(const QString &spaceId); // 1 before any rotation

    Status putMember(const QString &spaceId, const SpaceMember &member);
    Result<std::optional<SpaceMember>> member(const QString &spaceId, const QString &deviceId);
    Result<QVector<SpaceMember>> members(const QString &spaceId);

private:
    Result<QVector<SpaceInfo>> select(const QString &where, const QString &bind);
    Result<quint32> epochQuery(const QString &sql, const QString &spaceId); // one number for the space
    store::Database &m_db;
};

} // namespace lintas::sync
