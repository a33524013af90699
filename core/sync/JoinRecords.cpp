#include "sync/JoinRecords.h"

#include "store/Database.h"

namespace lintas::sync {

namespace {

// The columns are NOT NULL; a null QString would bind NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

Status JoinRecords::putInvite(const HeldInvite &i)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_invites (invite_id, kind, code, space_id, server_url, "
                                    "space_name, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
    st.bind(1, i.inviteId).bind(2, i.kind).bind(3, i.code).bind(4, text(i.spaceId)).bind(5, text(i.serverUrl));
    st.bind(6, text(i.spaceName)).bind(7, i.createdAt);
    st.bind(8, i.expiresAt);
    return st.exec();
}

Result<QVector<HeldInvite>> JoinRecords::invites(const QString &kind, const QString &spaceId)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(
            QStringLiteral("SELECT invite_id, kind, code, space_id, server_url, space_name, created_at, expires_at "
                           "FROM sync_invites WHERE kind = ? AND (? IS NULL OR space_id = ?) "
                           "ORDER BY created_at, invite_id")));
    st.bind(1, kind).bind(2, spaceId).bind(3, spaceId);
    QVector<HeldInvite> out;
    LINTAS_TRY(st.forEachRow([&] {
        out.push_back(
            {st.blob(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.int64(6), st.int64(7)});
    }));
    return out;
}

Status JoinRecords::removeInvite(const QByteArray &inviteId)
{
    LINTAS_TRY_ASSIGN(auto st, m_db.prepare(QStringLiteral("DELETE FROM sync_invites WHERE invite_id = ?")));
    st.bind(1, inviteId);
    return st.exec();
}

Result<std::optional<TrustedHead>> JoinRecords::head(const QString &spaceId)
{
    LINTAS_TRY_ASSIGN(
        auto st, m_db.prepare(QStringLiteral("SELECT head_index, head_hash FROM space_membership WHERE space_id = ?")));
    st.bind(1, spaceId);
    LINTAS_TRY_ASSIGN(const bool found, st.step());
    if (!found)
        return std::optional<TrustedHead>();
    return std::optional<TrustedHead>(TrustedHead {st.int64(0), st.blob(1)});
}

Status JoinRecords::setHead(const QString &spaceId, const TrustedHead &head)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO space_membership (space_id, head_index, head_hash) VALUES (?, ?, ?)")));
    st.bind(1, spaceId).bind(2, head.index).bind(3, head.hash);
    return st.exec();
}

} // namespace lintas::sync
