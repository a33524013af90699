#include "sync/MembershipSync.h"

#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/ChangeCodec.h"
#include "sync/JoinRecords.h"
#include "sync/ProfileSession.h"
#include "sync/ServerSession.h"
#include "sync/SyncIdentity.h"
#include "sync/SyncSpaces.h"

namespace lintas::sync {

namespace {

// The server's answer when it holds changes of a removed device later than the removal allows.
constexpr int kDeviceBehind = 412;

Error appendRefused(const ServerSession &session)
{
    if (session.lastStatus() == kDeviceBehind) {
        Error e = Error::make(ErrorCode::Validation,
            QStringLiteral("the server holds later changes of that device than this laptop has received"));
        e.rule = QStringLiteral("sync_first");
        return e;
    }
    return makeError(
        ErrorCode::InvalidArgument, QStringLiteral("membership append refused: HTTP %1").arg(session.lastStatus()));
}

} // namespace

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

Result<protocol::MemberSet> MembershipSync::appendOnHead(store::Database &db, ProfileSession &profile,
    const QString &spaceId, const protocol::MemberSet *known, const NextEntry &next)
{
    LINTAS_TRY_ASSIGN(const SyncIdentity *identity, profile.identity());
    LINTAS_TRY_ASSIGN(ServerSession * session, profile.session());
    for (int attempt = 0;; ++attempt) {
        protocol::MemberSet set;
        if (known && attempt == 0) {
            set = *known;
        } else {
            LINTAS_TRY_ASSIGN(set, MembershipSync::refreshMembers(db, *session, spaceId));
        }
        if (!set.isAdmin(identity->deviceIdBytes()))
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("this device is not an admin of the space"));
        LINTAS_TRY_ASSIGN(std::optional<protocol::MembershipEntryData> entry, next(set));
        if (!entry)
            return set; // nothing (more) to append
        entry->spaceId = set.spaceId;
        entry->index = set.headIndex + 1;
        entry->previousHash = set.headHash;
        entry->signer = identity->deviceIdBytes();
        entry->sign(identity->signing());
        protocol::SpaceRequest append;
        append.spaceId = set.spaceId;
        append.entry = entry->encode();
        if (session->space(QStringLiteral("/v1/spaces/membership/append"), append).ok())
            return MembershipSync::refreshMembers(db, *session, spaceId);
        // 409: another admin appended first; build on the new head once.
        if (session->lastStatus() != 409 || attempt == 1)
            return appendRefused(*session);
    }
}

} // namespace lintas::sync
