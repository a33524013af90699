#include "bench/SyncBenchSupport.h"

#include "protocol/LogChain.h"
#include "repo/Schema.h"
#include "store/Transaction.h"
#include "support/ApiPost.h"
#include "support/ServerReady.h"
#include "support/TestKeys.h"
#include "sync/ChangeCodec.h"
#include "sync/SyncIdentity.h"
#include "sync/SyncSpaces.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <optional>
#include <random>
#include <unistd.h>

namespace lintas::bench {

void die(const QString &what)
{
    std::fprintf(stderr, "lintas-bench-sync: %s\n", qPrintable(what));
    std::fflush(stdout);
    std::exit(1);
}

namespace {

double statusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toDouble();
    return 0;
}

} // namespace

double peakRssMiB()
{
    return statusKiB("VmHWM:") / 1024.0;
}

double currentRssMiB()
{
    return statusKiB("VmRSS:") / 1024.0;
}

void resetPeakRss()
{
    // "5" resets the peak resident set size (Linux ≥ 4.0).
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = f.readAll();
    // After the command name (which may hold spaces): utime and stime are fields 14 and 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

Laptop::Laptop(std::uint64_t seed) : random(seed)
{
    auto key = test::fixedKey(static_cast<unsigned char>(seed));
    db = must(store::Database::open(dir.file(QStringLiteral("profile.db")), &key), "open profile");
    must(repo::profileSchema().migrate(*db), "migrate profile");
    ws = must(repo::Workspace::open(*db, clock(), random), "open workspace");
}

qint64 Laptop::outboxRows()
{
    return must(db->scalar(QStringLiteral("SELECT count(*) FROM outbox")), "count outbox").toLongLong();
}

qint64 Laptop::waitingRows()
{
    return must(db->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE pushed_at IS NULL")), "count outbox")
        .toLongLong();
}

qint64 Laptop::fileBytes()
{
    qint64 total = 0;
    for (const QFileInfo &f : QDir(dir.path()).entryInfoList(QDir::Files))
        total += f.size();
    return total;
}

void Laptop::addCases(int count)
{
    static const QStringList names {QStringLiteral("Siti Aminah"), QStringLiteral("Ratna Dewi"),
        QStringLiteral("Wartini"), QStringLiteral("Nur Hayati"), QStringLiteral("Sri Wahyuni"),
        QStringLiteral("Sumiati binti Kasman")};
    std::optional<store::Transaction> tx;
    for (int i = 0; i < count; ++i) {
        if (!tx)
            tx.emplace(must(db->begin(), "begin"));
        domain::Client c;
        c.fullName = names.at(i % names.size()) + QStringLiteral(" %1").arg(caseIds.size());
        c.gender = QStringLiteral("female");
        c.status = QStringLiteral("returned");
        const auto client = must(ws->clients().create(c), "create client");
        domain::Case k;
        k.clientId = client.id;
        k.caseTypes = {QStringLiteral("unpaid_wages")};
        k.jurisdictions = {QStringLiteral("hk")};
        caseIds << must(ws->cases().create(k), "create case").id;
        if (i % 500 == 499) {
            must(tx->commit(), "commit");
            tx.reset();
        }
    }
    if (tx)
        must(tx->commit(), "commit");
}

qint64 Laptop::edit(int count, std::uint32_t seed)
{
    static const QStringList risks {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
    std::mt19937 rng(seed);
    const qint64 before = outboxRows();
    std::optional<store::Transaction> tx;
    for (int i = 0; i < count; ++i) {
        if (!tx)
            tx.emplace(must(db->begin(), "begin"));
        const QString &id = caseIds.at(static_cast<int>(rng() % static_cast<std::uint32_t>(caseIds.size())));
        domain::Case k = must(ws->cases().get(id), "read case");
        const std::uint32_t kind = rng() % 10;
        const QString tag = QStringLiteral("%1-%2").arg(seed).arg(i);
        if (kind < 5) {
            k.risk = risks.at((risks.indexOf(k.risk) + 1) % 3);
        } else if (kind < 7) {
            k.safetyFlag = !k.safetyFlag;
        } else if (kind < 9) {
            k.outcomeNotes = QStringLiteral("Mediasi di BP3MI %1 gagal, lanjut ke Labour Tribunal").arg(tag);
        } else {
            k.risk = risks.at((risks.indexOf(k.risk) + 1) % 3);
            k.safetyFlag = !k.safetyFlag;
            k.outcomeNotes = QStringLiteral("Mediasi %1 gagal").arg(tag);
            k.demands = QStringLiteral("Gaji 3 bulan HK$ %1 dan tiket pulang").arg(14000 + i % 997);
            k.strategy = QStringLiteral("Labour Tribunal, sidang ke-%1").arg(tag);
        }
        must(ws->cases().update(k), "update case");
        if (i % 1000 == 999) {
            must(tx->commit(), "commit");
            tx.reset();
        }
    }
    if (tx)
        must(tx->commit(), "commit");
    return outboxRows() - before;
}

void Laptop::adoptAllCases()
{
    caseIds.clear();
    auto st = must(db->prepare(QStringLiteral("SELECT id FROM cases WHERE deleted = 0")), "list cases");
    while (must(st.step(), "step"))
        caseIds << st.value(0).toString();
}

Org::Org(StoreLocation location) : where(std::move(location)), spaceKey(test::fixedKey(0x6b))
{
    auto store = must(server::openServerStore(where.dataDir, where.databaseUrl), "open server store");
    spaceId = random.bytes(16);
    must(store->createSpace(spaceId, QStringLiteral("Serikat BMI Hong Kong"), SystemClock::instance().nowMs()),
        "create space");
}

void Org::enrol(const std::vector<Laptop *> &laptops)
{
    auto store = must(server::openServerStore(where.dataDir, where.databaseUrl), "open server store");
    const QString spaceHex = sync::ChangeCodec::idText(spaceId);
    const qint64 now = SystemClock::instance().nowMs();
    for (Laptop *l : laptops) {
        const auto identity = must(sync::SyncIdentity::loadOrCreate(*l->db, l->random), "identity");
        server::DeviceRecord device;
        device.deviceId = identity.deviceIdBytes();
        device.signKey = identity.signing().publicKey();
        device.boxKey = identity.box().publicKey();
        device.createdAt = now;
        must(store->addDevice(device), "add device");
        const auto log = must(store->membership(spaceId, 0), "membership");
        server::MembershipEntry entry;
        entry.index = log.size() + 1;
        entry.entry = "add " + device.deviceId;
        entry.hash
            = protocol::LogChain::next(log.isEmpty() ? protocol::LogChain::genesis() : log.last().hash, entry.entry);
        must(store->appendMembership(spaceId, entry, {{device.deviceId, QStringLiteral("member")}}), "add member");

        sync::SyncSpaces spaces(*l->db);
        sync::SpaceInfo info;
        info.spaceId = spaceHex;
        info.serverUrl = QStringLiteral("http://127.0.0.1");
        info.name = QStringLiteral("Serikat BMI Hong Kong");
        info.role = QStringLiteral("member");
        info.epoch = 1;
        info.cursor.chain = protocol::LogChain::genesis();
        info.joinedAt = now;
        must(spaces.add(info), "add space");
        must(spaces.putKey(spaceHex, 1, spaceKey), "put key");
    }
    // Everyone learns everyone's keys (the verified membership log), and the unsigned shortcut
    // entries count as verified up to the head.
    const auto log = must(store->membership(spaceId, 0), "membership");
    for (Laptop *learner : laptops) {
        for (Laptop *other : laptops) {
            const auto identity = must(sync::SyncIdentity::loadOrCreate(*other->db, other->random), "identity");
            sync::SpaceMember m;
            m.deviceId = identity.deviceId();
            m.signKey = identity.signing().publicKey();
            m.boxKey = identity.box().publicKey();
            m.role = QStringLiteral("member");
            must(sync::SyncSpaces(*learner->db).putMember(spaceHex, m), "put member");
        }
        auto st
            = must(learner->db->prepare(QStringLiteral(
                       "INSERT OR REPLACE INTO space_membership (space_id, head_index, head_hash) VALUES (?, ?, ?)")),
                "trust head");
        st.bind(1, spaceHex).bind(2, log.last().index).bind(3, log.last().hash);
        must(st.exec(), "trust head");
    }
}

Result<sync::TransportReply> TimedTransport::post(const QString &path, const QByteArray &body, const QByteArray &token)
{
    QElapsedTimer t;
    t.start();
    auto reply = m_inner.post(path, body, token);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    (path == QLatin1String("/v1/sync") ? syncMs : authMs).push_back(ms);
    bytesSent += body.size();
    if (reply.ok())
        bytesReceived += reply->body.size();
    if (!reply.ok() || reply->status >= 400)
        ++failures;
    return reply;
}

Result<sync::TransportReply> InProcessTransport::post(
    const QString &path, const QByteArray &body, const QByteArray &token)
{
    return test::transportReply(m_api.handle(test::apiPost(path, body, token)));
}

ServerProcess::ServerProcess(const StoreLocation &where, const QStringList &extraArgs)
{
    QStringList args {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
    if (where.databaseUrl.isEmpty())
        args << QStringLiteral("--data-dir") << where.dataDir;
    else
        args << QStringLiteral("--database") << where.databaseUrl;
    args << extraArgs;
    m_process.setProgram(QStringLiteral(LINTAS_SERVER_PATH));
    m_process.setArguments(args);
    const QString log = m_logDir.file(QStringLiteral("lintas-server.log"));
    m_process.setStandardErrorFile(log);
    m_process.start();
    if (!m_process.waitForStarted(10'000))
        die(QStringLiteral("lintas-server did not start"));
    m_port = test::waitForServerReady(m_process, log, 0);
    if (m_port == 0) {
        QFile f(log);
        (void)f.open(QIODevice::ReadOnly);
        die(QStringLiteral("lintas-server never said ready: %1").arg(QString::fromUtf8(f.readAll())));
    }
}

ServerProcess::~ServerProcess()
{
    m_process.terminate();
    m_process.waitForFinished(30'000);
}

QString ServerProcess::url(const QString &scheme) const
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(m_port);
}

BenchPostgres::BenchPostgres() : m_dir(QStringLiteral(LINTAS_BUILD_DIR "/bench-postgres"))
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("bash"),
        {QStringLiteral(LINTAS_SOURCE_DIR "/scripts/test-postgres.sh"), QStringLiteral("start"), m_dir});
    if (!p.waitForFinished(180'000) || p.exitCode() != 0)
        die(QStringLiteral("could not start a PostgreSQL cluster"));
    QFile f(m_dir + QStringLiteral("/url"));
    if (!f.open(QIODevice::ReadOnly))
        die(QStringLiteral("no PostgreSQL URL"));
    m_url = QString::fromUtf8(f.readAll()).trimmed();
}

BenchPostgres::~BenchPostgres()
{
    QProcess p;
    p.start(QStringLiteral("bash"),
        {QStringLiteral(LINTAS_SOURCE_DIR "/scripts/test-postgres.sh"), QStringLiteral("stop"), m_dir});
    p.waitForFinished(180'000);
}

BenchStore::BenchStore(const QString &backend)
{
    if (backend == QLatin1String("postgresql")) {
        postgres = std::make_unique<BenchPostgres>();
        where.databaseUrl = postgres->url();
    } else {
        where.dataDir = dir.file(QStringLiteral("server-data"));
    }
}

sync::SyncOutcome syncUntilDone(store::Database &db, sync::SyncTransport &transport, RandomSource &random,
    sync::SyncSession &session, RunTotals &totals, int maxRuns)
{
    for (int runs = 1;; ++runs) {
        sync::SyncEngine engine(db, transport, SystemClock::instance(), random, &session);
        const sync::SyncOutcome o = engine.run();
        ++totals.runs;
        totals.rounds += o.rounds;
        totals.pushed += o.pushed;
        totals.applied += o.applied;
        totals.busy += o.problem == sync::SyncProblem::ServerBusy;
        totals.offline += o.problem == sync::SyncProblem::Offline;
        const bool retry = o.problem == sync::SyncProblem::Offline || o.problem == sync::SyncProblem::ServerBusy;
        if (o.ok() || !retry || runs >= maxRuns)
            return o;
        if (o.retryAfterMs > 0)
            QThread::msleep(static_cast<unsigned long>(o.retryAfterMs));
    }
}

qint64 serverRecords(const StoreLocation &where, const QByteArray &spaceId)
{
    auto store = must(server::openServerStore(where.dataDir, where.databaseUrl), "open server store");
    return must(store->head(spaceId), "server head").seq;
}

namespace {
std::vector<Figure> &figures()
{
    static std::vector<Figure> all;
    return all;
}
} // namespace

void addFigure(const QString &measure, const QString &value, const QString &target, const QString &verdict)
{
    figures().push_back({measure, value, target, verdict});
    std::printf("  %-60s %s\n", qPrintable(measure), qPrintable(value));
    std::fflush(stdout);
}

void printFigures()
{
    std::printf("\n| measure | figure | target | verdict |\n|---|---|---|---|\n");
    for (const Figure &f : figures())
        std::printf("| %s | %s | %s | %s |\n", qPrintable(f.measure), qPrintable(f.value), qPrintable(f.target),
            qPrintable(f.verdict));
    std::fflush(stdout);
}

QString fmt(double v, int decimals)
{
    return QLocale::c().toString(v, 'f', decimals);
}

} // namespace lintas::bench
