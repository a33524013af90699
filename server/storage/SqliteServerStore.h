#pragma once

#include "storage/ServerStore.h"
#include "storage/SqliteWriterLock.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <memory>

namespace lintas::server {

// ServerStore in one plain SQLite file (core's store::Database without a key): WAL, full sync.
// Writers take SQLite's write lock at BEGIN IMMEDIATE, so appends from several connections or
// processes on the same file serialise and sequence numbers stay gap-free in commit order.
// Several instances on one file (the server's workers) read side by side (WAL); their writes
// take turns on the file's SqliteWriterLock first. Every write is a transaction.
class SqliteServerStore final : public ServerStore {
public:
    static constexpr const char *FileName = "lintas-server.db";

    ~SqliteServerStore() override;
    // Creates `dataDir` (0700) when missing and opens `lintas-server.db` in it. Call migrate() next.
    static Result<std::unique_ptr<SqliteServerStore>> open(const QString &dataDir);

    Status migrate() override;
    Status inTransaction(const std::function<Status()> &work) override;

    Result<QByteArray> meta(const QString &key) override;
    Status setMeta(const QString &key, const QByteArray &value) override;
    Result<QByteArray> metaOrInit(const QString &key, const QByteArray &value) override;

    Status createSpace(const QByteArray &spaceId, const QString &name, qint64 nowMs) override;
    Result<QVector<SpaceRecord>> spaces() override;
    Result<LogHead> head(const QByteArray &spaceId) override;
    Result<QVector<PushAck>> append(
        const QByteArray &spaceId, const QByteArray &deviceId, const QVector<PushItem> &items, qint64 nowMs) override;
    Result<QVector<LogRecord>> read(
        const QByteArray &spaceId, qint64 afterSeq, int maxRecords, qint64 maxBytes) override;
    Result<QByteArray> chainAt(const QByteArray &spaceId, qint64 seq) override;
    Result<qint64> lastDeviceSeq(const QByteArray &spaceId, const QByteArray &deviceId) override;

    Status addDevice(const DeviceRecord &device) override;
    Result<DeviceRecord> device(const QByteArray &deviceId) override;
    Status addDeviceFlags(const QByteArray &deviceId, quint32 flags) override;
    Status revokeDevice(const QByteArray &deviceId, qint64 nowMs) override;

    Result<QVector<MembershipEntry>> membership(const QByteArray &spaceId, qint64 afterIndex) override;
    Status appendMembership(
        const QByteArray &spaceId, const MembershipEntry &entry, const QVector<MemberChange> &changes) override;
    Result<QString> memberRole(const QByteArray &spaceId, const QByteArray &deviceId) override;
    Result<QVector<QByteArray>> spacesOf(const QByteArray &deviceId) override;

    Status addInvite(const InviteRecord &invite) override;
    Result<InviteRecord> invite(const QByteArray &inviteId) override;
    Status useInvite(const QByteArray &inviteId, const QByteArray &deviceId, qint64 nowMs) override;

    Status putKeyWrap(const KeyWrap &wrap) override;
    Result<QVector<KeyWrap>> keyWraps(const QByteArray &spaceId, const QByteArray &deviceId) override;

private:
    SqliteServerStore(std::unique_ptr<store::Database> db, std::shared_ptr<SqliteWriterLock> writer);
    // Runs `work` in a transaction (a savepoint when nested); commits when it succeeds.
    template<typename Work> auto atomically(Work &&work) -> decltype(work());
    Result<bool> spaceExists(const QByteArray &spaceId);
    Status requireSpace(const QByteArray &spaceId);

    std::unique_ptr<store::Database> m_db;
    std::shared_ptr<SqliteWriterLock> m_writer;
};

template<typename Work> auto SqliteServerStore::atomically(Work &&work) -> decltype(work())
{
    const std::lock_guard turn(*m_writer); // released after the commit or rollback below
    auto tx = m_db->begin();
    if (!tx.ok())
        return tx.error();
    auto result = work();
    if (!result.ok())
        return result; // the Transaction rolls back as it goes out of scope
    LINTAS_TRY(tx->commit());
    return result;
}

} // namespace lintas::server
