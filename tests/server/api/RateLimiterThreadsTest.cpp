// RateLimiter is shared by lintas-server's worker threads (decision D28): attempts counted from
// many threads at once must add up exactly as they would one after another.
#include "api/RateLimiter.h"
#include "base/Clock.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

using namespace lintas;
using namespace lintas::server;

TEST_CASE("rate limit: attempts from many threads at once are each counted once")
{
    ManualClock clock(1'795'000'000'000); // time stands still: no refill during the test
    RateLimiter limiter(clock, 1000, 60'000);
    constexpr int kThreads = 8;
    constexpr int kPerThread = 400;
    std::atomic<int> allowed {0};
    std::atomic<int> ready {0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            ++ready;
            while (ready.load() < kThreads)
                std::this_thread::yield();
            for (int i = 0; i < kPerThread; ++i) {
                allowed += limiter.allow("device") ? 1 : 0;
                // Other keys at the same time: the table grows under the other threads' feet.
                limiter.charge(QByteArray::number(t * kPerThread + i));
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    CHECK(allowed.load() == 1000);
    qint64 retryAfterMs = 0;
    CHECK_FALSE(limiter.allow("device", &retryAfterMs));
    CHECK(retryAfterMs > 0);
}
