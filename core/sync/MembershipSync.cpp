#include "sync/MembershipSync.h"

#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/ChangeCodec.h"
#include "sync/JoinRecords.h"
#include "sync/ServerSession.h"
#include "sync/SyncSpaces.h"

namespace lintas::sync {

Result<protocol::MemberSet> MembershipSync::fetchVerified(
    ServerSession &session, const QByteArray &spaceId, qint64 trustedIndex, const QByteArray &trustedHash)
{
    protocol::SpaceRequest ask;
    ask.spaceId = spaceId;
    LINTAS_TRY_ASSIGN(const auto reply, session.space(QStringLiteral("/v1/spaces/membership/read"), ask));
    LINTAS_TRY_ASSIGN(const auto set, protocol::MembershipLog::verify(spaceId, reply.entries));
    if (trustedIndex > 0
        && (set.headIndex < trustedIndex || set.hashes.at(static_cast<int>(trustedIndex - 1)) != trustedHash))
        return makeError(ErrorCode::Crypto,
            QStringLiteral("membership log does not extend the verified head at entry %1").arg(trustedIndex));
    return set;
}

Status MembershipSync::store(store::Database &db, const QString &spaceId, const protocol::MemberSet &set)
{
    SyncSpaces spaces(db);
    for (const protocol::Member &m : set.members) {
        SpaceMember row;
        row.deviceId = ChangeCodec::idText(m.deviceId);
        row.signKey = m.signKey;
        row.boxKey = m.boxKey;
        row.label = m.label;
        row.role = m.role;
        row.removed = m.removed;
        row.lastSeq = m.lastSeq;
        LINTAS_TRY(spaces.putMember(spaceId, row));
    }
    for (auto it = set.keyCommits.cbegin(); it != set.keyCommits.cend(); ++it)
        LINTAS_TRY(spaces.putEpochCommit(spaceId, it.key(), it.value()));
    return JoinRecords(db).setHead(spaceId, {set.headIndex, set.headHash});
}

Result<protocol::MemberSet> MembershipSync::refreshMembers(
    store::Database &db, ServerSession &session, const QString &spaceId)
{
    LINTAS_TRY_ASSIGN(const auto trusted, JoinRecords(db).head(spaceId));
    LINTAS_TRY_ASSIGN(const auto set,
        fetchVerified(session, ChangeCodec::idBytes(spaceId), trusted ? trusted->index : 0,
            trusted ? trusted->hash : QByteArray()));
    LINTAS_TRY_ASSIGN(auto tx, db.begin());
    LINTAS_TRY(store(db, spaceId, set));
    LINTAS_TRY(tx.commit());
    return set;
}

} // namespace lintas::sync
