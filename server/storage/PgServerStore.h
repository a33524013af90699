#pragma once

#include "storage/PgConnection.h"
#include "storage/ServerStore.h"

#include <QHash>

#include <memory>
#include <utility>

namespace lintas::server {

// ServerStore in a PostgreSQL database over one libpq connection. An append locks its space's
// row (SELECT … FOR UPDATE) before it numbers records, so several lintas-server processes on one
// database hand out sequence numbers that become visible in commit order, without gaps.
class PgServerStore final : public ServerStore {
public:
    ~PgServerStore() override;
    // Connects to `url` (postgresql://user@host:port/db?…). Call migrate() next.
    static Result<std::unique_ptr<PgServerStore>> open(const QString &url);

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
    explicit PgServerStore(std::unique_ptr<pg::Connection> conn);
    // Runs `work` in a transaction (a savepoint when nested); commits when it succeeds.
    template<typename Work> auto atomically(Work &&work) -> decltype(work());
    // The records of `items` the space's log holds already: change id → (seq, envelope).
    Result<QHash<QByteArray, std::pair<qint64, QByteArray>>> storedChanges(
        const QByteArray &spaceId, const QVector<PushItem> &items);
    // Inserts items[rows[k]] at seqOf/chainOf[rows[k]] in one statement.
    Status insertRecords(const QByteArray &spaceId, const QByteArray &deviceId, const QVector<PushItem> &items,
        const QVector<int> &rows, const QVector<qint64> &seqOf, const QVector<QByteArray> &chainOf, qint64 nowMs);
    // Checks the space exists; with `lock`, holds its row (the log counter) until the transaction ends.
    Status requireSpace(const QByteArray &spaceId, bool lock = false);

    std::unique_ptr<pg::Connection> m_db;
};

template<typename Work> auto PgServerStore::atomically(Work &&work) -> decltype(work())
{
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
