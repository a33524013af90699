// Many devices at once against one real lintas-server, as light clients: each device's changes
// are made and sealed beforehand by the real repositories and OutboxSealer of its own profile;
// during the run a thread per device only logs in, sends its envelopes round by round over HTTP
// and pulls everyone else's (checking the log chain, not applying them). So the figures are the
// server's, not the laptops' (a real laptop's apply rate is measured by "pull").
#include "bench/Percentiles.h"
#include "bench/SyncBench.h"
#include "bench/SyncBenchSupport.h"
#include "protocol/LogChain.h"
#include "protocol/SyncMessages.h"
#include "sync/ChangeCodec.h"
#include "sync/HttpTransport.h"
#include "sync/OutboxSealer.h"
#include "sync/SyncIdentity.h"
#include "sync/SyncSpaces.h"

#include <QHash>
#include <QThread>

namespace lintas::bench {

namespace {

struct SimDevice {
    std::unique_ptr<Laptop> laptop;
    QByteArray deviceId;
    QByteArray spaceId;
    std::unique_ptr<sync::SyncIdentity> identity;
    QVector<QVector<QByteArray>> rounds; // sealed envelopes, one slice per round
    // Results.
    std::vector<double> syncMs;
    std::vector<double> authMs;
    qint64 stored = 0;
    qint64 pulled = 0;
    int retries = 0;
    QString failure;
};

Status runDevice(SimDevice &d, const QString &url)
{
    sync::HttpTransport http(QUrl(url), 30'000);
    TimedTransport link(http);
    QByteArray token;
    for (int attempt = 0; token.isEmpty(); ++attempt) {
        protocol::ChallengeRequest ask;
        ask.deviceId = d.deviceId;
        LINTAS_TRY_ASSIGN(const auto c, link.post(QStringLiteral("/v1/auth/challenge"), ask.encode(), {}));
        if (c.status == 429 && attempt < 50) { // an office's devices behind one address: wait as asked
            ++d.retries;
            QThread::msleep(static_cast<unsigned long>(std::max<qint64>(c.retryAfterMs, 200)));
            continue;
        }
        if (c.status != 200)
            return makeError(ErrorCode::Io, QStringLiteral("challenge: HTTP %1").arg(c.status));
        LINTAS_TRY_ASSIGN(const auto challenge, protocol::ChallengeReply::decode(c.body));
        protocol::TokenRequest login;
        login.deviceId = d.deviceId;
        login.challenge = challenge.challenge;
        login.signature
            = d.identity->signing().sign(protocol::TokenRequest::signedMessage(login.challenge, login.deviceId));
        LINTAS_TRY_ASSIGN(const auto t, link.post(QStringLiteral("/v1/auth/token"), login.encode(), {}));
        if (t.status == 429 && attempt < 50) {
            ++d.retries;
            QThread::msleep(static_cast<unsigned long>(std::max<qint64>(t.retryAfterMs, 200)));
            continue;
        }
        if (t.status != 200)
            return makeError(ErrorCode::Io, QStringLiteral("token: HTTP %1").arg(t.status));
        LINTAS_TRY_ASSIGN(const auto reply, protocol::TokenReply::decode(t.body));
        token = reply.token;
    }
    protocol::Cursor cursor {{}, 0, protocol::LogChain::genesis()};
    QHash<qint64, QByteArray> own; // server seq → our envelope (the server sends ours back empty)
    for (const QVector<QByteArray> &round : std::as_const(d.rounds)) {
        QVector<QByteArray> push = round;
        for (bool more = true; more;) {
            protocol::SyncRequest request;
            request.spaceId = d.spaceId;
            request.cursor = cursor;
            request.push = push;
            request.pullBytes = sync::SyncEngine::kMaxBatchBytes;
            LINTAS_TRY_ASSIGN(const auto sent, link.post(QStringLiteral("/v1/sync"), request.encode(), token));
            if (sent.status != 200)
                return makeError(ErrorCode::Io, QStringLiteral("sync: HTTP %1").arg(sent.status));
            LINTAS_TRY_ASSIGN(const auto reply, protocol::SyncReply::decode(sent.body));
            if (reply.acks.size() != push.size())
                return makeError(ErrorCode::InvalidArgument, QStringLiteral("acks missing"));
            for (int i = 0; i < reply.acks.size(); ++i) {
                if (reply.acks.at(i).status != protocol::AckStatus::Stored)
                    return makeError(ErrorCode::InvalidArgument, QStringLiteral("a record was not stored"));
                own.insert(reply.acks.at(i).seq, push.at(i));
            }
            d.stored += push.size();
            push.clear();
            if (!reply.token.isEmpty())
                token = reply.token;
            for (const QByteArray &record : reply.records) {
                ++cursor.seq;
                cursor.chain
                    = protocol::LogChain::next(cursor.chain, record.isEmpty() ? own.value(cursor.seq) : record);
            }
            if (!reply.records.isEmpty()) {
                if (cursor.chain != reply.chain)
                    return makeError(ErrorCode::InvalidArgument, QStringLiteral("chain mismatch"));
                cursor.generation = reply.generation;
                d.pulled += reply.records.size();
            }
            more = !reply.records.isEmpty() && cursor.seq < reply.headSeq;
        }
    }
    d.syncMs = std::move(link.syncMs);
    d.authMs = std::move(link.authMs);
    return {};
}

} // namespace

void runSimulated(const SyncBenchOptions &o, const QString &backend)
{
    const int perDevice = 4 + (o.rounds - 1) * o.editsPerRound;
    std::printf("\n== 3. %d light devices at once against lintas-server on %s: %d rounds (%d sealed changes "
                "each), push + pull ==\n",
        o.devices, qPrintable(backend), o.rounds, perDevice);
    const BenchStore store(backend);
    const StoreLocation &where = store.where;
    Org org(where);
    std::vector<std::unique_ptr<SimDevice>> devices;
    std::vector<Laptop *> all;
    for (int i = 0; i < o.devices; ++i) {
        auto d = std::make_unique<SimDevice>();
        d->laptop = std::make_unique<Laptop>(300 + i);
        all.push_back(d->laptop.get());
        devices.push_back(std::move(d));
    }
    org.enrol(all);
    // Each device's changes, made and sealed before the clock starts: the first round carries
    // its new clients and cases, the others `editsPerRound` edits each.
    std::uint32_t seed = 500;
    for (auto &d : devices) {
        Laptop &l = *d->laptop;
        l.addCases(2);
        const int first = static_cast<int>(l.outboxRows());
        l.edit((o.rounds - 1) * o.editsPerRound, ++seed);
        d->identity
            = std::make_unique<sync::SyncIdentity>(must(sync::SyncIdentity::loadOrCreate(*l.db, l.random), "id"));
        d->deviceId = d->identity->deviceIdBytes();
        d->spaceId = org.spaceId;
        const auto space = must(sync::SyncSpaces(*l.db).current(), "space");
        const auto sealed = must(sync::OutboxSealer(*l.db, *d->identity, l.random).next(*space, 1LL << 40), "seal");
        d->rounds.append(QVector<QByteArray>());
        for (int i = 0; i < sealed.size(); ++i) {
            if (i >= first && (i - first) % o.editsPerRound == 0)
                d->rounds.append(QVector<QByteArray>());
            d->rounds.last().append(sealed.at(i).envelope);
        }
    }
    ServerProcess server(where);
    const QString url = server.url();
    const double serverCpuBefore = processCpuSeconds(server.pid());
    std::vector<std::unique_ptr<QThread>> threads;
    QElapsedTimer wall;
    wall.start();
    for (auto &d : devices) {
        SimDevice *device = d.get();
        threads.emplace_back(QThread::create([device, url] {
            const Status s = runDevice(*device, url);
            if (!s.ok())
                device->failure = s.error().detail;
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        t->wait();
    const double seconds = secondsSince(wall);
    const double serverCpu = processCpuSeconds(server.pid()) - serverCpuBefore;

    std::vector<double> syncMs;
    std::vector<double> authMs;
    qint64 pulled = 0;
    int retries = 0;
    for (const auto &d : devices) {
        syncMs.insert(syncMs.end(), d->syncMs.begin(), d->syncMs.end());
        authMs.insert(authMs.end(), d->authMs.begin(), d->authMs.end());
        pulled += d->pulled;
        retries += d->retries;
        if (!d->failure.isEmpty())
            std::printf("  device failed: %s\n", qPrintable(d->failure));
    }
    const qint64 stored = serverRecords(where, org.spaceId);
    const double rate = double(stored) / seconds;
    const double p99 = percentile(syncMs, 99);
    const QString label = QStringLiteral("%1 light devices, lintas-server on %2").arg(o.devices).arg(backend);
    addFigure(label + QStringLiteral(": records stored per second"),
        QStringLiteral("%1 records/s (%2 records in %3 s; %4 records pulled back by the devices)")
            .arg(fmt(rate), QString::number(stored), fmt(seconds, 1), QString::number(pulled)),
        QStringLiteral("≥ 1,000 records/s"), rate >= 1000 ? QStringLiteral("met") : QStringLiteral("MISSED"));
    addFigure(label + QStringLiteral(": server CPU"),
        QStringLiteral("%1 s = %2 records stored per server CPU second")
            .arg(fmt(serverCpu, 1), fmt(double(stored) / std::max(serverCpu, 0.001))));
    addFigure(label + QStringLiteral(": /v1/sync latency p50 / p95 / p99 / max"),
        QStringLiteral("%1 / %2 / %3 / %4 ms (%5 requests)")
            .arg(fmt(p50(syncMs), 1), fmt(p95(syncMs), 1), fmt(p99, 1), fmt(pmax(syncMs), 1),
                QString::number(syncMs.size())),
        QStringLiteral("p99 < 200 ms"), p99 < 200 ? QStringLiteral("met") : QStringLiteral("MISSED"));
    addFigure(label + QStringLiteral(": login requests p50 / p99; waits after 429"),
        QStringLiteral("%1 / %2 ms (%3 requests); %4")
            .arg(fmt(p50(authMs), 1), fmt(percentile(authMs, 99), 1), QString::number(authMs.size()),
                QString::number(retries)));
}

} // namespace lintas::bench
