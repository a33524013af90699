// Many devices at once against one real lintas-server, as light clients: each device's changes
// are made and sealed beforehand by the real repositories and OutboxSealer of its own profile;
// during the run a thread per device only logs in, sends its envelopes round by round over HTTP
// and pulls everyone else's (checking the log chain, not applying them). So the figures are the
// server's, not the laptops' (a real laptop's apply rate is measured by "pull").
//
// Two ways to load the server. Closed loop (no --rate): every device asks again the moment it has
// its answer, all 50 at once, so the run finds the most the server (and the 50 device threads on
// the same cores) can do, and a request's wait is about 50 / syncs per second. Paced (an offered
// load in records per second): the devices start their rounds at random (Poisson) times that
// together average the rate, whatever the answers do, as laptops do; a round's latency counts from when it was due,
// so a server that falls behind is charged for the wait it causes (no coordinated omission).
#include "bench/Percentiles.h"
#include "bench/SyncBench.h"
#include "bench/SyncBenchSupport.h"
#include "protocol/LogChain.h"
#include "protocol/SyncMessages.h"
#include "sync/ChangeCodec.h"
#include "sync/DeviceLogin.h"
#include "sync/HttpTransport.h"
#include "sync/OutboxSealer.h"
#include "sync/SyncIdentity.h"
#include "sync/SyncSpaces.h"

#include <QCoreApplication>
#include <QHash>
#include <QThread>

#include <random>

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

// When a paced device's rounds are due, in ms from the start of the run (empty: closed loop).
struct Pacing {
    QVector<double> dueMs;
    const QElapsedTimer *runClock = nullptr;
};

Status runDevice(SimDevice &d, const QString &url, const Pacing &pacing)
{
    sync::HttpTransport http(QUrl(url), 30'000);
    TimedTransport link(http);
    const bool paced = !pacing.dueMs.isEmpty();
    const auto sinceStartMs = [&] { return double(pacing.runClock->nsecsElapsed()) / 1e6; };
    if (paced && sinceStartMs() < pacing.dueMs.first())
        QThread::usleep(static_cast<unsigned long>((pacing.dueMs.first() - sinceStartMs()) * 1000));
    QByteArray token;
    for (int attempt = 0; token.isEmpty(); ++attempt) {
        LINTAS_TRY_ASSIGN(const auto outcome, sync::logIn(link, *d.identity));
        if (const auto *refused = std::get_if<sync::TransportReply>(&outcome)) {
            if (refused->status != 429 || attempt >= 50)
                return makeError(ErrorCode::Io, QStringLiteral("login: HTTP %1").arg(refused->status));
            ++d.retries; // an office's devices behind one address: wait as asked
            QThread::msleep(static_cast<unsigned long>(std::max<qint64>(refused->retryAfterMs, 200)));
            continue;
        }
        token = std::get<protocol::TokenReply>(outcome).token;
    }
    protocol::Cursor cursor {{}, 0, protocol::LogChain::genesis()};
    QHash<qint64, QByteArray> own; // server seq → our envelope (the server sends ours back empty)
    // The login is part of a paced device's first arrival: its first round counts from when it is in.
    const double loggedInMs = paced ? sinceStartMs() : 0;
    for (int r = 0; r < d.rounds.size(); ++r) {
        const QVector<QByteArray> &round = d.rounds.at(r);
        double lateMs = 0;
        if (paced) {
            const double due = r == 0 ? loggedInMs : pacing.dueMs.at(r);
            const double now = sinceStartMs();
            if (now < due)
                QThread::usleep(static_cast<unsigned long>((due - now) * 1000));
            else
                lateMs = now - due; // the previous round ran over: this one waited that long
        }
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
            link.syncMs.back() += lateMs;
            lateMs = 0;
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

void runSimulated(const SyncBenchOptions &options, const QString &backend, double offeredRate)
{
    SyncBenchOptions o = options;
    if (offeredRate > 0)
        o.rounds = o.pacedRounds; // enough requests for a p99 that is not just the worst few
    const int perDevice = 4 + (o.rounds - 1) * o.editsPerRound;
    // A device's rounds (one push of `editsPerRound` changes each) come every devices × edits /
    // rate milliseconds on average, so together they offer `offeredRate` records per second.
    const double meanIntervalMs = offeredRate > 0 ? 1000.0 * o.devices * o.editsPerRound / offeredRate : 0;
    const QString load = offeredRate > 0
        ? QStringLiteral("paced at %1 records/s offered (a round every %2 ms per device on average)")
              .arg(fmt(offeredRate), fmt(meanIntervalMs))
        : QStringLiteral("closed loop (each asks again at once)");
    std::printf("\n== 3. %d light devices at once against lintas-server on %s: %d rounds (%d sealed changes "
                "each), push + pull, %s ==\n",
        o.devices, qPrintable(backend), o.rounds, perDevice, qPrintable(load));
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
    const double devicesCpuBefore = processCpuSeconds(QCoreApplication::applicationPid());
    std::vector<std::unique_ptr<QThread>> threads;
    QElapsedTimer wall;
    wall.start();
    // Paced: one Poisson stream of rounds at the offered rate, dealt to the devices in turn, so the
    // server sees random arrivals and the run lasts as long as the offered rate says.
    std::vector<Pacing> pacing(devices.size());
    if (offeredRate > 0) {
        std::mt19937 random(7000);
        std::exponential_distribution<double> gapMs(double(o.devices) / meanIntervalMs);
        double atMs = 0;
        for (int r = 0; r < o.rounds; ++r)
            for (Pacing &p : pacing) {
                atMs += gapMs(random);
                p.dueMs.push_back(atMs);
            }
    }
    for (std::size_t i = 0; i < devices.size(); ++i) {
        SimDevice *device = devices.at(i).get();
        pacing.at(i).runClock = &wall;
        threads.emplace_back(QThread::create([device, url, p = pacing.at(i)] {
            const Status s = runDevice(*device, url, p);
            if (!s.ok())
                device->failure = s.error().detail;
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        t->wait();
    const double seconds = secondsSince(wall);
    const double serverCpu = processCpuSeconds(server.pid()) - serverCpuBefore;
    const double devicesCpu = processCpuSeconds(QCoreApplication::applicationPid()) - devicesCpuBefore;

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
    const QString label = offeredRate > 0
        ? QStringLiteral("%1 light devices, lintas-server on %2, paced at %3 records/s")
              .arg(o.devices)
              .arg(backend, fmt(offeredRate))
        : QStringLiteral("%1 light devices, lintas-server on %2, closed loop").arg(o.devices).arg(backend);
    addFigure(label + QStringLiteral(": records stored per second"),
        QStringLiteral("%1 records/s (%2 records in %3 s; %4 records pulled back by the devices)")
            .arg(fmt(rate), QString::number(stored), fmt(seconds, 1), QString::number(pulled)),
        QStringLiteral("≥ 1,000 records/s"), rate >= 1000 ? QStringLiteral("met") : QStringLiteral("MISSED"));
    addFigure(label + QStringLiteral(": server CPU"),
        QStringLiteral("%1 s = %2 records stored per server CPU second; the simulated devices took %3 s")
            .arg(fmt(serverCpu, 1), fmt(double(stored) / std::max(serverCpu, 0.001)), fmt(devicesCpu, 1)));
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
