#include "sync/EpochKeys.h"

#include "protocol/Membership.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/ChangeCodec.h"
#include "sync/ServerSession.h"
#include "sync/SyncIdentity.h"
#include "sync/SyncSpaces.h"

namespace lintas::sync {

namespace {

constexpr std::size_t kSpaceKeyBytes = 32;

} // namespace

Result<bool> EpochKeys::missing(store::Database &db, const QString &spaceId)
{
    SyncSpaces spaces(db);
    LINTAS_TRY_ASSIGN(const quint32 named, spaces.newestEpoch(spaceId));
    LINTAS_TRY_ASSIGN(const quint32 held, spaces.newestKey(spaceId));
    return named > held;
}

Result<quint32> EpochKeys::fetch(
    store::Database &db, ServerSession &session, const SyncIdentity &identity, const QString &spaceId)
{
    protocol::SpaceRequest ask;
    ask.spaceId = ChangeCodec::idBytes(spaceId);
    LINTAS_TRY_ASSIGN(const auto reply, session.space(QStringLiteral("/v1/spaces/keys/get"), ask));
    SyncSpaces spaces(db);
    LINTAS_TRY_ASSIGN(auto tx, db.begin());
    for (const protocol::WrappedKey &w : reply.wraps) {
        if (spaces.key(spaceId, w.epoch).ok())
            continue; // held already: never replaced by what the server hands out
        LINTAS_TRY_ASSIGN(const QByteArray commit, spaces.epochCommit(spaceId, w.epoch));
        if (commit.isEmpty())
            continue; // an epoch the verified log does not name (yet)
        LINTAS_TRY_ASSIGN(const SecretBytes key, identity.box().open(w.sealed));
        if (key.size() != kSpaceKeyBytes || protocol::epochKeyCommit(ask.spaceId, w.epoch, key) != commit)
            return makeError(ErrorCode::Crypto,
                QStringLiteral("the key for epoch %1 is not the one the admin's rotation names").arg(w.epoch));
        LINTAS_TRY(spaces.putKey(spaceId, w.epoch, key));
    }
    LINTAS_TRY_ASSIGN(const quint32 newest, spaces.newestKey(spaceId));
    LINTAS_TRY(spaces.setEpoch(spaceId, newest));
    LINTAS_TRY(tx.commit());
    return newest;
}

} // namespace lintas::sync
