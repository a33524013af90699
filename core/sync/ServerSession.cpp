#include "sync/ServerSession.h"

#include "protocol/SyncMessages.h"
#include "sync/SyncIdentity.h"

namespace lintas::sync {

Error httpError(const QString &what, const TransportReply &reply)
{
    const ErrorCode code = reply.status == 429 || reply.status >= 500 ? ErrorCode::Busy : ErrorCode::InvalidArgument;
    return makeError(
        code, QStringLiteral("%1: HTTP %2 %3").arg(what).arg(reply.status).arg(QString::fromUtf8(reply.body)));
}

Status ServerSession::authenticate()
{
    protocol::ChallengeRequest ask;
    ask.deviceId = m_identity.deviceIdBytes();
    LINTAS_TRY_ASSIGN(const TransportReply challengeReply,
        m_transport.post(QStringLiteral("/v1/auth/challenge"), ask.encode(), QByteArray()));
    if (challengeReply.status != 200)
        return httpError(QStringLiteral("challenge"), challengeReply);
    LINTAS_TRY_ASSIGN(const auto challenge, protocol::ChallengeReply::decode(challengeReply.body));
    protocol::TokenRequest login;
    login.deviceId = ask.deviceId;
    login.challenge = challenge.challenge;
    login.signature = m_identity.signing().sign(protocol::TokenRequest::signedMessage(login.challenge, login.deviceId));
    LINTAS_TRY_ASSIGN(const TransportReply tokenReply,
        m_transport.post(QStringLiteral("/v1/auth/token"), login.encode(), QByteArray()));
    m_lastStatus = tokenReply.status;
    if (tokenReply.status != 200)
        return httpError(QStringLiteral("token"), tokenReply);
    LINTAS_TRY_ASSIGN(const auto token, protocol::TokenReply::decode(tokenReply.body));
    m_token = token.token;
    return {};
}

Result<TransportReply> ServerSession::call(const QString &path, const QByteArray &body)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_token.isEmpty())
            LINTAS_TRY(authenticate());
        LINTAS_TRY_ASSIGN(TransportReply reply, m_transport.post(path, body, m_token));
        m_lastStatus = reply.status;
        if (reply.status != 401 || attempt == 1)
            return reply;
        m_token.clear();
    }
    return makeError(ErrorCode::Internal, QStringLiteral("unreachable"));
}

Result<protocol::SpaceReply> ServerSession::space(const QString &path, const protocol::SpaceRequest &request)
{
    LINTAS_TRY_ASSIGN(const TransportReply reply, call(path, request.encode()));
    if (reply.status != 200)
        return httpError(path, reply);
    return protocol::SpaceReply::decode(reply.body);
}

} // namespace lintas::sync
