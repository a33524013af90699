#include "sync/ServerSession.h"

#include "sync/DeviceLogin.h"

namespace lintas::sync {

Error httpError(const QString &what, const TransportReply &reply)
{
    const ErrorCode code = reply.status == 429 || reply.status >= 500 ? ErrorCode::Busy : ErrorCode::InvalidArgument;
    return makeError(
        code, QStringLiteral("%1: HTTP %2 %3").arg(what).arg(reply.status).arg(QString::fromUtf8(reply.body)));
}

Status ServerSession::authenticate()
{
    LINTAS_TRY_ASSIGN(auto outcome, logIn(m_transport, m_identity));
    if (const auto *refused = std::get_if<TransportReply>(&outcome)) {
        m_lastStatus = refused->status;
        return httpError(QStringLiteral("login"), *refused);
    }
    m_token = std::get<protocol::TokenReply>(outcome).token;
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
