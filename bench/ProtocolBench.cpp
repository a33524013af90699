// The wire work of one sync on each side, without sockets or a store: the server encodes a reply
// and the device decodes it. Dataset: a reply of 900 records of 250 random bytes each (a 50-device
// paced run pulls about 900 records per sync, docs/benchmarks.md), the size of a one-field edit's
// envelope; and a request pushing 20 such records.
#include "protocol/SyncMessages.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace lintas;

namespace {

QByteArray randomBytes(std::mt19937 &random, int size)
{
    QByteArray b(size, Qt::Uninitialized);
    for (char &c : b)
        c = static_cast<char>(random() & 0xff);
    return b;
}

protocol::SyncReply pullReply(int records)
{
    std::mt19937 random(42);
    protocol::SyncReply r;
    r.serverTime = 1'780'000'000'000;
    r.headSeq = 100'000;
    r.generation = randomBytes(random, 16);
    r.chain = randomBytes(random, 32);
    for (int i = 0; i < records; ++i)
        r.records.push_back(randomBytes(random, 250));
    for (int i = 0; i < 20; ++i)
        r.acks.push_back({protocol::AckStatus::Stored, 99'000 + i});
    return r;
}

void BM_SyncReplyEncode(benchmark::State &state)
{
    const protocol::SyncReply reply = pullReply(static_cast<int>(state.range(0)));
    qint64 bytes = 0;
    for (auto _ : state) {
        const QByteArray wire = reply.encode();
        bytes += wire.size();
        benchmark::DoNotOptimize(wire.constData());
    }
    state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_SyncReplyEncode)->Arg(900)->Unit(benchmark::kMicrosecond);

void BM_SyncReplyDecode(benchmark::State &state)
{
    const QByteArray wire = pullReply(static_cast<int>(state.range(0))).encode();
    for (auto _ : state) {
        const auto decoded = protocol::SyncReply::decode(wire);
        if (!decoded || decoded->records.size() != state.range(0))
            state.SkipWithError("decode failed");
        benchmark::DoNotOptimize(decoded->records.constData());
    }
    state.SetBytesProcessed(qint64(state.iterations()) * wire.size());
}
BENCHMARK(BM_SyncReplyDecode)->Arg(900)->Unit(benchmark::kMicrosecond);

void BM_SyncRequestDecode(benchmark::State &state)
{
    std::mt19937 random(7);
    protocol::SyncRequest request;
    request.spaceId = randomBytes(random, 16);
    request.cursor = {randomBytes(random, 16), 99'000, randomBytes(random, 32)};
    for (int i = 0; i < 20; ++i)
        request.push.push_back(randomBytes(random, 250));
    request.pullBytes = 1024 * 1024;
    const QByteArray wire = request.encode();
    for (auto _ : state) {
        const auto decoded = protocol::SyncRequest::decode(wire);
        if (!decoded || decoded->push.size() != 20)
            state.SkipWithError("decode failed");
        benchmark::DoNotOptimize(decoded->push.constData());
    }
}
BENCHMARK(BM_SyncRequestDecode)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
