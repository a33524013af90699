#include "protocol/Membership.h"

#include "crypto/DeviceKeys.h"
#include "crypto/Sodium.h"
#include "protocol/CborFields.h"

#include <QCborMap>

#include <algorithm>

#include <sodium.h>

namespace lintas::protocol {

namespace {

constexpr int Version = 1;
enum Key {
    KVersion = 1,
    KSpace,
    KIndex,
    KPrevious,
    KOp,
    KDevice,
    KSignKey,
    KBoxKey,
    KLabel,
    KRole,
    KEpoch,
    KSigner,
    KSignature,
    KKeyCommit,
    KLastSeq
};

const QByteArray &signatureLabel()
{
    static const QByteArray label = QByteArrayLiteral("lintas membership entry v1");
    return label;
}

bool hasDevice(MembershipOp op)
{
    return op != MembershipOp::RotateEpoch;
}

QCborMap entryMap(const MembershipEntryData &e, bool withSignature)
{
    QCborMap m;
    m.insert(KVersion, Version);
    m.insert(KSpace, e.spaceId);
    m.insert(KIndex, e.index);
    m.insert(KPrevious, e.previousHash);
    m.insert(KOp, static_cast<int>(e.op));
    if (hasDevice(e.op))
        m.insert(KDevice, e.deviceId);
    if (e.op == MembershipOp::AddDevice) {
        m.insert(KSignKey, e.signKey);
        m.insert(KBoxKey, e.boxKey);
        m.insert(KLabel, e.label);
        m.insert(KRole, e.role);
    }
    if (e.op == MembershipOp::RotateEpoch)
        m.insert(KEpoch, qint64(e.epoch));
    m.insert(KSigner, e.signer);
    if (withSignature)
        m.insert(KSignature, e.signature);
    if (e.op == MembershipOp::RotateEpoch)
        m.insert(KKeyCommit, e.keyCommit);
    if (e.op == MembershipOp::RemoveDevice)
        m.insert(KLastSeq, e.lastSeq);
    return m;
}

Result<QString> text(const CborFields &f, int key)
{
    const QCborValue v = f.map().value(key);
    if (!v.isString())
        return f.error(QStringLiteral("key %1 is not text").arg(key));
    return v.toString();
}

} // namespace

QByteArray MembershipEntryData::signedBytes() const
{
    return signatureLabel() + '\0' + toCbor(entryMap(*this, false));
}

void MembershipEntryData::sign(const crypto::SigningKey &key)
{
    signature = key.sign(signedBytes());
}

QByteArray MembershipEntryData::encode() const
{
    return toCbor(entryMap(*this, true));
}

QByteArray MembershipEntryData::hashOf(const QByteArray &encoded)
{
    crypto::ensureSodium();
    QByteArray h(HashBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(h.data()), HashBytes,
        reinterpret_cast<const unsigned char *>(encoded.constData()), static_cast<unsigned long long>(encoded.size()),
        nullptr, 0);
    return h;
}

Result<MembershipEntryData> MembershipEntryData::decode(const QByteArray &bytes)
{
    LINTAS_TRY_ASSIGN(const CborFields f, CborFields::parse(bytes, "membership entry"));
    LINTAS_TRY_ASSIGN(const qint64 version, f.integer(KVersion, true));
    if (version != Version)
        return f.error(QStringLiteral("unknown version %1").arg(version));
    MembershipEntryData e;
    LINTAS_TRY_ASSIGN(e.spaceId, f.bytes(KSpace, true, IdBytes));
    LINTAS_TRY_ASSIGN(e.index, f.integer(KIndex, true, 1));
    LINTAS_TRY_ASSIGN(e.previousHash, f.bytes(KPrevious, true, HashBytes));
    LINTAS_TRY_ASSIGN(const qint64 op, f.integer(KOp, true, 1));
    if (op > static_cast<qint64>(MembershipOp::RotateEpoch))
        return f.error(QStringLiteral("unknown op %1").arg(op));
    e.op = static_cast<MembershipOp>(op);
    if (hasDevice(e.op)) {
        LINTAS_TRY_ASSIGN(e.deviceId, f.bytes(KDevice, true, IdBytes));
    }
    if (e.op == MembershipOp::AddDevice) {
        LINTAS_TRY_ASSIGN(e.signKey, f.bytes(KSignKey, true, crypto::SigningKey::PublicBytes));
        LINTAS_TRY_ASSIGN(e.boxKey, f.bytes(KBoxKey, true, crypto::BoxKey::PublicBytes));
        LINTAS_TRY_ASSIGN(e.label, text(f, KLabel));
        LINTAS_TRY_ASSIGN(e.role, text(f, KRole));
        if (e.role != QLatin1String("member") && e.role != QLatin1String("admin"))
            return f.error(QStringLiteral("unknown role"));
    }
    if (e.op == MembershipOp::RotateEpoch) {
        LINTAS_TRY_ASSIGN(const qint64 epoch, f.integer(KEpoch, true, 2));
        if (epoch > 0xffffffffLL)
            return f.error(QStringLiteral("epoch out of range"));
        e.epoch = static_cast<quint32>(epoch);
        LINTAS_TRY_ASSIGN(e.keyCommit, f.bytes(KKeyCommit, true, HashBytes));
    }
    if (e.op == MembershipOp::RemoveDevice) {
        LINTAS_TRY_ASSIGN(e.lastSeq, f.integer(KLastSeq, true, 0));
    }
    LINTAS_TRY_ASSIGN(e.signer, f.bytes(KSigner, true, IdBytes));
    LINTAS_TRY_ASSIGN(e.signature, f.bytes(KSignature, true, crypto::SigningKey::SignatureBytes));
    // One encoding only: extra keys, another key order or non-minimal integers would let the
    // same signed entry travel as different bytes with a different hash.
    if (e.encode() != bytes)
        return f.error(QStringLiteral("not in canonical form"));
    return e;
}

QByteArray epochKeyCommit(const QByteArray &spaceId, quint32 epoch, const SecretBytes &key)
{
    crypto::ensureSodium();
    QByteArray message = QByteArrayLiteral("lintas epoch key v1") + '\0' + spaceId;
    for (int shift = 24; shift >= 0; shift -= 8)
        message.append(static_cast<char>((epoch >> shift) & 0xff));
    QByteArray h(MembershipEntryData::HashBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(h.data()), static_cast<size_t>(h.size()),
        reinterpret_cast<const unsigned char *>(message.constData()), static_cast<unsigned long long>(message.size()),
        key.data(), key.size());
    return h;
}

bool MemberSet::isAdmin(const QByteArray &deviceId) const
{
    const auto it = members.constFind(deviceId);
    return it != members.cend() && !it->removed && it->role == QLatin1String("admin");
}

bool MemberSet::isActive(const QByteArray &deviceId) const
{
    const auto it = members.constFind(deviceId);
    return it != members.cend() && !it->removed;
}

MembershipLog::MembershipLog(QByteArray spaceId)
{
    m_state.spaceId = std::move(spaceId);
    m_state.headHash = MembershipEntryData::zeroHash();
}

Error MembershipLog::bad(qint64 index, const QString &why) const
{
    return makeError(ErrorCode::Crypto, QStringLiteral("membership entry %1: %2").arg(index).arg(why));
}

Status MembershipLog::append(const QByteArray &encoded)
{
    const qint64 expected = m_state.headIndex + 1;
    const auto decoded = MembershipEntryData::decode(encoded);
    if (!decoded)
        return bad(expected, decoded.error().detail);
    const MembershipEntryData &e = *decoded;
    if (e.spaceId != m_state.spaceId)
        return bad(expected, QStringLiteral("belongs to another space"));
    if (e.index != expected)
        return bad(expected, QStringLiteral("index gap: found index %1").arg(e.index));
    if (e.previousHash != m_state.headHash)
        return bad(expected, QStringLiteral("broken chain: previous hash does not match"));

    QByteArray signerKey;
    if (e.index == 1) {
        // Genesis: the organisation's first admin adds itself. Who may do that is decided
        // outside the log: the server by the admin invite, joiners by the welcome MAC.
        if (e.op != MembershipOp::AddDevice || e.role != QLatin1String("admin") || e.signer != e.deviceId)
            return bad(expected, QStringLiteral("genesis must be a self-signed add of an admin device"));
        signerKey = e.signKey;
    } else {
        if (!m_state.isAdmin(e.signer))
            return bad(expected, QStringLiteral("signer is not an admin at this point"));
        signerKey = m_state.members.value(e.signer).signKey;
    }
    if (!crypto::SigningKey::verify(signerKey, e.signedBytes(), e.signature))
        return bad(expected, QStringLiteral("bad signature"));

    switch (e.op) {
    case MembershipOp::AddDevice:
        if (m_state.members.contains(e.deviceId))
            return bad(expected, QStringLiteral("device added twice"));
        m_state.members.insert(e.deviceId, Member {e.deviceId, e.signKey, e.boxKey, e.label, e.role, false});
        break;
    case MembershipOp::RemoveDevice:
    case MembershipOp::GrantAdmin:
        if (!m_state.isActive(e.deviceId))
            return bad(expected, QStringLiteral("names a device that is not an active member"));
        if (e.op == MembershipOp::RemoveDevice) {
            // A space with no admin left could never again add, remove or rotate.
            const bool adminLeft = std::any_of(m_state.members.cbegin(), m_state.members.cend(),
                [&](const Member &m) { return m.deviceId != e.deviceId && m_state.isAdmin(m.deviceId); });
            if (!adminLeft)
                return bad(expected, QStringLiteral("removes the last admin"));
            Member &removed = m_state.members[e.deviceId];
            removed.removed = true;
            removed.lastSeq = e.lastSeq;
        } else
            m_state.members[e.deviceId].role = QStringLiteral("admin");
        break;
    case MembershipOp::RotateEpoch:
        if (e.epoch != m_state.epoch + 1)
            return bad(expected, QStringLiteral("epoch %1 does not follow %2").arg(e.epoch).arg(m_state.epoch));
        m_state.epoch = e.epoch;
        m_state.keyCommits.insert(e.epoch, e.keyCommit);
        break;
    }
    m_state.headIndex = e.index;
    m_state.headHash = MembershipEntryData::hashOf(encoded);
    m_state.hashes.push_back(m_state.headHash);
    return {};
}

Result<MemberSet> MembershipLog::verify(const QByteArray &spaceId, const QVector<QByteArray> &entries)
{
    MembershipLog log(spaceId);
    for (const QByteArray &entry : entries)
        LINTAS_TRY(log.append(entry));
    return log.m_state;
}

} // namespace lintas::protocol
