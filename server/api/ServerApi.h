#pragma once

#include "api/DeviceTokens.h"
#include "api/JoinApi.h"
#include "api/RateLimiter.h"
#include "api/SyncService.h"
#include "base/Result.h"
#include "http/HttpMessage.h"

#include <memory>
#include <optional>

namespace lintas {
class Clock;
class RandomSource;
} // namespace lintas

namespace lintas::server {

class AccessLog;
class ServerStore;

// The HTTP API of lintas-server (docs/protocol.md): health, device authentication, sync,
// joining and membership (JoinApi).
// Bodies are CBOR. Status codes: 400 malformed, 401 not authenticated (or revoked), 403 not a
// member of the space (or not an admin where one is needed), 404/405 unknown route, 409 invite
// already used or membership index taken, 410 invite expired, 428 an organisation's first admin
// must send the genesis entry, 429 too many authentication or join attempts, 503 storage busy. Error bodies are
// {"error": code}; they never echo what the client sent.
//
// One instance serves one thread at a time (it uses one store connection). For the server's
// worker threads, sibling() makes more over their own connections; siblings share the login
// state (tokens, used challenges, rate limits), which is thread-safe.
class ServerApi {
public:
    static Result<std::unique_ptr<ServerApi>> create(
        ServerStore &store, const Clock &clock, RandomSource &random, SyncLimits limits = {});
    // Another API over `store` (another connection to the same data), sharing this one's login
    // state, log and limits.
    std::unique_ptr<ServerApi> sibling(ServerStore &store) const;

    HttpResponse handle(const HttpRequest &request);
    // Where storage failures are logged with their detail (clients only learn "retry later").
    void setLog(AccessLog *log) { m_log = log; }
    HttpHandler handler()
    {
        return [this](const HttpRequest &r) { return handle(r); };
    }

private:
    // What every sibling shares.
    struct LoginState {
        LoginState(QByteArray tokenSecret, const Clock &clock, RandomSource &random);
        DeviceTokens tokens;
        RateLimiter peerLimiter; // per address, failed attempts only: an office's laptops share one behind NAT
        RateLimiter deviceLimiter; // per device id: someone trying one device's login
    };

    ServerApi(ServerStore &store, const Clock &clock, std::shared_ptr<LoginState> login, QByteArray generation,
        SyncLimits limits);

    HttpResponse health();
    HttpResponse challenge(const HttpRequest &request);
    HttpResponse token(const HttpRequest &request);
    HttpResponse sync(const HttpRequest &request);
    HttpResponse join(const HttpRequest &request);
    // Authenticates, decodes the space request and refuses non-members (403) before `serve`.
    HttpResponse space(const HttpRequest &request, JoinApi::Handler serve);
    // The authenticated, active device, or the error response to send.
    Result<DeviceRecord> authenticate(const HttpRequest &request, qint64 *tokenExpiresAt, HttpResponse *refusal);
    // Counts an attempt against `limiter`; false, or true and the 429 to send.
    bool rateLimited(RateLimiter &limiter, const QByteArray &key, HttpResponse *refusal);
    // Whether the request's address has used up its failed attempts (429 to send), counting nothing.
    bool peerRefused(const HttpRequest &request, HttpResponse *refusal);
    // Charges the request's address for a failed attempt and passes `failure` on.
    HttpResponse peerFailed(const HttpRequest &request, HttpResponse failure);
    // The device's role in the space, or nothing and the refusal to send (403, or 5xx when the
    // store failed).
    std::optional<QString> roleIn(const QByteArray &spaceId, const QByteArray &deviceId, HttpResponse *refusal);
    HttpResponse storageFailure(const Error &error) const;

    ServerStore &m_store;
    const Clock &m_clock;
    AccessLog *m_log = nullptr;
    std::shared_ptr<LoginState> m_login;
    QByteArray m_generation;
    SyncLimits m_limits;
    SyncService m_sync;
    JoinApi m_join;
};

QByteArray cborContentType();

} // namespace lintas::server
