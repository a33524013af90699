#pragma once

#include "base/Error.h"
#include "storage/ServerStore.h"
#include "support/QtPrinters.h"
#include "support/TempDir.h"
#include "support/TestPostgres.h"

#include <catch2/catch.hpp>

#include <QByteArray>

// Helpers for the ServerStore conformance suite: every case is written against ServerStore&
// and runs on the backend TestPostgres::wanted() selects.
namespace lintas::test::storage {

// A 16-byte id that reads as `tag` and `n` in a hex dump: distinct for distinct (tag, n).
inline QByteArray id(char tag, int n)
{
    QByteArray out(16, tag);
    out[12] = static_cast<char>((n >> 24) & 0xff);
    out[13] = static_cast<char>((n >> 16) & 0xff);
    out[14] = static_cast<char>((n >> 8) & 0xff);
    out[15] = static_cast<char>(n & 0xff);
    return out;
}

inline QByteArray spaceId(int n)
{
    return id('S', n);
}
inline QByteArray deviceId(int n)
{
    return id('D', n);
}
inline QByteArray changeId(int n)
{
    return id('C', n);
}

// An envelope of `size` bytes (at least 8) that differs for every n, zero bytes included.
inline QByteArray envelope(int n, int size = 40)
{
    QByteArray out(qMax(size, 8), '\0');
    for (int i = 0; i < out.size(); ++i)
        out[i] = static_cast<char>((n * 31 + i * 7) & 0xff);
    out[0] = static_cast<char>(n & 0xff);
    out[1] = static_cast<char>((n >> 8) & 0xff);
    return out;
}

inline server::PushItem item(int n, qint64 deviceSeq, int size = 40)
{
    server::PushItem it;
    it.changeId = changeId(n);
    it.deviceSeq = deviceSeq;
    it.hlc = (quint64(1) << 63) + quint64(n); // top bit set: unsigned values survive storage
    it.epoch = 1;
    it.envelope = envelope(n, size);
    return it;
}

inline server::DeviceRecord deviceRecord(int n)
{
    server::DeviceRecord d;
    d.deviceId = deviceId(n);
    d.signKey = QByteArray(32, static_cast<char>(0x10 + n));
    d.boxKey = QByteArray(32, static_cast<char>(0x20 + n));
    d.label = QStringLiteral("Laptop %1, LBH Lampung").arg(n);
    d.createdAt = 1'700'000'000'000 + n;
    return d;
}

inline std::unique_ptr<server::ServerStore> openFresh(TempDir &dir)
{
    auto store = openTestStore(dir);
    INFO("backend " << testBackendName().toStdString());
    if (!store.ok())
        FAIL_CHECK(store.error().detail.toStdString());
    REQUIRE(store.ok());
    return std::move(store).value();
}

inline std::unique_ptr<server::ServerStore> openAt(const StoreLocation &where)
{
    auto store = openStoreAt(where);
    if (!store.ok())
        FAIL_CHECK(store.error().detail.toStdString());
    REQUIRE(store.ok());
    return std::move(store).value();
}

inline StoreLocation freshLocation(TempDir &dir)
{
    auto where = freshStoreLocation(dir);
    if (!where.ok())
        FAIL_CHECK(where.error().detail.toStdString());
    REQUIRE(where.ok());
    return where.value();
}

// A space with records 1..count appended by `device` (one per change 1..count).
inline void appendRecords(server::ServerStore &store, const QByteArray &space, const QByteArray &device, int first,
    int count, qint64 firstDeviceSeq = 1, int size = 40)
{
    QVector<server::PushItem> items;
    for (int i = 0; i < count; ++i)
        items.append(item(first + i, firstDeviceSeq + i, size));
    auto acks = store.append(space, device, items, 1'700'000'000'000);
    REQUIRE(acks.ok());
    REQUIRE(acks->size() == count);
}

inline std::string codeName(ErrorCode code)
{
    return errorCodeName(code).toStdString();
}

} // namespace lintas::test::storage
