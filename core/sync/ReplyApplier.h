#pragma once

#include "base/Result.h"
#include "protocol/SyncMessages.h"
#include "sync/Change.h"
#include "sync/ChangeApplier.h"
#include "sync/OutboxSealer.h"
#include "sync/SpaceRelay.h"
#include "sync/SyncSpaces.h"

#include <QHash>

#include <functional>
#include <map>
#include <optional>

namespace lintas::repo {
class ChangeWriter;
struct EntityDef;
} // namespace lintas::repo
namespace lintas::store {
class Database;
}

namespace lintas::sync {

class HybridLogicalClock;

// Why a record from the server was set aside instead of applied. It stays in sync_quarantine,
// and everything after it flows.
enum class QuarantineReason {
    Malformed,
    UnknownDevice,
    BadSignature,
    UnknownEpoch,
    BadEncryption,
    Unreadable,
    ClockAhead,
    // Refers to a row not here yet (a note whose case was itself set aside): retried after every
    // applied batch, and applied as soon as what it refers to arrives.
    MissingReference,
    // One of many deletions one device sent at once (MassDeleteGuard): held, neither applied nor
    // lost, until the user confirms or refuses them (HeldDeletions).
    MassDelete,
    // Of an entity or an operation this version does not know: made by a newer Lintas. Tried
    // again once a version that may know it runs (ReplyApplier::readerMark), with everything
    // waiting for it. Unreadable is for records no version can read.
    NewerVersion,
    // Made by a device after an admin removed it (its device_seq is past the removal's last one).
    RemovedDevice,
};
QString quarantineReasonName(QuarantineReason reason);

struct RoundResult {
    int stored = 0; // pushed and acknowledged (new or duplicate)
    int refused = 0; // pushed but refused by the server (mismatch, rejected): needs attention
    int applied = 0;
    int alreadyApplied = 0;
    int quarantined = 0; // including held deletions
    int held = 0; // deletions held for confirmation (MassDeleteGuard)
    int deferred = 0; // pushed but not taken until this device reads a new epoch (AckStatus::Later)
    int relayed = 0; // sent on into another space this laptop is in (SpaceRelay)
    bool resync = false; // the server's log was replaced: everything is being pushed and pulled again
    qint64 headSeq = 0;
    protocol::Cursor cursor;
};

// Applies one sync reply in ONE transaction: acknowledgements into the outbox, the records in
// log order through ChangeApplier, and the new cursor. A crash or a failure anywhere (disk
// full) rolls all of it back, so the cursor is never ahead of the applied data and pulling again
// is harmless. Records that cannot be applied are quarantined with a reason.
class ReplyApplier {
public:
    ReplyApplier(store::Database &db, HybridLogicalClock &hlc);

    // Where this laptop writes the line merges of its own long texts that lost to concurrent
    // edits (ChangeApplier::Batch::merges), in the reply's transaction. Without one, such a
    // loss goes to the conflict log like any other. It also relays into this laptop's other
    // spaces what belongs there too (SpaceRelay).
    void setMergeWriter(repo::ChangeWriter *writer) { m_writer = writer; }

    // The entities this version applies: repo::allEntityDefs(), unless a test stands in for an
    // older version by leaving some out.
    void setKnownEntities(const QVector<const repo::EntityDef *> &defs);
    // What this version can read of what others send: its schema, operations and entities. A
    // record set aside as NewerVersion under another mark may be readable now.
    static QString readerMark(const QVector<const repo::EntityDef *> &defs);

    Result<RoundResult> apply(
        const SpaceInfo &space, const QVector<PendingEnvelope> &pushed, const protocol::SyncReply &reply, qint64 nowMs);

    // Applies the envelopes of an offline bundle (sync/BundleImport.h) through the same checks,
    // merge and quarantine as pulled records, in ONE transaction; no acknowledgements and no
    // cursor, since they have no place in the server's log yet. One set aside waits without a
    // server_seq until a pull brings the same bytes.
    Result<RoundResult> applyBundle(const SpaceInfo &space, const QVector<QByteArray> &envelopes, qint64 nowMs);

    // Applies records held in sync_quarantine (ids), through the same checks and merge as any
    // record; what is applied (or found applied already) leaves the quarantine. The caller holds
    // the transaction. Returns how many were applied.
    Result<int> release(const SpaceInfo &space, const QVector<qint64> &quarantineIds);

private:
    // Runs `once` without a savepoint per record, and again with them if a record failed.
    Result<RoundResult> applyTwice(const std::function<Result<RoundResult>()> &once);
    // `bundle`: the envelopes of an offline bundle instead of the reply's records (the reply is empty).
    Result<RoundResult> applyOnce(const SpaceInfo &space, const QVector<PendingEnvelope> &pushed,
        const protocol::SyncReply &reply, const QVector<QByteArray> *bundle, qint64 nowMs);
    Status applyAcks(const QString &spaceId, const QVector<PendingEnvelope> &pushed, const protocol::SyncReply &reply,
        qint64 nowMs, RoundResult &result);
    Status applyRecords(const SpaceInfo &space, const protocol::SyncReply &reply, qint64 nowMs, RoundResult &result);
    Status applyBundleRecords(
        const SpaceInfo &space, const QVector<QByteArray> &envelopes, qint64 nowMs, RoundResult &result);
    // The bytes of the record at `seq` that this device pushed itself (sent back as an empty string).
    Result<QByteArray> ownEnvelope(const QString &spaceId, qint64 seq);
    struct Verdict {
        enum Kind { Applied, AlreadyApplied, SetAside } kind = Applied;
        QuarantineReason reason = QuarantineReason::Malformed;
        QString detail;
    };
    // A record decoded, verified and decrypted; no change when it is to be set aside (verdict).
    struct Opened {
        Verdict verdict;
        std::optional<Change> change;
    };
    Result<Opened> open(const SpaceInfo &space, const QByteArray &bytes);
    // A record to apply: its place in the server's log (0: none, from a bundle), bytes, opened form.
    struct Incoming {
        qint64 seq = 0;
        QByteArray bytes;
        Opened opened;
    };
    // The one path pulled and bundled records share: the mass-delete guard over all of them,
    // then each applied or set aside.
    Status applyIncoming(const SpaceInfo &space, const QVector<Incoming> &incoming, qint64 nowMs, RoundResult &result);
    // `careful`: inside a savepoint of its own (see m_fast).
    Result<Verdict> applyOpened(const Change &change, bool careful = true);
    // Applied, already applied, or to be set aside; an error only for trouble that must stop the
    // round (disk full), which rolls the whole reply back.
    Result<Verdict> process(const SpaceInfo &space, const QByteArray &bytes);
    Status applyOne(const SpaceInfo &space, qint64 seq, const QByteArray &bytes, const Result<Verdict> &outcome,
        qint64 nowMs, RoundResult &result);
    // Records set aside that may apply now, oldest first and again while any does: those waiting
    // for a row or a device after every batch, and (`newer`) those of a newer version that no
    // version with this reader mark has tried yet, before the reply's records.
    enum class Retry { Waiting, Newer };
    Status retryWaiting(const SpaceInfo &space, RoundResult &result, Retry which = Retry::Waiting);
    // Applies a held deletion that `change` names as its prev, before `change` itself.
    Status releaseSucceeded(const SpaceInfo &space, const Change &change);
    // Drops held mass deletions that a newer edit of the row's `deleted` has overtaken.
    Status settleOvertaken(const SpaceInfo &space);
    // Writes the merged long texts the reply's records left in m_merges as local changes.
    Status writeMerges(const QString &spaceId);
    // `seq` 0: not from the server's log (a bundle), kept once per envelope without a server_seq.
    Status quarantine(const QString &spaceId, qint64 seq, const QByteArray &bytes, QuarantineReason reason,
        const QString &detail, qint64 nowMs, RoundResult &result);

    // Looked up once per reply, not once per record: a key read is a query plus locked memory.
    Result<const SecretBytes *> epochKey(const SpaceInfo &space, quint32 epoch); // nullptr: none held
    Result<std::optional<SpaceMember>> member(const SpaceInfo &space, const QString &deviceId);

    store::Database &m_db;
    HybridLogicalClock &m_hlc;
    std::map<quint32, SecretBytes> m_keys;
    QHash<QString, std::optional<SpaceMember>> m_members;
    // Set while apply() runs: the reply's records share one derived-table refresh.
    repo::DerivedTables::Deferred m_derived;
    std::optional<ChangeApplier::Batch> m_batch;
    repo::ChangeWriter *m_writer = nullptr;
    SpaceRelay m_relay;
    bool m_relaying = false; // while applyOnce runs with a writer
    QVector<const repo::EntityDef *> m_known;
    QString m_readerMark;
    QVector<TextMerge> m_merges;
    // A savepoint per record lets one that cannot apply leave nothing behind, but SQLCipher
    // encrypts every page a savepoint first touches into its journal: most of applying a pull.
    // So a reply's records go first without them (m_fast); if one fails, the whole reply is
    // rolled back and applied again with them. Records retried from the quarantine, which often
    // still cannot apply, always get theirs.
    bool m_fast = false;
    bool m_needsCare = false;
};

} // namespace lintas::sync
