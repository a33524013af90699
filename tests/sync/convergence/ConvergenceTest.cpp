// SYNC.md test 4: randomised multi-device convergence. 3–10 laptops edit shared cases and
// clients (scalar fields, deletes, tag and alias sets, notes) through the real repositories,
// interleaved with sync rounds in random order through a link that loses replies after the
// server committed, delivers requests twice, replays stale requests and goes down for a while.
// Once everyone has synced until nothing moves, every laptop must hold the same data, and that
// data must be what the merge rules give for the writes made (ReferenceModel).

#include "ConvergenceNet.h"
#include "RcCheck.h"
#include "ReferenceModel.h"

#include "store/Database.h"

#include <rapidcheck.h>

#include <catch2/catch.hpp>

#include <ostream>

using namespace lintas;
using test::ConvergenceNet;

namespace {

enum class Kind {
    EditCase,
    EditClient,
    Tag, // add or remove a case tag
    Alias, // add or remove a client alias
    Note,
    DeleteCase,
    NewCase,
    Sync,
    SyncReplyLost, // the server commits, the reply never arrives
    SyncTwice, // the request reaches the server twice
    ReplayStale, // an old copy of the last request arrives again
    Offline,
    Online,
};

struct Op {
    Kind kind = Kind::EditCase;
    int device = 0; // modulo the number of laptops
    int target = 0; // which case or client, modulo what the laptop holds
    int value = 0; // which field and value; also how far the laptop's clock moves
};

const char *kindName(Kind k)
{
    switch (k) {
    case Kind::EditCase:
        return "edit-case";
    case Kind::EditClient:
        return "edit-client";
    case Kind::Tag:
        return "tag";
    case Kind::Alias:
        return "alias";
    case Kind::Note:
        return "note";
    case Kind::DeleteCase:
        return "delete-case";
    case Kind::NewCase:
        return "new-case";
    case Kind::Sync:
        return "sync";
    case Kind::SyncReplyLost:
        return "sync-reply-lost";
    case Kind::SyncTwice:
        return "sync-sent-twice";
    case Kind::ReplayStale:
        return "replay-stale-request";
    case Kind::Offline:
        return "offline";
    case Kind::Online:
        return "online";
    }
    return "?";
}

} // namespace

// A readable counterexample: "laptop 2 edit-case #1 v7".
namespace rc {
template<> struct Arbitrary<Kind> {
    static Gen<Kind> arbitrary()
    {
        return gen::weightedElement<Kind>({{6, Kind::EditCase}, {3, Kind::EditClient}, {3, Kind::Tag}, {2, Kind::Alias},
            {3, Kind::Note}, {1, Kind::DeleteCase}, {1, Kind::NewCase}, {6, Kind::Sync}, {2, Kind::SyncReplyLost},
            {2, Kind::SyncTwice}, {1, Kind::ReplayStale}, {1, Kind::Offline}, {2, Kind::Online}});
    }
};
template<> struct Arbitrary<Op> {
    static Gen<Op> arbitrary()
    {
        return gen::build<Op>(gen::set(&Op::kind), gen::set(&Op::device, gen::inRange(0, 10)),
            gen::set(&Op::target, gen::inRange(0, 4)), gen::set(&Op::value, gen::inRange(0, 64)));
    }
};
} // namespace rc

namespace {

void showValue(const Op &op, std::ostream &os)
{
    os << "laptop " << op.device << ' ' << kindName(op.kind) << " #" << op.target << " v" << op.value;
}

const QStringList kRisks {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"), QString()};
const QStringList kWords {QStringLiteral("Paspor ditahan"), QStringLiteral("Gaji tidak dibayar"),
    QStringLiteral("Mediasi di Disnaker"), QStringLiteral("Lapor ke BP2MI")};
const QStringList kTags {
    QStringLiteral("urgent"), QStringLiteral("media"), QStringLiteral("court"), QStringLiteral("pro-bono")};
const QStringList kNames {
    QStringLiteral("Siti"), QStringLiteral("Sri Wahyuni"), QStringLiteral("Marni"), QStringLiteral("Nur Aini")};

QStringList ids(test::WorkspaceFixture &laptop, const QString &table)
{
    auto st = laptop.db->prepare(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table));
    RC_ASSERT(st.ok());
    auto list = st->textColumn();
    RC_ASSERT(list.ok());
    return *list;
}

QString pick(const QStringList &items, int i)
{
    return items.at(i % static_cast<int>(items.size()));
}

void checkSynced(const sync::SyncOutcome &o)
{
    if (!o.ok() && o.problem != sync::SyncProblem::Offline)
        RC_FAIL("sync failed: " + o.detail.toStdString());
    RC_ASSERT(o.quarantined == 0);
}

void edit(ConvergenceNet &net, const Op &op)
{
    const int d = op.device % net.size();
    auto &laptop = net.laptop(d);
    laptop.clock.advanceMs(op.value * 53 % 1500); // sometimes 0: same-millisecond writes
    const QStringList cases = ids(laptop, QStringLiteral("cases"));
    const QStringList clients = ids(laptop, QStringLiteral("clients"));
    switch (op.kind) {
    case Kind::EditCase: {
        auto c = laptop.ws->cases().get(pick(cases, op.target));
        RC_ASSERT(c.ok());
        const QString word = pick(kWords, op.value / 4);
        switch (op.value % 4) {
        case 0:
            c->risk = pick(kRisks, op.value / 4);
            break;
        case 1:
            c->title = word;
            break;
        case 2:
            c->demands = word;
            break;
        default:
            c->chronology = word + QStringLiteral(" — ") + QString::number(d);
            break;
        }
        RC_ASSERT(laptop.ws->cases().update(*c).ok());
        break;
    }
    case Kind::EditClient: {
        auto c = laptop.ws->clients().get(pick(clients, op.target));
        RC_ASSERT(c.ok());
        if (op.value % 2 == 0)
            c->fullName = pick(kNames, op.value / 2);
        else
            c->currentCity = pick(kWords, op.value / 2);
        RC_ASSERT(laptop.ws->clients().update(*c).ok());
        break;
    }
    case Kind::Tag: {
        auto c = laptop.ws->cases().get(pick(cases, op.target));
        RC_ASSERT(c.ok());
        const QString tag = pick(kTags, op.value);
        if (c->tags.contains(tag))
            c->tags.removeAll(tag);
        else
            c->tags << tag;
        RC_ASSERT(laptop.ws->cases().update(*c).ok());
        break;
    }
    case Kind::Alias: {
        auto c = laptop.ws->clients().get(pick(clients, op.target));
        RC_ASSERT(c.ok());
        const QString alias = pick(kNames, op.value);
        if (c->aliases.contains(alias))
            c->aliases.removeAll(alias);
        else
            c->aliases << alias;
        RC_ASSERT(laptop.ws->clients().update(*c).ok());
        break;
    }
    case Kind::Note: {
        // Notes go on cases still open on this laptop (a deleted case takes no new notes).
        const QStringList live = ids(laptop, QStringLiteral("cases WHERE coalesce(deleted, 0) = 0"));
        if (live.isEmpty())
            break;
        domain::Note n;
        n.caseId = pick(live, op.target);
        n.body = QStringLiteral("Catatan %1 dari laptop %2").arg(pick(kWords, op.value)).arg(d);
        RC_ASSERT(laptop.ws->notes().create(n).ok());
        break;
    }
    case Kind::DeleteCase:
        RC_ASSERT(laptop.ws->cases().remove(pick(cases, op.target)).ok());
        break;
    case Kind::NewCase: {
        domain::Case c;
        c.clientId = pick(clients, op.target);
        c.title = pick(kWords, op.value);
        c.tags = {pick(kTags, op.value)};
        RC_ASSERT(laptop.ws->cases().create(c).ok());
        break;
    }
    default:
        break;
    }
}

void step(ConvergenceNet &net, const Op &op)
{
    const int d = op.device % net.size();
    auto &link = net.link(d);
    switch (op.kind) {
    case Kind::Sync:
        checkSynced(net.sync(d));
        break;
    case Kind::SyncReplyLost:
        link.loseNextSyncReply = true;
        net.sync(d); // fails as offline when the loss hits; the next run sends the same bytes
        link.loseNextSyncReply = false;
        break;
    case Kind::SyncTwice:
        link.duplicateNextSync = true;
        checkSynced(net.sync(d));
        link.duplicateNextSync = false;
        break;
    case Kind::ReplayStale: {
        if (link.offline)
            break;
        const qint64 head = net.serverHead();
        const int status = link.replayLastSync();
        RC_ASSERT(status == 0 || status == 200);
        RC_ASSERT(net.serverHead() == head); // a stale copy stores nothing new
        break;
    }
    case Kind::Offline:
        link.offline = true;
        break;
    case Kind::Online:
        link.offline = false;
        break;
    default:
        edit(net, op);
        break;
    }
}

qint64 outboxRows(ConvergenceNet &net)
{
    qint64 n = 0;
    for (int i = 0; i < net.size(); ++i)
        n += net.laptop(i).outboxCount();
    return n;
}

QStringList dump(ConvergenceNet &net, int i)
{
    auto d = sync::OutboxReplay::canonicalDump(*net.laptop(i).db);
    RC_ASSERT(d.ok());
    return *d;
}

// The open entries for edits a delete had not seen (repo/DeleteConflicts.h), without what differs
// by device on purpose (when each laptop noticed).
QStringList hiddenEdits(ConvergenceNet &net, int i)
{
    auto st = net.laptop(i).db->prepare(QStringLiteral(
        "SELECT entity || ' ' || entity_id || ' ' || field || ' kept ' || kept_hlc || '/' || kept_device || "
        "' lost ' || lost_hlc || '/' || lost_device FROM conflicts WHERE field = 'deleted' AND restored_at IS NULL "
        "AND kept_value = 1 AND lost_value = 0 ORDER BY 1"));
    RC_ASSERT(st.ok());
    auto keys = st->textColumn();
    RC_ASSERT(keys.ok());
    return *keys;
}

std::string firstDifference(const QStringList &a, const QStringList &b)
{
    for (int i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString x = i < a.size() ? a.at(i) : QStringLiteral("(none)");
        const QString y = i < b.size() ? b.at(i) : QStringLiteral("(none)");
        if (x != y)
            return "line " + std::to_string(i) + ":\n  " + x.toStdString() + "\n  " + y.toStdString();
    }
    return "same";
}

void convergenceProperty()
{
    const int devices = *rc::gen::inRange(3, 11);
    // Clocks a few minutes apart at most: far-off clocks are SYNC.md test 7's business.
    const auto skews = *rc::gen::container<std::vector<qint64>>(
        static_cast<std::size_t>(devices), rc::gen::inRange<qint64>(-300'000, 300'000));
    const auto ops = *rc::gen::container<std::vector<Op>>(rc::gen::arbitrary<Op>());

    ConvergenceNet net(devices, skews);
    // Shared starting point: two clients with a case each, known to every laptop.
    auto &first = net.laptop(0);
    for (const QString &name : {QStringLiteral("Siti Aminah"), QStringLiteral("Wartini")}) {
        const auto client = first.addClient(name);
        first.addCase(client.id);
    }
    for (int i = 0; i < devices; ++i)
        checkSynced(net.sync(i));

    for (const Op &op : ops)
        step(net, op);

    // Everyone back online, syncing in turn until a whole pass moves nothing.
    bool quiet = false;
    for (int pass = 0; pass < 6 && !quiet; ++pass) {
        quiet = true;
        for (int i = 0; i < devices; ++i) {
            net.link(i).offline = false;
            const auto o = net.sync(i);
            checkSynced(o);
            RC_ASSERT(o.ok());
            quiet = quiet && o.pushed == 0 && o.applied == 0;
        }
    }
    RC_ASSERT(quiet);

    // Nothing lost, nothing stored twice.
    RC_ASSERT(net.serverHead() == outboxRows(net));
    const QStringList reference = dump(net, 0);
    for (int i = 1; i < devices; ++i) {
        const QStringList other = dump(net, i);
        if (other != reference)
            RC_FAIL("laptop " + std::to_string(i) + " differs from laptop 0 at " + firstDifference(reference, other));
    }
    // An edit made without seeing a delete: one entry per edit, the same on every laptop.
    const QStringList hidden = hiddenEdits(net, 0);
    RC_CLASSIFY(!hidden.isEmpty(), "with edits a delete had not seen");
    for (int i = 1; i < devices; ++i) {
        const QStringList other = hiddenEdits(net, i);
        if (other != hidden)
            RC_FAIL("laptop " + std::to_string(i) + " lists other hidden edits than laptop 0 at "
                + firstDifference(hidden, other));
    }
    auto model = test::ReferenceModel::fromOutboxes(net.databases());
    RC_ASSERT(model.ok());
    for (int i = 0; i < devices; ++i) {
        auto diff = model->differences(*net.laptop(i).db);
        RC_ASSERT(diff.ok());
        if (!diff->isEmpty())
            RC_FAIL("laptop " + std::to_string(i) + " differs from the reference model:\n"
                + diff->mid(0, 10).join(QLatin1Char('\n')).toStdString());
    }
}

} // namespace

TEST_CASE("random edits, deletes, set changes and notes on 3-10 laptops, synced in any order with lost replies, "
          "duplicates and delays, converge to the merge rules' result",
    "[sync][convergence]")
{
    test::rcCheck("every laptop ends with the reference model's data", convergenceProperty, 30, 30);
}
