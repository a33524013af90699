#include "api/ServerApi.h"

#include "base/Clock.h"
#include "base/RandomSource.h"
#include "crypto/DeviceKeys.h"
#include "http/AccessLog.h"
#include "protocol/SyncMessages.h"
#include "storage/ServerStore.h"

namespace lintas::server {

namespace {

constexpr int SecretBytes = 32;

HttpResponse cbor(const QByteArray &body)
{
    return HttpResponse::withBody(200, cborContentType(), body);
}

HttpResponse unauthorized()
{
    HttpResponse r = HttpResponse::error(401, "unauthorized");
    r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
    return r;
}

HttpResponse tooManyAttempts(qint64 retryAfterMs)
{
    HttpResponse r = HttpResponse::error(429, "too_many_attempts");
    r.headers.append(
        {QByteArrayLiteral("Retry-After"), QByteArray::number(RateLimiter::retryAfterSeconds(retryAfterMs))});
    return r;
}

// The per-address bucket's key. An IPv6 client usually holds a whole /64 and could change its
// address for every attempt, so IPv6 addresses are counted by their /64.
QByteArray peerKey(const QHostAddress &peer)
{
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4); // also an IPv4-mapped IPv6 address
    if (isV4)
        return QByteArray::number(v4);
    const Q_IPV6ADDR v6 = peer.toIPv6Address();
    return QByteArray("6:") + QByteArray(reinterpret_cast<const char *>(v6.c), 8).toHex();
}

QByteArray bearerToken(const HttpRequest &request)
{
    const QByteArray value = request.header("authorization");
    static const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (!value.startsWith(prefix))
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(value.mid(prefix.size()),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

} // namespace

QByteArray cborContentType()
{
    return QByteArrayLiteral("application/cbor");
}

Result<std::unique_ptr<ServerApi>> ServerApi::create(
    ServerStore &store, const Clock &clock, RandomSource &random, SyncLimits limits)
{
    LINTAS_TRY_ASSIGN(
        const QByteArray secret, store.metaOrInit(QStringLiteral("token_secret"), random.bytes(SecretBytes)));
    LINTAS_TRY_ASSIGN(
        const QByteArray generation, store.metaOrInit(QStringLiteral("log_generation"), random.bytes(16)));
    if (secret.size() != SecretBytes || generation.isEmpty())
        return makeError(ErrorCode::DatabaseCorrupt, QStringLiteral("server meta: token secret or log generation"));
    return std::unique_ptr<ServerApi>(
        new ServerApi(store, clock, std::make_shared<LoginState>(secret, clock, random), generation, limits));
}

std::unique_ptr<ServerApi> ServerApi::sibling(ServerStore &store) const
{
    auto api = std::unique_ptr<ServerApi>(new ServerApi(store, m_clock, m_login, m_generation, m_limits));
    api->setLog(m_log);
    return api;
}

ServerApi::LoginState::LoginState(QByteArray tokenSecret, const Clock &clock, RandomSource &random)
    : tokens(std::move(tokenSecret), clock, random),
      // Per address, only failures count (a token request that ends 401, a failed join): sixty
      // at once and then one a second, so an office behind one NAT is never refused for logging
      // in, however many laptops it has, while a guesser gets 3,600 tries an hour per address.
      // Per device every token request counts, ten at once and then one every six seconds: a
      // laptop logging in again after a dropped link never notices, while someone trying one
      // device's login is slowed to ten a minute.
      peerLimiter(clock, 60, 1000),
      deviceLimiter(clock, 10, 6000)
{ }

ServerApi::ServerApi(
    ServerStore &store, const Clock &clock, std::shared_ptr<LoginState> login, QByteArray generation, SyncLimits limits)
    : m_store(store),
      m_clock(clock),
      m_login(std::move(login)),
      m_generation(generation),
      m_limits(limits),
      m_sync(store, clock, std::move(generation), limits),
      m_join(store, clock)
{ }

HttpResponse ServerApi::handle(const HttpRequest &request)
{
    struct Route {
        QByteArray method;
        QByteArray path;
        HttpResponse (ServerApi::*serve)(const HttpRequest &);
    };
    static const Route routes[] = {
        {"POST", "/v1/sync", &ServerApi::sync},
        {"POST", "/v1/auth/challenge", &ServerApi::challenge},
        {"POST", "/v1/auth/token", &ServerApi::token},
        {"POST", "/v1/join", &ServerApi::join},
    };
    // Space endpoints are POST only: the space id travels in the CBOR body, never in the path.
    struct SpaceRoute {
        QByteArray path;
        JoinApi::Handler serve;
    };
    static const SpaceRoute spaceRoutes[] = {
        {"/v1/spaces/membership/read", &JoinApi::membershipRead},
        {"/v1/spaces/membership/append", &JoinApi::membershipAppend},
        {"/v1/spaces/invite", &JoinApi::createInvite},
        {"/v1/spaces/pending", &JoinApi::pending},
        {"/v1/spaces/keys/put", &JoinApi::putKeys},
        {"/v1/spaces/keys/get", &JoinApi::getKeys},
        {"/v1/spaces/create", &JoinApi::createSpace},
    };
    for (const SpaceRoute &route : spaceRoutes) {
        if (request.path != route.path)
            continue;
        if (request.method != "POST")
            return HttpResponse::error(405, "method_not_allowed");
        return space(request, route.serve);
    }
    if (request.path == "/healthz")
        return request.method == "GET" ? health() : HttpResponse::error(405, "method_not_allowed");
    for (const Route &route : routes) {
        if (request.path != route.path)
            continue;
        if (request.method != route.method)
            return HttpResponse::error(405, "method_not_allowed");
        return (this->*route.serve)(request);
    }
    return HttpResponse::error(404, "not_found");
}

HttpResponse ServerApi::health()
{
    // Touches the store, so a health check fails when the database is unreachable.
    const auto generation = m_store.meta(QStringLiteral("log_generation"));
    if (!generation)
        return storageFailure(generation.error());
    return HttpResponse::withBody(200, QByteArrayLiteral("application/json"), QByteArrayLiteral("{\"status\":\"ok\"}"));
}

bool ServerApi::rateLimited(RateLimiter &limiter, const QByteArray &key, HttpResponse *refusal)
{
    qint64 retryAfterMs = 0;
    if (limiter.allow(key, &retryAfterMs))
        return false;
    *refusal = tooManyAttempts(retryAfterMs);
    return true;
}

bool ServerApi::peerRefused(const HttpRequest &request, HttpResponse *refusal)
{
    qint64 retryAfterMs = 0;
    if (m_login->peerLimiter.check(peerKey(request.peer), &retryAfterMs))
        return false;
    *refusal = tooManyAttempts(retryAfterMs);
    return true;
}

HttpResponse ServerApi::peerFailed(const HttpRequest &request, HttpResponse failure)
{
    m_login->peerLimiter.charge(peerKey(request.peer));
    return failure;
}

HttpResponse ServerApi::challenge(const HttpRequest &request)
{
    // A challenge costs one MAC and keeps no state (DeviceTokens), so it is not counted; an
    // address that has used up its failures gets none, though, so it cannot even start a login.
    HttpResponse refusal;
    if (peerRefused(request, &refusal))
        return refusal;
    const auto req = protocol::ChallengeRequest::decode(request.body);
    if (!req)
        return HttpResponse::error(400, "malformed");
    // Every id gets a challenge, known or not, so the answer does not reveal which devices exist.
    protocol::ChallengeReply reply;
    reply.challenge = m_login->tokens.newChallenge(req->deviceId);
    reply.serverTime = m_clock.nowMs();
    return cbor(reply.encode());
}

HttpResponse ServerApi::token(const HttpRequest &request)
{
    // The address is checked before any work and charged only when the attempt fails: a
    // storage failure (5xx) is ours, not the client's, and is not charged.
    HttpResponse refusal;
    if (peerRefused(request, &refusal))
        return refusal;
    const auto req = protocol::TokenRequest::decode(request.body);
    if (!req)
        return peerFailed(request, HttpResponse::error(400, "malformed"));
    if (rateLimited(m_login->deviceLimiter, req->deviceId, &refusal))
        return refusal;
    const auto device = m_store.device(req->deviceId);
    if (!device)
        return device.code() == ErrorCode::NotFound ? peerFailed(request, unauthorized())
                                                    : storageFailure(device.error());
    // The signature is checked before the challenge is taken: only a device's own signature may
    // use up a challenge (and a place in DeviceTokens' set of used ones).
    if (device->revokedAt != 0
        || !crypto::SigningKey::verify(
            device->signKey, protocol::TokenRequest::signedMessage(req->challenge, req->deviceId), req->signature)
        || !m_login->tokens.takeChallenge(req->deviceId, req->challenge))
        return peerFailed(request, unauthorized());
    protocol::TokenReply reply;
    reply.token = m_login->tokens.issue(req->deviceId, &reply.expiresAt);
    reply.serverTime = m_clock.nowMs();
    return cbor(reply.encode());
}

Result<DeviceRecord> ServerApi::authenticate(const HttpRequest &request, qint64 *tokenExpiresAt, HttpResponse *refusal)
{
    const QByteArray deviceId = m_login->tokens.verify(bearerToken(request), tokenExpiresAt);
    if (deviceId.isEmpty()) {
        *refusal = unauthorized();
        return makeError(ErrorCode::WrongPassphrase, QStringLiteral("no valid token"));
    }
    auto device = m_store.device(deviceId);
    if (!device) {
        *refusal = device.code() == ErrorCode::NotFound ? unauthorized() : storageFailure(device.error());
        return device.error();
    }
    // Revocation takes effect at once, even for a token issued before it.
    if (device->revokedAt != 0) {
        *refusal = unauthorized();
        return makeError(ErrorCode::WrongPassphrase, QStringLiteral("device revoked"));
    }
    return device;
}

HttpResponse ServerApi::sync(const HttpRequest &request)
{
    HttpResponse refusal;
    qint64 expiresAt = 0;
    const auto device = authenticate(request, &expiresAt, &refusal);
    if (!device)
        return refusal;
    const auto req = protocol::SyncRequest::decode(request.body);
    if (!req)
        return HttpResponse::error(400, "malformed");
    if (!roleIn(req->spaceId, device->deviceId, &refusal))
        return refusal;
    auto reply = m_sync.handle(*device, *req);
    if (!reply)
        return storageFailure(reply.error());
    if (expiresAt - m_clock.nowMs() < DeviceTokens::TokenLifetimeMs / 2)
        reply->token = m_login->tokens.issue(device->deviceId, &reply->tokenExpiresAt);
    return cbor(reply->encode());
}

HttpResponse ServerApi::join(const HttpRequest &request)
{
    HttpResponse refusal;
    // Invite guessing is throttled like password guessing, per address: failed joins are charged
    // (a wrong, used or expired code, a malformed request). 428 is the first admin's normal first
    // step and 5xx is the store's trouble: neither is the client's failure.
    if (peerRefused(request, &refusal))
        return refusal;
    HttpResponse reply = m_join.join(request);
    if (reply.status >= 400 && reply.status < 500 && reply.status != 428)
        return peerFailed(request, std::move(reply));
    return reply;
}

HttpResponse ServerApi::space(const HttpRequest &request, JoinApi::Handler serve)
{
    HttpResponse refusal;
    qint64 expiresAt = 0;
    const auto device = authenticate(request, &expiresAt, &refusal);
    if (!device)
        return refusal;
    const auto req = protocol::SpaceRequest::decode(request.body);
    if (!req)
        return HttpResponse::error(400, "malformed");
    const auto role = roleIn(req->spaceId, device->deviceId, &refusal);
    if (!role)
        return refusal;
    return (m_join.*serve)(*device, *role, *req);
}

std::optional<QString> ServerApi::roleIn(const QByteArray &spaceId, const QByteArray &deviceId, HttpResponse *refusal)
{
    const auto role = m_store.memberRole(spaceId, deviceId);
    if (!role) {
        *refusal = storageFailure(role.error());
        return std::nullopt;
    }
    if (role->isEmpty()) {
        *refusal = HttpResponse::error(403, "not_a_member");
        return std::nullopt;
    }
    return *role;
}

HttpResponse ServerApi::storageFailure(const Error &error) const
{
    // The detail stays in the server's log; clients learn only to retry.
    if (m_log)
        m_log->event(AccessLog::Level::Error, QStringLiteral("storage_error"),
            {{QStringLiteral("code"), errorCodeName(error.code)}, {QStringLiteral("detail"), error.detail}});
    HttpResponse r = HttpResponse::error(error.code == ErrorCode::Busy ? 503 : 500, "storage");
    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")});
    return r;
}

} // namespace lintas::server
