#include "sync/ReplyApplier.h"

#include "protocol/Envelope.h"
#include "protocol/LogChain.h"
#include "repo/ChangeWriter.h"
#include "repo/EntityDef.h"
#include "repo/Schema.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/ChangeCodec.h"
#include "sync/ConflictLog.h"
#include "sync/HybridLogicalClock.h"
#include "sync/MassDeleteGuard.h"

#include <QScopeGuard>

#include <algorithm>

namespace lintas::sync {

namespace {

// Receivers set aside records stamped further ahead than this of their corrected time, so one
// laptop with a wrong clock cannot win every edit for years (SYNC.md).
constexpr qint64 kClockAheadLimitMs = 24LL * 60 * 60 * 1000;

} // namespace

QString quarantineReasonName(QuarantineReason reason)
{
    switch (reason) {
    case QuarantineReason::Malformed:
        return QStringLiteral("malformed");
    case QuarantineReason::UnknownDevice:
        return QStringLiteral("unknown_device");
    case QuarantineReason::BadSignature:
        return QStringLiteral("bad_signature");
    case QuarantineReason::UnknownEpoch:
        return QStringLiteral("unknown_epoch");
    case QuarantineReason::BadEncryption:
        return QStringLiteral("bad_encryption");
    case QuarantineReason::Unreadable:
        return QStringLiteral("unreadable");
    case QuarantineReason::ClockAhead:
        return QStringLiteral("clock_ahead");
    case QuarantineReason::MissingReference:
        return QStringLiteral("missing_reference");
    case QuarantineReason::MassDelete:
        return QStringLiteral("mass_delete");
    case QuarantineReason::NewerVersion:
        return QStringLiteral("newer_version");
    case QuarantineReason::RemovedDevice:
        return QStringLiteral("removed_device");
    }
    return QStringLiteral("unknown");
}

ReplyApplier::ReplyApplier(store::Database &db, HybridLogicalClock &hlc) : m_db(db), m_hlc(hlc), m_relay(db)
{
    setKnownEntities(repo::allEntityDefs());
}

void ReplyApplier::setKnownEntities(const QVector<const repo::EntityDef *> &defs)
{
    m_known = defs;
    m_readerMark = readerMark(defs);
}

QString ReplyApplier::readerMark(const QVector<const repo::EntityDef *> &defs)
{
    // A record is set aside as newer only for its entity or its operation, so only a version that
    // knows more of either can read it. A new entity comes with its table (a migration); the
    // schema version is in the mark anyway, so any upgrade that changes the profile tries again.
    QStringList entities;
    for (const repo::EntityDef *def : defs)
        entities << def->name;
    entities.sort();
    return QStringLiteral("schema %1; operations %2; entities %3")
        .arg(repo::profileSchema().latestVersion())
        .arg(ChangeCodec::kOperations)
        .arg(entities.join(QLatin1Char(',')));
}

Result<RoundResult> ReplyApplier::apply(
    const SpaceInfo &space, const QVector<PendingEnvelope> &pushed, const protocol::SyncReply &reply, qint64 nowMs)
{
    return applyTwice([&] { return applyOnce(space, pushed, reply, nullptr, nowMs); });
}

Result<RoundResult> ReplyApplier::applyBundle(
    const SpaceInfo &space, const QVector<QByteArray> &envelopes, qint64 nowMs)
{
    const protocol::SyncReply nothing;
    return applyTwice([&] { return applyOnce(space, {}, nothing, &envelopes, nowMs); });
}

Result<RoundResult> ReplyApplier::applyTwice(const std::function<Result<RoundResult>()> &once)
{
    m_fast = true;
    m_needsCare = false;
    auto fast = once();
    m_fast = false;
    if (fast || !m_needsCare)
        return fast;
    // A record could not apply, and without its savepoint it may have left half a write: the
    // whole reply was rolled back; this time each record gets its savepoint.
    return once();
}

Result<RoundResult> ReplyApplier::applyOnce(const SpaceInfo &space, const QVector<PendingEnvelope> &pushed,
    const protocol::SyncReply &reply, const QVector<QByteArray> *bundle, qint64 nowMs)
{
    m_keys.clear();
    m_members.clear();
    RoundResult result;
    result.headSeq = reply.headSeq;
    result.cursor = space.cursor;
    LINTAS_TRY_ASSIGN(auto tx, m_db.begin());
    LINTAS_TRY_ASSIGN(const int openConflicts, ConflictLog(m_db).openCount());
    m_batch = ChangeApplier::Batch {&m_derived, openConflicts > 0, {}, nullptr};
    m_merges.clear();
    if (m_writer) {
        m_batch->selfDevice = m_writer->deviceId();
        m_batch->merges = &m_merges;
        LINTAS_TRY(m_relay.begin(space));
        m_relaying = true;
    }
    const auto endBatch = qScopeGuard([this] {
        m_relaying = false;
        m_batch.reset();
        m_derived = {};
        m_merges.clear();
    });
    if (!bundle && reply.status == protocol::SyncStatus::Resync) {
        // This server's log is not the one our cursor points into (restored from a backup, or a
        // new server): everything we hold goes again — same bytes, so what the server still has
        // comes back "duplicate" — and the log is read from the start. Applying is idempotent.
        LINTAS_TRY_ASSIGN(auto reset,
            m_db.prepare(QStringLiteral("UPDATE outbox SET pushed_at = NULL, server_seq = NULL WHERE space_id = ?")));
        reset.bind(1, space.spaceId);
        LINTAS_TRY(reset.exec());
        result.resync = true;
        result.cursor = {reply.generation, 0, protocol::LogChain::genesis()};
    }
    LINTAS_TRY(applyAcks(space.spaceId, pushed, reply, nowMs, result));
    if (!result.resync) {
        // After an upgrade, what an older version set aside goes first: it came before anything
        // in this reply.
        LINTAS_TRY(retryWaiting(space, result, Retry::Newer));
        if (bundle)
            LINTAS_TRY(applyBundleRecords(space, *bundle, nowMs, result));
        else
            LINTAS_TRY(applyRecords(space, reply, nowMs, result));
        LINTAS_TRY(retryWaiting(space, result));
        LINTAS_TRY(settleOvertaken(space));
        LINTAS_TRY(writeMerges(space.spaceId));
        if (m_relaying) {
            m_writer->hlc().raiseTo(m_hlc.last());
            LINTAS_TRY_ASSIGN(result.relayed, m_relay.relay(*m_writer));
            m_hlc.observe(m_writer->hlc().last());
        }
    }
    // More of the log waits on the server (a new laptop, a week offline): the rows this reply
    // touched are refreshed once, when the pull reaches the end, not after every reply.
    if (!bundle && !result.resync && reply.headSeq > result.cursor.seq)
        LINTAS_TRY(m_derived.park(m_db));
    else
        LINTAS_TRY(m_derived.flush(m_db));
    // A bundle says nothing of the server's log: the cursor and the last sync stay as they were.
    if (!bundle) {
        LINTAS_TRY(SyncSpaces(m_db).setCursor(space.spaceId, result.cursor));
        LINTAS_TRY(SyncSpaces(m_db).setLastSync(space.spaceId, nowMs));
    }
    // Local edits are stamped on another connection: they must order after what was applied.
    LINTAS_TRY_ASSIGN(
        auto hlc, m_db.prepare(QStringLiteral("UPDATE device_state SET last_hlc = max(last_hlc, ?) WHERE id = 1")));
    hlc.bind(1, m_hlc.last().toInt64());
    LINTAS_TRY(hlc.exec());
    LINTAS_TRY(tx.commit());
    return result;
}

Status ReplyApplier::writeMerges(const QString &spaceId)
{
    if (m_merges.isEmpty())
        return {};
    // Back to the space the merged records came from, whichever space their case names now.
    m_writer->setRoute(spaceId);
    // The merge is a new edit made after everything applied here, so it orders after it.
    m_writer->hlc().raiseTo(m_hlc.last());
    m_writer->setAfterWrite([this](const repo::EntityDef &def, const QString &id, const Change &change, bool created) {
        m_derived.note(def, id, change, created);
        return Status {};
    });
    const auto unhook = qScopeGuard([this] {
        m_writer->setAfterWrite({});
        m_writer->setRoute(std::nullopt);
    });
    for (const TextMerge &m : std::as_const(m_merges)) {
        const repo::EntityDef *def = repo::entityDefByName(m.entity);
        if (!def)
            continue;
        LINTAS_TRY_ASSIGN(const auto merged,
            m_writer->write(
                *def, m.entityId, {{m.field, m.text}}, {}, repo::ChangeWriter::Mode::Update, {{m.field, m.lostHlc}}));
        m_hlc.observe(m_writer->hlc().last());
        // A record of a case that has moved on since goes on to the case's space as well.
        if (merged && m_relaying)
            m_relay.applied(*merged);
    }
    return {};
}

Status ReplyApplier::applyAcks(const QString &spaceId, const QVector<PendingEnvelope> &pushed,
    const protocol::SyncReply &reply, qint64 nowMs, RoundResult &result)
{
    if (reply.acks.size() != pushed.size() && !reply.acks.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("server acknowledged %1 of %2 records").arg(reply.acks.size()).arg(pushed.size()));
    for (int i = 0; i < reply.acks.size(); ++i) {
        const protocol::Ack &ack = reply.acks.at(i);
        if (ack.status == protocol::AckStatus::Later) {
            // Still to send. Sealed for this push only, it was sealed with a key that may be
            // retired: no server has these bytes, so it is sealed again with the newest key.
            if (pushed.at(i).fresh) {
                LINTAS_TRY_ASSIGN(auto unseal,
                    m_db.prepare(QStringLiteral("UPDATE outbox SET envelope = NULL WHERE device_seq = ?")));
                unseal.bind(1, pushed.at(i).deviceSeq);
                LINTAS_TRY(unseal.exec());
            }
            ++result.deferred;
            continue;
        }
        const bool kept = ack.status == protocol::AckStatus::Stored || ack.status == protocol::AckStatus::Duplicate;
        // A refused record is taken off the queue too (one bad record never blocks the rest);
        // it stays in the outbox without a server position, and the sync page counts it.
        LINTAS_TRY_ASSIGN(auto st,
            m_db.prepare(
                QStringLiteral("UPDATE outbox SET pushed_at = ?, server_seq = ?, space_id = ? WHERE device_seq = ?")));
        st.bind(1, nowMs);
        if (kept)
            st.bind(2, ack.seq);
        else
            st.bindNull(2);
        st.bind(3, spaceId).bind(4, pushed.at(i).deviceSeq);
        LINTAS_TRY(st.exec());
        ++(kept ? result.stored : result.refused);
    }
    return {};
}

Result<QByteArray> ReplyApplier::ownEnvelope(const QString &spaceId, qint64 seq)
{
    LINTAS_TRY_ASSIGN(
        auto st, m_db.prepare(QStringLiteral("SELECT envelope FROM outbox WHERE space_id = ? AND server_seq = ?")));
    st.bind(1, spaceId).bind(2, seq);
    LINTAS_TRY_ASSIGN(const bool found, st.step());
    if (!found || st.isNull(0))
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("the server sent record %1 as ours, but we did not push it").arg(seq));
    return st.blob(0);
}

Status ReplyApplier::applyRecords(
    const SpaceInfo &space, const protocol::SyncReply &reply, qint64 nowMs, RoundResult &result)
{
    if (reply.records.isEmpty())
        return {};
    if (!space.cursor.generation.isEmpty() && reply.generation != space.cursor.generation)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("records from another log generation"));
    QVector<Incoming> incoming;
    QByteArray chain = space.cursor.chain;
    qint64 seq = space.cursor.seq;
    for (const QByteArray &record : reply.records) {
        ++seq;
        QByteArray bytes = record;
        if (bytes.isEmpty()) {
            LINTAS_TRY_ASSIGN(bytes, ownEnvelope(space.spaceId, seq));
        } else {
            LINTAS_TRY_ASSIGN(Opened opened, open(space, bytes));
            incoming.push_back({seq, bytes, std::move(opened)});
        }
        chain = protocol::LogChain::next(chain, bytes);
    }
    // The chain proves we hold exactly the server's log up to here: a record left out, swapped
    // or reordered on the way shows as a different hash, and nothing of this reply is kept.
    if (chain != reply.chain)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("log chain mismatch at %1").arg(seq));
    LINTAS_TRY(applyIncoming(space, incoming, nowMs, result));
    result.cursor = {reply.generation, seq, chain};
    return {};
}

Status ReplyApplier::applyBundleRecords(
    const SpaceInfo &space, const QVector<QByteArray> &envelopes, qint64 nowMs, RoundResult &result)
{
    QVector<Incoming> incoming;
    incoming.reserve(envelopes.size());
    for (const QByteArray &bytes : envelopes) {
        LINTAS_TRY_ASSIGN(Opened opened, open(space, bytes));
        incoming.push_back({0, bytes, std::move(opened)});
    }
    return applyIncoming(space, incoming, nowMs, result);
}

Status ReplyApplier::applyIncoming(
    const SpaceInfo &space, const QVector<Incoming> &incoming, qint64 nowMs, RoundResult &result)
{
    // Deletions are counted against the rows live before any of them applies.
    MassDeleteGuard guard(m_db, space.spaceId);
    for (const Incoming &in : std::as_const(incoming)) {
        if (in.opened.change)
            LINTAS_TRY(guard.consider(*in.opened.change));
    }
    LINTAS_TRY(guard.decide());
    for (const Incoming &in : std::as_const(incoming)) {
        if (!in.opened.change) {
            LINTAS_TRY(quarantine(
                space.spaceId, in.seq, in.bytes, in.opened.verdict.reason, in.opened.verdict.detail, nowMs, result));
            continue;
        }
        if (guard.holds(*in.opened.change)) {
            LINTAS_TRY(quarantine(space.spaceId, in.seq, in.bytes, QuarantineReason::MassDelete,
                MassDeleteGuard::detailFor(*in.opened.change), nowMs, result));
            ++result.held;
            continue;
        }
        LINTAS_TRY(releaseSucceeded(space, *in.opened.change));
        LINTAS_TRY(applyOne(space, in.seq, in.bytes, applyOpened(*in.opened.change, !m_fast), nowMs, result));
    }
    return {};
}

Status ReplyApplier::quarantine(const QString &spaceId, qint64 seq, const QByteArray &bytes, QuarantineReason reason,
    const QString &detail, qint64 nowMs, RoundResult &result)
{
    ++result.quarantined;
    if (seq > 0) {
        // The same bytes may wait already, set aside when they came in a bundle: they take their
        // place in the log now, instead of waiting twice.
        LINTAS_TRY_ASSIGN(auto adopt,
            m_db.prepare(QStringLiteral("UPDATE sync_quarantine SET server_seq = ? WHERE space_id = ? AND "
                                        "server_seq IS NULL AND envelope = ?")));
        adopt.bind(1, seq).bind(2, spaceId).bind(3, bytes);
        LINTAS_TRY(adopt.exec());
        if (m_db.changes() > 0)
            return {};
    } else {
        // A bundle imported twice, or one overlapping an earlier one: each envelope waits once.
        LINTAS_TRY_ASSIGN(auto held,
            m_db.prepare(QStringLiteral("SELECT 1 FROM sync_quarantine WHERE space_id = ? AND envelope = ?")));
        held.bind(1, spaceId).bind(2, bytes);
        LINTAS_TRY_ASSIGN(const bool found, held.step());
        if (found)
            return {};
    }
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_quarantine (space_id, server_seq, envelope, reason, "
                                    "detail, received_at, tried_by) VALUES (?, ?, ?, ?, ?, ?, ?)")));
    st.bind(1, spaceId);
    if (seq > 0)
        st.bind(2, seq);
    else
        st.bindNull(2);
    st.bind(3, bytes).bind(4, quarantineReasonName(reason)).bind(5, detail);
    st.bind(6, nowMs).bind(7, m_readerMark);
    LINTAS_TRY(st.exec());
    return {};
}

Result<const SecretBytes *> ReplyApplier::epochKey(const SpaceInfo &space, quint32 epoch)
{
    const auto held = m_keys.find(epoch);
    if (held != m_keys.end())
        return &held->second;
    auto key = SyncSpaces(m_db).key(space.spaceId, epoch);
    if (!key) {
        if (key.code() != ErrorCode::NotFound)
            return key.error();
        return static_cast<const SecretBytes *>(nullptr);
    }
    return &m_keys.emplace(epoch, std::move(*key)).first->second;
}

Result<std::optional<SpaceMember>> ReplyApplier::member(const SpaceInfo &space, const QString &deviceId)
{
    const auto known = m_members.constFind(deviceId);
    if (known != m_members.cend())
        return *known;
    LINTAS_TRY_ASSIGN(auto found, SyncSpaces(m_db).member(space.spaceId, deviceId));
    m_members.insert(deviceId, found);
    return found;
}

Result<ReplyApplier::Verdict> ReplyApplier::process(const SpaceInfo &space, const QByteArray &bytes)
{
    LINTAS_TRY_ASSIGN(const Opened opened, open(space, bytes));
    if (!opened.change)
        return opened.verdict;
    return applyOpened(*opened.change);
}

Result<ReplyApplier::Opened> ReplyApplier::open(const SpaceInfo &space, const QByteArray &bytes)
{
    const auto setAside = [](QuarantineReason reason, const QString &detail) {
        return Opened {Verdict {Verdict::SetAside, reason, detail}, std::nullopt};
    };
    const auto envelope = protocol::Envelope::decode(bytes, ChangeCodec::idBytes(space.spaceId));
    if (!envelope)
        return setAside(QuarantineReason::Malformed, envelope.error().detail);
    const protocol::EnvelopeHeader &h = envelope->header;
    const QString deviceId = ChangeCodec::idText(h.deviceId);
    LINTAS_TRY_ASSIGN(const auto member, this->member(space, deviceId));
    if (!member)
        return setAside(QuarantineReason::UnknownDevice, deviceId);
    if (!envelope->signatureValid(member->signKey))
        return setAside(QuarantineReason::BadSignature, deviceId);
    // The server refuses a removed device at once; this holds even against a server that does not.
    if (member->removed && h.deviceSeq > member->lastSeq)
        return setAside(QuarantineReason::RemovedDevice, deviceId);
    LINTAS_TRY_ASSIGN(const SecretBytes *key, epochKey(space, h.epoch));
    if (!key)
        return setAside(QuarantineReason::UnknownEpoch, QString::number(h.epoch));
    const auto plaintext = envelope->open(*key);
    if (!plaintext)
        return setAside(QuarantineReason::BadEncryption, deviceId);
    const auto change = ChangeCodec::fromEnvelope(h, *plaintext);
    if (!change)
        return setAside(QuarantineReason::Unreadable, change.error().detail);
    // Checked before the HLC sees it: a record from a laptop ten years ahead must not drag
    // everyone's clock along.
    const qint64 horizonMs = m_hlc.physicalNowMs() + kClockAheadLimitMs;
    if (change->hlc.ms() > horizonMs)
        return setAside(QuarantineReason::ClockAhead, deviceId);
    // What it carries for a newer version keeps its own clocks: the same horizon holds for them.
    const bool carriedAhead = std::any_of(change->carried.cbegin(), change->carried.cend(),
                                  [&](const CarriedField &f) { return f.hlc.ms() > horizonMs; })
        || std::any_of(change->carriedRemoves.cbegin(), change->carriedRemoves.cend(),
            [&](const CarriedRemove &r) { return r.hlc.ms() > horizonMs; });
    if (carriedAhead)
        return setAside(QuarantineReason::ClockAhead, deviceId);
    // Signed by a member and sealed with the space's key, so not damage: a newer Lintas made it.
    if (!ChangeCodec::knowsOp(change->op))
        return setAside(QuarantineReason::NewerVersion, QStringLiteral("operation %1").arg(change->op.mid(3)));
    const bool known = std::any_of(
        m_known.cbegin(), m_known.cend(), [&](const repo::EntityDef *def) { return def->name == change->entity; });
    if (!known)
        return setAside(QuarantineReason::NewerVersion, QStringLiteral("entity %1").arg(change->entity));
    return Opened {Verdict {Verdict::Applied, {}, {}}, *change};
}

Result<ReplyApplier::Verdict> ReplyApplier::applyOpened(const Change &change, bool careful)
{
    const auto setAside = [](QuarantineReason reason, const QString &detail) {
        return Verdict {Verdict::SetAside, reason, detail};
    };
    const QString &deviceId = change.deviceId;
    // A savepoint per record: a change this version cannot apply leaves nothing half-written, not
    // even its "applied" mark.
    std::optional<store::Transaction> sp;
    if (careful) {
        LINTAS_TRY_ASSIGN(auto begun, m_db.begin());
        sp.emplace(std::move(begun));
    }
    LINTAS_TRY_ASSIGN(auto seen,
        m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_applied (device_id, device_seq) VALUES (?, ?)")));
    seen.bind(1, deviceId).bind(2, change.deviceSeq);
    LINTAS_TRY(seen.exec());
    if (m_db.changes() == 0)
        return Verdict {Verdict::AlreadyApplied, {}, {}};
    bool relayable = false;
    if (m_relaying) {
        LINTAS_TRY_ASSIGN(relayable, m_relay.candidate(change));
    }
    ChangeApplier applier(m_db, m_hlc);
    if (m_batch)
        applier.setBatch(&*m_batch);
    const Status applied = applier.apply(change);
    if (!applied.ok()) {
        const bool missing
            = applied.code() == ErrorCode::Validation && applied.error().detail.contains(QLatin1String("FOREIGN KEY"));
        if (!missing && applied.code() != ErrorCode::InvalidArgument)
            return applied.error(); // disk full, I/O: the whole reply rolls back and is pulled again later
        if (!sp) {
            m_needsCare = true;
            return makeError(ErrorCode::Internal, QStringLiteral("a record failed without its savepoint"));
        }
        sp->rollback();
        return setAside(
            missing ? QuarantineReason::MissingReference : QuarantineReason::Unreadable, applied.error().detail);
    }
    if (sp)
        LINTAS_TRY(sp->commit());
    if (relayable)
        m_relay.applied(change);
    return Verdict {Verdict::Applied, {}, {}};
}

Status ReplyApplier::applyOne(const SpaceInfo &space, qint64 seq, const QByteArray &bytes,
    const Result<Verdict> &outcome, qint64 nowMs, RoundResult &result)
{
    if (!outcome)
        return outcome.error();
    const Verdict &verdict = *outcome;
    switch (verdict.kind) {
    case Verdict::Applied:
        ++result.applied;
        return {};
    case Verdict::AlreadyApplied:
        ++result.alreadyApplied;
        return {};
    case Verdict::SetAside:
        break;
    }
    return quarantine(space.spaceId, seq, bytes, verdict.reason, verdict.detail, nowMs, result);
}

Status ReplyApplier::retryWaiting(const SpaceInfo &space, RoundResult &result, Retry which)
{
    const QString waitsForRow = quarantineReasonName(QuarantineReason::MissingReference);
    const QString waitsForDevice = quarantineReasonName(QuarantineReason::UnknownDevice);
    const QString waitsForKey = quarantineReasonName(QuarantineReason::UnknownEpoch);
    const QString newer = quarantineReasonName(QuarantineReason::NewerVersion);
    if (which == Retry::Newer) {
        // Asked every round; almost always nothing, and then this is all it costs.
        LINTAS_TRY_ASSIGN(auto any,
            m_db.prepare(QStringLiteral("SELECT 1 FROM sync_quarantine WHERE space_id = ? AND reason = ? AND "
                                        "(tried_by IS NULL OR tried_by <> ?) LIMIT 1")));
        any.bind(1, space.spaceId).bind(2, newer).bind(3, m_readerMark);
        LINTAS_TRY_ASSIGN(const bool found, any.step());
        if (!found)
            return {};
    }
    // Records waiting for a row, records of a device not yet known when they arrived (its
    // membership entry may have been read since) and records sealed with a key that may have
    // arrived since (a rotation); with the newer ones, since what waits for a row may wait for
    // one of them.
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(
            QStringLiteral("SELECT id, envelope FROM sync_quarantine WHERE space_id = ? AND (reason IN (?, ?, ?) "
                           "OR (? AND reason = ? AND (tried_by IS NULL OR tried_by <> ?))) "
                           "ORDER BY server_seq IS NULL, server_seq, id")));
    st.bind(1, space.spaceId).bind(2, waitsForRow).bind(3, waitsForDevice).bind(4, waitsForKey);
    st.bind(5, which == Retry::Newer ? 1 : 0).bind(6, newer).bind(7, m_readerMark);
    QVector<QPair<qint64, QByteArray>> waiting;
    LINTAS_TRY(st.forEachRow([&] { waiting.push_back({st.int64(0), st.blob(1)}); }));
    // Oldest first, again while anything moved: a case and then its note can both come free.
    for (bool moved = true; moved && !waiting.isEmpty();) {
        moved = false;
        for (auto it = waiting.begin(); it != waiting.end();) {
            LINTAS_TRY_ASSIGN(const Verdict verdict, process(space, it->second));
            if (verdict.kind == Verdict::SetAside
                && (verdict.reason == QuarantineReason::MissingReference
                    || verdict.reason == QuarantineReason::UnknownDevice
                    || verdict.reason == QuarantineReason::UnknownEpoch)) {
                ++it;
                continue;
            }
            if (verdict.kind == Verdict::SetAside) {
                // Set aside for another reason now: stays, not retried. One still too new for this
                // version is tried again only by a version that reads more (another mark).
                LINTAS_TRY_ASSIGN(auto upd,
                    m_db.prepare(QStringLiteral(
                        "UPDATE sync_quarantine SET reason = ?, detail = ?, tried_by = ? WHERE id = ?")));
                upd.bind(1, quarantineReasonName(verdict.reason)).bind(2, verdict.detail).bind(3, m_readerMark);
                upd.bind(4, it->first);
                LINTAS_TRY(upd.exec());
            } else {
                LINTAS_TRY_ASSIGN(auto del, m_db.prepare(QStringLiteral("DELETE FROM sync_quarantine WHERE id = ?")));
                del.bind(1, it->first);
                LINTAS_TRY(del.exec());
                if (verdict.kind == Verdict::Applied)
                    ++result.applied;
            }
            it = waiting.erase(it);
            moved = true;
        }
    }
    return {};
}

} // namespace lintas::sync
