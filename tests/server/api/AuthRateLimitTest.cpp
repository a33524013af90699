// The login limits (docs/protocol.md, "Device authentication"): per address only failed attempts
// count, so an office behind one NAT logs in all its laptops; per device every token request
// counts. A refused request gets 429 with Retry-After.
#include "crypto/DeviceKeys.h"
#include "protocol/JoinMessages.h"
#include "protocol/SyncMessages.h"
#include "support/InProcessServer.h"

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::test;

namespace {

struct Device {
    QByteArray id;
    crypto::SigningKey key;
};

Device registerDevice(InProcessServer &server)
{
    Device d {server.random.bytes(16), crypto::SigningKey::generate(server.random)};
    server::DeviceRecord record;
    record.deviceId = d.id;
    record.signKey = d.key.publicKey();
    record.boxKey = crypto::BoxKey::generate(server.random).publicKey();
    record.createdAt = server.clock.nowMs();
    REQUIRE(server.store->addDevice(record).ok());
    return d;
}

server::HttpResponse postFrom(InProcessServer &server, const char *peer, const char *path, const QByteArray &body)
{
    server::HttpRequest r;
    r.method = "POST";
    r.path = path;
    r.body = body;
    r.peer = QHostAddress(QString::fromLatin1(peer));
    return server.api->handle(r);
}

server::HttpResponse challengeFor(InProcessServer &server, const char *peer, const QByteArray &deviceId)
{
    protocol::ChallengeRequest ask;
    ask.deviceId = deviceId;
    return postFrom(server, peer, "/v1/auth/challenge", ask.encode());
}

// Challenge, then token; `signature` replaces the device's own when given (a failed login).
server::HttpResponse login(InProcessServer &server, const char *peer, const Device &d, const QByteArray &signature = {})
{
    const server::HttpResponse c = challengeFor(server, peer, d.id);
    if (c.status != 200)
        return c;
    const auto challenge = protocol::ChallengeReply::decode(c.body);
    REQUIRE(challenge.ok());
    protocol::TokenRequest t;
    t.deviceId = d.id;
    t.challenge = challenge->challenge;
    t.signature
        = signature.isEmpty() ? d.key.sign(protocol::TokenRequest::signedMessage(t.challenge, t.deviceId)) : signature;
    return postFrom(server, peer, "/v1/auth/token", t.encode());
}

qint64 retryAfterSeconds(const server::HttpResponse &r)
{
    for (const auto &h : r.headers)
        if (h.first == "Retry-After")
            return h.second.toLongLong();
    return -1;
}

} // namespace

TEST_CASE("rate limit: 100 devices behind one address all log in, again and again")
{
    InProcessServer server;
    std::vector<Device> devices;
    for (int i = 0; i < 100; ++i)
        devices.push_back(registerDevice(server));
    // Twice within the same second: successes never use up the address's allowance.
    for (int round = 0; round < 2; ++round)
        for (const Device &d : devices) {
            const auto r = login(server, "203.0.113.7", d);
            INFO("round " << round << ", status " << r.status);
            REQUIRE(r.status == 200);
        }
}

TEST_CASE("rate limit: an address that failed 60 times gets 429 with Retry-After, also for a correct login")
{
    InProcessServer server;
    const Device honest = registerDevice(server);
    const Device target = registerDevice(server);
    const QByteArray forged(crypto::SigningKey::SignatureBytes, 'x');

    // Failures of every kind count: unknown devices, forged signatures (spread over many devices
    // so the per-device limit is not what stops them), malformed token requests.
    for (int i = 0; i < 60; ++i) {
        server::HttpResponse r;
        if (i % 3 == 0) {
            const Device stranger {server.random.bytes(16), crypto::SigningKey::generate(server.random)};
            r = login(server, "198.51.100.9", stranger);
        } else if (i % 3 == 1) {
            r = login(server, "198.51.100.9", registerDevice(server), forged);
        } else {
            r = postFrom(server, "198.51.100.9", "/v1/auth/token", QByteArrayLiteral("not cbor"));
        }
        INFO("attempt " << i);
        REQUIRE((r.status == 401 || r.status == 400));
    }
    // Refused before any work: no challenge, and no token for a correct signature either.
    const auto noChallenge = challengeFor(server, "198.51.100.9", honest.id);
    CHECK(noChallenge.status == 429);
    CHECK(retryAfterSeconds(noChallenge) >= 1);
    const auto issued = challengeFor(server, "192.0.2.1", honest.id); // a challenge got elsewhere
    REQUIRE(issued.status == 200);
    protocol::TokenRequest t;
    t.deviceId = honest.id;
    t.challenge = protocol::ChallengeReply::decode(issued.body)->challenge;
    t.signature = honest.key.sign(protocol::TokenRequest::signedMessage(t.challenge, t.deviceId));
    const auto refused = postFrom(server, "198.51.100.9", "/v1/auth/token", t.encode());
    CHECK(refused.status == 429);
    CHECK(retryAfterSeconds(refused) >= 1);
    // Refusals cost nothing more, and other addresses are not affected.
    CHECK(login(server, "198.51.100.10", target).status == 200);

    // Once Retry-After has passed, the correct login goes through (the request refused above is
    // still valid: its challenge was never taken).
    server.clock.advanceMs(retryAfterSeconds(refused) * 1000);
    CHECK(postFrom(server, "198.51.100.9", "/v1/auth/token", t.encode()).status == 200);
    // One more failure there and it waits again.
    CHECK(login(server, "198.51.100.9", target, forged).status == 401);
    CHECK(login(server, "198.51.100.9", honest).status == 429);
}

TEST_CASE("rate limit: IPv6 addresses of one /64 share an allowance")
{
    InProcessServer server;
    const Device d = registerDevice(server);
    const QByteArray forged(crypto::SigningKey::SignatureBytes, 'x');
    for (int i = 0; i < 60; ++i) {
        const QByteArray peer = "2001:db8:1:2::" + QByteArray::number(i + 1, 16);
        const Device victim = registerDevice(server);
        REQUIRE(login(server, peer.constData(), victim, forged).status == 401);
    }
    CHECK(login(server, "2001:db8:1:2:ffff::1", d).status == 429);
    CHECK(login(server, "2001:db8:1:3::1", d).status == 200);
}

TEST_CASE("rate limit: one device's logins are still limited, whatever the address")
{
    InProcessServer server;
    const Device d = registerDevice(server);
    // Ten at once pass, successful or not; the eleventh is refused even from a fresh address.
    for (int i = 0; i < 10; ++i)
        REQUIRE(login(server, i % 2 ? "192.0.2.1" : "192.0.2.2", d).status == 200);
    const auto r = login(server, "192.0.2.3", d);
    CHECK(r.status == 429);
    CHECK(retryAfterSeconds(r) == 6); // one every six seconds
    server.clock.advanceMs(6'000);
    CHECK(login(server, "192.0.2.3", d).status == 200);
}

TEST_CASE("rate limit: a replayed or forged token request does not use up the device's challenge")
{
    InProcessServer server;
    const Device d = registerDevice(server);
    const auto c = challengeFor(server, "192.0.2.1", d.id);
    REQUIRE(c.status == 200);
    protocol::TokenRequest t;
    t.deviceId = d.id;
    t.challenge = protocol::ChallengeReply::decode(c.body)->challenge;
    t.signature = QByteArray(crypto::SigningKey::SignatureBytes, 'x');
    CHECK(postFrom(server, "192.0.2.66", "/v1/auth/token", t.encode()).status == 401);
    t.signature = d.key.sign(protocol::TokenRequest::signedMessage(t.challenge, t.deviceId));
    CHECK(postFrom(server, "192.0.2.1", "/v1/auth/token", t.encode()).status == 200);
    CHECK(postFrom(server, "192.0.2.1", "/v1/auth/token", t.encode()).status == 401); // replay
    // After the challenge's lifetime it is forgotten, and a replay is refused as stale.
    server.clock.advanceMs(server::DeviceTokens::ChallengeLifetimeMs + 1);
    CHECK(postFrom(server, "192.0.2.1", "/v1/auth/token", t.encode()).status == 401);
}

TEST_CASE("rate limit: failed joins count against the address, then 429")
{
    InProcessServer server;
    protocol::JoinRequest j;
    j.device.signKey = server.random.bytes(32);
    j.device.boxKey = server.random.bytes(32);
    j.proof = server.random.bytes(64);
    j.joinerMac = server.random.bytes(32);
    for (int i = 0; i < 60; ++i) {
        j.inviteId = server.random.bytes(16); // no such invite: a guessed code
        j.device.deviceId = server.random.bytes(16);
        REQUIRE(postFrom(server, "198.51.100.20", "/v1/join", j.encode()).status == 403);
    }
    const auto r = postFrom(server, "198.51.100.20", "/v1/join", j.encode());
    CHECK(r.status == 429);
    CHECK(retryAfterSeconds(r) >= 1);
    // Logins from there are refused too: one allowance per address for every kind of guessing.
    CHECK(challengeFor(server, "198.51.100.20", server.random.bytes(16)).status == 429);
    CHECK(postFrom(server, "198.51.100.21", "/v1/join", j.encode()).status == 403);
}
