// The login state lintas-server's workers share (decision D28): a challenge is used once however
// many workers see it, and an address's failed logins count wherever they land.
#include "WorkerApis.h"

#include "support/QtPrinters.h"

#include <algorithm>
#include <atomic>
#include <numeric>
#include <thread>

using namespace lintas;
using namespace lintas::test;

namespace {

constexpr int kWorkers = 6;

server::HttpResponse postFrom(server::ServerApi &api, const char *path, const QByteArray &body)
{
    server::HttpRequest r = apiPost(QString::fromLatin1(path), body, {});
    r.peer = QHostAddress(QStringLiteral("203.0.113.9"));
    return api.handle(r);
}

// Runs work(i) on kWorkers threads that start together.
template<typename Work> void onEveryWorker(Work work)
{
    std::atomic<int> ready {0};
    std::vector<std::thread> threads;
    for (int i = 0; i < kWorkers; ++i) {
        threads.emplace_back([&, i] {
            ++ready;
            while (ready.load() < kWorkers)
                std::this_thread::yield();
            work(i);
        });
    }
    for (std::thread &t : threads)
        t.join();
}

} // namespace

TEST_CASE("concurrency: a signed login sent to every worker at once earns one token", "[server][concurrency]")
{
    WorkerApis server(kWorkers);
    const WorkerDevice device = server.enrol();
    protocol::ChallengeRequest ask;
    ask.deviceId = device.id;
    const auto c = postFrom(*server.apis.front(), "/v1/auth/challenge", ask.encode());
    REQUIRE(c.status == 200);
    const auto challenge = protocol::ChallengeReply::decode(c.body);
    REQUIRE(challenge.ok());
    const QByteArray login = WorkerApis::tokenRequest(device, *challenge);

    std::vector<int> status(kWorkers, 0);
    onEveryWorker([&](int i) {
        status[static_cast<std::size_t>(i)]
            = postFrom(*server.apis[static_cast<std::size_t>(i)], "/v1/auth/token", login).status;
    });
    CHECK(std::count(status.begin(), status.end(), 200) == 1);
    CHECK(std::count(status.begin(), status.end(), 401) == kWorkers - 1);
}

TEST_CASE("concurrency: failed logins from one address count across workers, then 429", "[server][concurrency]")
{
    WorkerApis server(kWorkers);
    const WorkerDevice device = server.enrol();
    // Logins of devices the server does not know: each one a failure charged to the address
    // (never to a device, so only the address's allowance of 60 is in play).
    constexpr int kPerWorker = 15;
    std::vector<QVector<QByteArray>> attempts(kWorkers);
    for (auto &list : attempts)
        for (int n = 0; n < kPerWorker; ++n) {
            const WorkerDevice stranger {server.random.bytes(16), crypto::SigningKey::generate(server.random), {}};
            protocol::ChallengeReply challenge;
            challenge.challenge = server.random.bytes(56);
            list.append(WorkerApis::tokenRequest(stranger, challenge));
        }
    std::vector<int> unauthorized(kWorkers, 0);
    std::vector<int> refused(kWorkers, 0);
    onEveryWorker([&](int i) {
        const auto w = static_cast<std::size_t>(i);
        for (const QByteArray &login : attempts[w]) {
            const int status = postFrom(*server.apis[w], "/v1/auth/token", login).status;
            unauthorized[w] += status == 401;
            refused[w] += status == 429;
        }
    });
    const int failed = std::accumulate(unauthorized.begin(), unauthorized.end(), 0);
    const int limited = std::accumulate(refused.begin(), refused.end(), 0);
    CHECK(failed + limited == kWorkers * kPerWorker);
    // Sixty at once; a few more may pass a check at the same moment as others (each still pays).
    CHECK(failed >= 60);
    CHECK(failed < kWorkers * kPerWorker);
    // The address has used up its allowance on every worker, also for a correct login.
    for (auto &api : server.apis) {
        protocol::ChallengeRequest ask;
        ask.deviceId = device.id;
        CHECK(postFrom(*api, "/v1/auth/challenge", ask.encode()).status == 429);
    }
}
