#include "sync/DeviceLogin.h"

#include "sync/SyncIdentity.h"

namespace lintas::sync {

Result<LoginOutcome> logIn(SyncTransport &transport, const SyncIdentity &identity)
{
    protocol::ChallengeRequest ask;
    ask.deviceId = identity.deviceIdBytes();
    LINTAS_TRY_ASSIGN(
        const TransportReply challengeReply, transport.post(QStringLiteral("/v1/auth/challenge"), ask.encode(), {}));
    if (challengeReply.status != 200)
        return LoginOutcome(challengeReply);
    LINTAS_TRY_ASSIGN(const auto challenge, protocol::ChallengeReply::decode(challengeReply.body));
    protocol::TokenRequest login;
    login.deviceId = ask.deviceId;
    login.challenge = challenge.challenge;
    login.signature = identity.signing().sign(protocol::TokenRequest::signedMessage(login.challenge, login.deviceId));
    LINTAS_TRY_ASSIGN(
        const TransportReply tokenReply, transport.post(QStringLiteral("/v1/auth/token"), login.encode(), {}));
    if (tokenReply.status != 200)
        return LoginOutcome(tokenReply);
    LINTAS_TRY_ASSIGN(auto token, protocol::TokenReply::decode(tokenReply.body));
    return LoginOutcome(std::move(token));
}

} // namespace lintas::sync
