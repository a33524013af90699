// Pushes from many worker threads at once, each through its own ServerApi sibling and store
// connection (lintas-server's workers, decision D28), on the backend under test: the space's log
// must stay numbered 1..N without gaps in commit order, and a reader pulling all the while must
// never see a later record before an earlier one.
#include "WorkerApis.h"

#include "support/QtPrinters.h"

#include <QSet>

#include <atomic>
#include <thread>

using namespace lintas;
using namespace lintas::test;

namespace {

constexpr int kWriters = 6;
constexpr int kBatches = 12;
constexpr int kPerBatch = 4;

// What a thread saw; Catch2 is not thread-safe, so the test checks it after join().
struct Outcome {
    QString failure;
    QVector<qint64> seqs;
};

void push(server::ServerApi &api, const WorkerDevice &device, const QByteArray &spaceId,
    const QVector<QVector<QByteArray>> &batches, Outcome &out)
{
    for (const QVector<QByteArray> &batch : batches) {
        protocol::SyncRequest request;
        request.spaceId = spaceId;
        request.cursor.chain = protocol::LogChain::genesis();
        request.push = batch;
        const auto reply = api.handle(apiPost(QStringLiteral("/v1/sync"), request.encode(), device.token));
        if (reply.status != 200) {
            out.failure = QStringLiteral("HTTP %1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body));
            return;
        }
        const auto decoded = protocol::SyncReply::decode(reply.body);
        if (!decoded.ok() || decoded->acks.size() != batch.size()) {
            out.failure = QStringLiteral("bad reply");
            return;
        }
        for (const protocol::Ack &ack : decoded->acks) {
            if (ack.status != protocol::AckStatus::Stored) {
                out.failure = QStringLiteral("ack %1").arg(int(ack.status));
                return;
            }
            out.seqs.append(ack.seq);
        }
    }
}

// Pulls page after page until `total` records have come, checking the chain at every page: a
// record that became visible before an earlier one would give another chain than the server's.
void pull(server::ServerApi &api, const WorkerDevice &device, const QByteArray &spaceId, int total,
    const std::atomic<int> &writing, Outcome &out)
{
    protocol::Cursor cursor {{}, 0, protocol::LogChain::genesis()};
    while (cursor.seq < total) {
        const bool writersDone = writing.load() == 0;
        protocol::SyncRequest request;
        request.spaceId = spaceId;
        request.cursor = cursor;
        request.pullBytes = 2000; // a few records a page, so pages and appends interleave
        const auto reply = api.handle(apiPost(QStringLiteral("/v1/sync"), request.encode(), device.token));
        const auto decoded = protocol::SyncReply::decode(reply.body);
        if (reply.status != 200 || !decoded.ok() || decoded->status != protocol::SyncStatus::Ok) {
            out.failure = QStringLiteral("pull at %1: HTTP %2").arg(cursor.seq).arg(reply.status);
            return;
        }
        for (const QByteArray &record : decoded->records) {
            cursor.chain = protocol::LogChain::next(cursor.chain, record);
            out.seqs.append(++cursor.seq);
        }
        if (!decoded->records.isEmpty()) {
            if (decoded->chain != cursor.chain) {
                out.failure = QStringLiteral("the chain differs at %1: a gap was visible").arg(cursor.seq);
                return;
            }
            cursor.generation = decoded->generation;
        } else if (writersDone) {
            break;
        }
    }
}

} // namespace

TEST_CASE(
    "concurrency: pushes from many workers at once get gap-free sequences in commit order", "[server][concurrency]")
{
    INFO("backend " << testBackendName().toStdString());
    WorkerApis server(kWriters + 1);
    std::vector<WorkerDevice> devices;
    std::vector<QVector<QVector<QByteArray>>> batches(kWriters);
    for (int w = 0; w < kWriters; ++w) {
        devices.push_back(server.enrol());
        for (int b = 0; b < kBatches; ++b) {
            QVector<QByteArray> batch;
            for (int i = 0; i < kPerBatch; ++i)
                batch.append(server.envelope(devices.back(), b * kPerBatch + i + 1));
            batches[static_cast<std::size_t>(w)].append(batch);
        }
    }
    const WorkerDevice reader = server.enrol();
    constexpr int kTotal = kWriters * kBatches * kPerBatch;

    std::vector<Outcome> pushed(kWriters);
    Outcome pulled;
    std::atomic<int> writing {kWriters};
    std::vector<std::thread> threads;
    for (int w = 0; w < kWriters; ++w) {
        threads.emplace_back([&, w] {
            const auto i = static_cast<std::size_t>(w);
            push(*server.apis[i], devices[i], server.spaceId, batches[i], pushed[i]);
            --writing;
        });
    }
    threads.emplace_back([&] { pull(*server.apis.back(), reader, server.spaceId, kTotal, writing, pulled); });
    for (std::thread &t : threads)
        t.join();

    QSet<qint64> all;
    for (const Outcome &o : pushed) {
        CHECK(o.failure.toStdString().empty());
        CHECK(std::is_sorted(o.seqs.begin(), o.seqs.end())); // a device's batches commit in its order
        for (qint64 s : o.seqs)
            all.insert(s);
    }
    CHECK(all.size() == kTotal);
    for (qint64 s = 1; s <= kTotal; ++s)
        CHECK(all.contains(s));
    CHECK(pulled.failure.toStdString().empty());
    CHECK(pulled.seqs.size() == kTotal);

    auto head = server.stores.front()->head(server.spaceId);
    REQUIRE(head.ok());
    CHECK(head->seq == kTotal);
}

TEST_CASE(
    "concurrency: the same device pushing other changes under the same device_seq from two workers stores one set",
    "[server][concurrency]")
{
    // A cloned disk whose two copies sync at the same moment: each device_seq may be stored once;
    // whichever push comes second has its records refused and the device flagged.
    INFO("backend " << testBackendName().toStdString());
    WorkerApis server(2);
    const WorkerDevice device = server.enrol();
    QVector<QByteArray> first;
    QVector<QByteArray> second;
    for (int seq = 1; seq <= 5; ++seq) {
        first.append(server.envelope(device, seq));
        second.append(server.envelope(device, seq));
    }
    std::vector<Outcome> outcomes(2);
    std::vector<int> stored(2, 0);
    std::vector<int> rejected(2, 0);
    std::vector<std::thread> threads;
    for (int w = 0; w < 2; ++w) {
        threads.emplace_back([&, w] {
            protocol::SyncRequest request;
            request.spaceId = server.spaceId;
            request.cursor.chain = protocol::LogChain::genesis();
            request.push = w == 0 ? first : second;
            const auto reply = server.apis[static_cast<std::size_t>(w)]->handle(
                apiPost(QStringLiteral("/v1/sync"), request.encode(), device.token));
            const auto decoded = protocol::SyncReply::decode(reply.body);
            if (reply.status != 200 || !decoded.ok()) {
                outcomes[static_cast<std::size_t>(w)].failure = QStringLiteral("HTTP %1").arg(reply.status);
                return;
            }
            for (const protocol::Ack &ack : decoded->acks) {
                stored[static_cast<std::size_t>(w)] += ack.status == protocol::AckStatus::Stored;
                rejected[static_cast<std::size_t>(w)] += ack.status == protocol::AckStatus::Rejected;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    CHECK(outcomes[0].failure.toStdString().empty());
    CHECK(outcomes[1].failure.toStdString().empty());
    CHECK(stored[0] + stored[1] == 5);
    CHECK(rejected[0] + rejected[1] == 5);
    auto head = server.stores.front()->head(server.spaceId);
    REQUIRE(head.ok());
    CHECK(head->seq == 5);
    auto flags = server.stores.front()->device(device.id);
    REQUIRE(flags.ok());
    CHECK((flags->flags & server::SeqReused) != 0);
}
