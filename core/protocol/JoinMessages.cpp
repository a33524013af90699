#include "protocol/JoinMessages.h"

#include "protocol/CborFields.h"

#include <QCborArray>
#include <QCborMap>
#include <QtEndian>

namespace lintas::protocol {

namespace {

constexpr int IdBytes = 16;
constexpr int KeyBytes = 32;

Result<QString> optionalText(const CborFields &f, int key)
{
    const QCborValue v = f.map().value(key);
    if (v.isUndefined())
        return QString();
    if (!v.isString())
        return f.error(QStringLiteral("key %1 is not text").arg(key));
    return v.toString();
}

QCborMap deviceMap(const JoinDevice &d)
{
    QCborMap m;
    m.insert(1, d.deviceId);
    m.insert(2, d.signKey);
    m.insert(3, d.boxKey);
    m.insert(4, d.label);
    return m;
}

Result<JoinDevice> readDevice(const QCborValue &v, const char *what)
{
    LINTAS_TRY_ASSIGN(const CborFields f, CborFields::parse(v.toCbor(), what));
    JoinDevice d;
    LINTAS_TRY_ASSIGN(d.deviceId, f.bytes(1, true, IdBytes));
    LINTAS_TRY_ASSIGN(d.signKey, f.bytes(2, true, KeyBytes));
    LINTAS_TRY_ASSIGN(d.boxKey, f.bytes(3, true, KeyBytes));
    LINTAS_TRY_ASSIGN(d.label, optionalText(f, 4));
    if (d.label.size() > 200)
        return f.error(QStringLiteral("label too long"));
    return d;
}

QCborArray wrapArray(const QVector<WrappedKey> &wraps)
{
    QCborArray a;
    for (const WrappedKey &w : wraps) {
        QCborMap m;
        m.insert(1, qint64(w.epoch));
        m.insert(2, w.encodeBlob());
        a.append(m);
    }
    return a;
}

Result<QVector<WrappedKey>> readWraps(const QCborArray &a)
{
    QVector<WrappedKey> out;
    for (const QCborValue v : a) {
        LINTAS_TRY_ASSIGN(const CborFields f, CborFields::parse(v.toCbor(), "wrapped key"));
        LINTAS_TRY_ASSIGN(const qint64 epoch, f.integer(1, true, 1));
        LINTAS_TRY_ASSIGN(const QByteArray blob, f.bytes(2, true));
        LINTAS_TRY_ASSIGN(WrappedKey w, WrappedKey::decodeBlob(static_cast<quint32>(epoch), blob));
        out.push_back(w);
    }
    return out;
}

Result<QVector<QByteArray>> readByteList(const CborFields &f, int key)
{
    LINTAS_TRY_ASSIGN(const QCborArray a, f.array(key, false));
    QVector<QByteArray> out;
    for (const QCborValue v : a) {
        if (!v.isByteArray())
            return f.error(QStringLiteral("key %1 holds something other than bytes").arg(key));
        out.push_back(v.toByteArray());
    }
    return out;
}

QCborArray byteList(const QVector<QByteArray> &list)
{
    QCborArray a;
    for (const QByteArray &b : list)
        a.append(b);
    return a;
}

QByteArray be(qint64 v)
{
    QByteArray out(8, Qt::Uninitialized);
    qToBigEndian(v, out.data());
    return out;
}

} // namespace

QByteArray JoinDevice::deviceMessage(const QByteArray &inviteId) const
{
    QCborMap m = deviceMap(*this);
    m.insert(5, inviteId);
    return toCbor(m);
}

QByteArray JoinRequest::proofLabel()
{
    return QByteArrayLiteral("lintas join proof v1");
}

QByteArray JoinRequest::joinerMacLabel()
{
    return QByteArrayLiteral("lintas joiner keys v1");
}

QByteArray JoinRequest::encode() const
{
    QCborMap m;
    m.insert(1, inviteId);
    m.insert(2, deviceMap(device));
    m.insert(3, proof);
    m.insert(4, joinerMac);
    if (!genesis.isEmpty())
        m.insert(5, genesis);
    return toCbor(m);
}

Result<JoinRequest> JoinRequest::decode(const QByteArray &bytes)
{
    LINTAS_TRY_ASSIGN(const CborFields f, CborFields::parse(bytes, "join request"));
    JoinRequest r;
    LINTAS_TRY_ASSIGN(r.inviteId, f.bytes(1, true, IdBytes));
    LINTAS_TRY_ASSIGN(r.device, readDevice(f.map().value(2), "join request device"));
    LINTAS_TRY_ASSIGN(r.proof, f.bytes(3, true, 64));
    LINTAS_TRY_ASSIGN(r.joinerMac, f.bytes(4, true, 32));
    LINTAS_TRY_ASSIGN(r.genesis, f.bytes(5, false));
    return r;
}

QByteArray JoinReply::encode() const
{
    QCborMap m;
    m.insert(1, spaceId);
    m.insert(2, spaceName);
    m.insert(3, role);
    m.insert(4, member ? 1 : 0);
    m.insert(5, serverTime);
    return toCbor(m);
}

Result<JoinReply> JoinReply::decode(const QByteArray &bytes)
{
    LINTAS_TRY_ASSIGN(const CborFields f, CborFields::parse(bytes, "join reply"));
    JoinReply r;
    LINTAS_TRY_ASSIGN(r.spaceId, f.bytes(1, true, IdBytes));
    LINTAS_TRY_ASSIGN(r.spaceName, optionalText(f, 2));
    LINTAS_TRY_ASSIGN(r.role, optionalText(f, 3));
    LINTAS_TRY_ASSIGN(const qint64 member, f.integer(4, false));
    r.member = member != 0;
    LINTAS_TRY_ASSIGN(r.serverTime, f.integer(5, false));
    return r;
}

QByteArray WrappedKey::welcomeLabel()
{
    return QByteArrayLiteral("lintas welcome v1");
}

QByteArray WrappedKey::welcomeMessage(const QByteArray &spaceId, const QByteArray &deviceId) const
{
    return spaceId + deviceId + be(epoch) + be(headIndex) + headHash + sealed;
}

QByteArray WrappedKey::encodeBlob() const
{
    QCborMap m;
    m.insert(1, sealed);
    m.insert(2, headIndex);
    m.insert(3, headHash);
    m.insert(4, welcomeMac);
    return toCbor(m);
}

Result<WrappedKey> WrappedKey::decodeBlob(quint32 epoch, const QByteArray &blob)
{
    LINTAS_TRY_ASSIGN(const CborFields f, CborFields::parse(blob, "wrapped key"));
    WrappedKey w;
    w.epoch = epoch;
    LINTAS_TRY_ASSIGN(w.sealed, f.bytes(1, true, KeyBytes + 48));
    LINTAS_TRY_ASSIGN(w.headIndex, f.integer(2, false));
    LINTAS_TRY_ASSIGN(w.headHash, f.bytes(3, false));
    LINTAS_TRY_ASSIGN(w.welcomeMac, f.bytes(4, false));
    return w;
}

QByteArray SpaceRequest::encode() const
{
    QCborMap m;
    m.insert(1, spaceId);
    if (after)
        m.insert(2, after);
    if (!entry.isEmpty())
        m.insert(3, entry);
    if (!inviteId.isEmpty())
        m.insert(4, inviteId);
    if (!verifyKey.isEmpty())
        m.insert(5, verifyKey);
    if (expiresAt)
        m.insert(6, expiresAt);
    if (!inviteIds.isEmpty())
        m.insert(7, byteList(inviteIds));
    if (!deviceId.isEmpty())
        m.insert(8, deviceId);
    if (!wraps.isEmpty())
        m.insert(9, wrapArray(wraps));
    if (!newSpaceId.isEmpty())
        m.insert(10, newSpaceId);
    if (!name.isEmpty())
        m.insert(11, name);
    return toCbor(m);
}

Result<SpaceRequest> SpaceRequest::decode(const QByteArray &bytes)
{
    LINTAS_TRY_ASSIGN(const CborFields f, CborFields::parse(bytes, "space request"));
    SpaceRequest r;
    LINTAS_TRY_ASSIGN(r.spaceId, f.bytes(1, true, IdBytes));
    LINTAS_TRY_ASSIGN(r.after, f.integer(2, false));
    LINTAS_TRY_ASSIGN(r.entry, f.bytes(3, false));
    LINTAS_TRY_ASSIGN(r.inviteId, f.bytes(4, false));
    LINTAS_TRY_ASSIGN(r.verifyKey, f.bytes(5, false));
    LINTAS_TRY_ASSIGN(r.expiresAt, f.integer(6, false));
    LINTAS_TRY_ASSIGN(r.inviteIds, readByteList(f, 7));
    LINTAS_TRY_ASSIGN(r.deviceId, f.bytes(8, false));
    LINTAS_TRY_ASSIGN(const QCborArray wraps, f.array(9, false));
    LINTAS_TRY_ASSIGN(r.wraps, readWraps(wraps));
    LINTAS_TRY_ASSIGN(r.newSpaceId, f.bytes(10, false, IdBytes));
    LINTAS_TRY_ASSIGN(r.name, optionalText(f, 11));
    if (r.inviteIds.size() > 100 || r.wraps.size() > 1000)
        return f.error(QStringLiteral("too many items"));
    return r;
}

QByteArray SpaceReply::encode() const
{
    QCborMap m;
    m.insert(1, byteList(entries));
    QCborArray joinerList;
    for (const PendingJoiner &j : joiners) {
        QCborMap jm;
        jm.insert(1, j.inviteId);
        jm.insert(2, deviceMap(j.device));
        jm.insert(3, j.joinerMac);
        joinerList.append(jm);
    }
    m.insert(2, joinerList);
    m.insert(3, wrapArray(wraps));
    m.insert(4, serverTime);
    return toCbor(m);
}

Result<SpaceReply> SpaceReply::decode(const QByteArray &bytes)
{
    LINTAS_TRY_ASSIGN(const CborFields f, CborFields::parse(bytes, "space reply"));
    SpaceReply r;
    LINTAS_TRY_ASSIGN(r.entries, readByteList(f, 1));
    LINTAS_TRY_ASSIGN(const QCborArray joiners, f.array(2, false));
    for (const QCborValue v : joiners) {
        LINTAS_TRY_ASSIGN(const CborFields jf, CborFields::parse(v.toCbor(), "pending joiner"));
        PendingJoiner j;
        LINTAS_TRY_ASSIGN(j.inviteId, jf.bytes(1, true, IdBytes));
        LINTAS_TRY_ASSIGN(j.device, readDevice(jf.map().value(2), "pending joiner device"));
        LINTAS_TRY_ASSIGN(j.joinerMac, jf.bytes(3, true));
        r.joiners.push_back(j);
    }
    LINTAS_TRY_ASSIGN(const QCborArray wraps, f.array(3, false));
    LINTAS_TRY_ASSIGN(r.wraps, readWraps(wraps));
    LINTAS_TRY_ASSIGN(r.serverTime, f.integer(4, false));
    return r;
}

} // namespace lintas::protocol
