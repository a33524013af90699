#include "protocol/SyncMessages.h"

#include "protocol/CborFields.h"
#include "protocol/LogChain.h"

#include <QCborArray>

namespace lintas::protocol {

namespace {

constexpr int IdBytes = 16;

// Keys are small integers: one byte each on the wire, and a newer peer's extra keys are ignored.
enum RequestKey {
    RqSpace = 1,
    RqGeneration = 2,
    RqSeq = 3,
    RqChain = 4,
    RqPush = 5,
    RqPullBytes = 6,
    RqMembership = 7
};
enum ReplyKey {
    RpTime = 1,
    RpStatus = 2,
    RpAcks = 3,
    RpRecords = 4,
    RpHead = 5,
    RpGeneration = 6,
    RpChain = 7,
    RpToken = 8,
    RpTokenExpires = 9,
    RpFlags = 10,
    RpMembership = 11,
};

void insertIfSet(QCborMap &m, int key, const QByteArray &value)
{
    if (!value.isEmpty())
        m.insert(key, value);
}

void insertIfSet(QCborMap &m, int key, qint64 value)
{
    if (value != 0)
        m.insert(key, value);
}

Result<QVector<QByteArray>> byteStrings(const CborFields &f, int key)
{
    LINTAS_TRY_ASSIGN(const QCborArray a, f.array(key, false));
    QVector<QByteArray> out;
    out.reserve(a.size());
    for (const QCborValue &v : a) {
        if (!v.isByteArray())
            return f.error(QStringLiteral("key %1 holds a non-bytes item").arg(key));
        out.push_back(v.toByteArray());
    }
    return out;
}

QCborArray toArray(const QVector<QByteArray> &items)
{
    QCborArray a;
    for (const QByteArray &b : items)
        a.append(b);
    return a;
}

} // namespace

QByteArray SyncRequest::encode() const
{
    QCborMap m;
    m.insert(RqSpace, spaceId);
    insertIfSet(m, RqGeneration, cursor.generation);
    insertIfSet(m, RqSeq, cursor.seq);
    insertIfSet(m, RqChain, cursor.chain);
    if (!push.isEmpty())
        m.insert(RqPush, toArray(push));
    insertIfSet(m, RqPullBytes, pullBytes);
    insertIfSet(m, RqMembership, membershipIndex);
    return toCbor(m);
}

Result<SyncRequest> SyncRequest::decode(const QByteArray &bytes)
{
    LINTAS_TRY_ASSIGN(const CborFields f, CborFields::parse(bytes, "sync request"));
    SyncRequest r;
    LINTAS_TRY_ASSIGN(r.spaceId, f.bytes(RqSpace, true, IdBytes));
    LINTAS_TRY_ASSIGN(r.cursor.generation, f.bytes(RqGeneration, false));
    LINTAS_TRY_ASSIGN(r.cursor.seq, f.integer(RqSeq, false));
    LINTAS_TRY_ASSIGN(r.cursor.chain, f.bytes(RqChain, false));
    if (r.cursor.chain.isEmpty())
        r.cursor.chain = LogChain::genesis();
    else if (r.cursor.chain.size() != LogChain::Bytes)
        return f.error(QStringLiteral("cursor chain size"));
    LINTAS_TRY_ASSIGN(r.push, byteStrings(f, RqPush));
    LINTAS_TRY_ASSIGN(r.pullBytes, f.integer(RqPullBytes, false));
    LINTAS_TRY_ASSIGN(r.membershipIndex, f.integer(RqMembership, false));
    return r;
}

QByteArray SyncReply::encode() const
{
    QCborMap m;
    m.insert(RpTime, serverTime);
    insertIfSet(m, RpStatus, static_cast<qint64>(status));
    if (!acks.isEmpty()) {
        QCborArray a;
        for (const Ack &ack : acks)
            a.append(QCborArray {static_cast<qint64>(ack.status), ack.seq});
        m.insert(RpAcks, a);
    }
    if (!records.isEmpty())
        m.insert(RpRecords, toArray(records));
    m.insert(RpHead, headSeq);
    insertIfSet(m, RpGeneration, generation);
    insertIfSet(m, RpChain, chain);
    insertIfSet(m, RpToken, token);
    insertIfSet(m, RpTokenExpires, tokenExpiresAt);
    insertIfSet(m, RpFlags, static_cast<qint64>(deviceFlags));
    insertIfSet(m, RpMembership, membershipHead);
    return toCbor(m);
}

Result<SyncReply> SyncReply::decode(const QByteArray &bytes)
{
    LINTAS_TRY_ASSIGN(const CborFields f, CborFields::parse(bytes, "sync reply"));
    SyncReply r;
    LINTAS_TRY_ASSIGN(r.serverTime, f.integer(RpTime, true));
    LINTAS_TRY_ASSIGN(const qint64 status, f.integer(RpStatus, false));
    if (status > static_cast<qint64>(SyncStatus::Resync))
        return f.error(QStringLiteral("unknown status %1").arg(status));
    r.status = static_cast<SyncStatus>(status);
    LINTAS_TRY_ASSIGN(const QCborArray acks, f.array(RpAcks, false));
    for (const QCborValue &v : acks) {
        const QCborArray pair = v.toArray();
        if (!v.isArray() || pair.size() != 2 || !pair.at(0).isInteger() || !pair.at(1).isInteger()
            || pair.at(0).toInteger() < 0 || pair.at(0).toInteger() > static_cast<qint64>(AckStatus::Rejected))
            return f.error(QStringLiteral("bad ack"));
        r.acks.push_back({static_cast<AckStatus>(pair.at(0).toInteger()), pair.at(1).toInteger()});
    }
    LINTAS_TRY_ASSIGN(r.records, byteStrings(f, RpRecords));
    LINTAS_TRY_ASSIGN(r.headSeq, f.integer(RpHead, true));
    LINTAS_TRY_ASSIGN(r.generation, f.bytes(RpGeneration, false));
    LINTAS_TRY_ASSIGN(r.chain, f.bytes(RpChain, false));
    if (!r.records.isEmpty() && r.chain.size() != LogChain::Bytes)
        return f.error(QStringLiteral("records without a chain"));
    LINTAS_TRY_ASSIGN(r.token, f.bytes(RpToken, false));
    LINTAS_TRY_ASSIGN(r.tokenExpiresAt, f.integer(RpTokenExpires, false));
    LINTAS_TRY_ASSIGN(const qint64 flags, f.integer(RpFlags, false));
    r.deviceFlags = static_cast<quint32>(flags);
    LINTAS_TRY_ASSIGN(r.membershipHead, f.integer(RpMembership, false));
    return r;
}

QByteArray ChallengeRequest::encode() const
{
    QCborMap m;
    m.insert(1, deviceId);
    return toCbor(m);
}

Result<ChallengeRequest> ChallengeRequest::decode(const QByteArray &bytes)
{
    LINTAS_TRY_ASSIGN(const CborFields f, CborFields::parse(bytes, "challenge request"));
    ChallengeRequest r;
    LINTAS_TRY_ASSIGN(r.deviceId, f.bytes(1, true, IdBytes));
    return r;
}

QByteArray ChallengeReply::encode() const
{
    QCborMap m;
    m.insert(1, challenge);
    m.insert(2, serverTime);
    return toCbor(m);
}

Result<ChallengeReply> ChallengeReply::decode(const QByteArray &bytes)
{
    LINTAS_TRY_ASSIGN(const CborFields f, CborFields::parse(bytes, "challenge reply"));
    ChallengeReply r;
    LINTAS_TRY_ASSIGN(r.challenge, f.bytes(1, true));
    LINTAS_TRY_ASSIGN(r.serverTime, f.integer(2, true));
    return r;
}

QByteArray TokenRequest::encode() const
{
    QCborMap m;
    m.insert(1, deviceId);
    m.insert(2, challenge);
    m.insert(3, signature);
    return toCbor(m);
}

Result<TokenRequest> TokenRequest::decode(const QByteArray &bytes)
{
    LINTAS_TRY_ASSIGN(const CborFields f, CborFields::parse(bytes, "token request"));
    TokenRequest r;
    LINTAS_TRY_ASSIGN(r.deviceId, f.bytes(1, true, IdBytes));
    LINTAS_TRY_ASSIGN(r.challenge, f.bytes(2, true));
    LINTAS_TRY_ASSIGN(r.signature, f.bytes(3, true, 64));
    return r;
}

QByteArray TokenRequest::signedMessage(const QByteArray &challenge, const QByteArray &deviceId)
{
    return QByteArrayLiteral("lintas-auth-v1") + challenge + deviceId;
}

QByteArray TokenReply::encode() const
{
    QCborMap m;
    m.insert(1, token);
    m.insert(2, expiresAt);
    m.insert(3, serverTime);
    return toCbor(m);
}

Result<TokenReply> TokenReply::decode(const QByteArray &bytes)
{
    LINTAS_TRY_ASSIGN(const CborFields f, CborFields::parse(bytes, "token reply"));
    TokenReply r;
    LINTAS_TRY_ASSIGN(r.token, f.bytes(1, true));
    LINTAS_TRY_ASSIGN(r.expiresAt, f.integer(2, true));
    LINTAS_TRY_ASSIGN(r.serverTime, f.integer(3, true));
    return r;
}

} // namespace lintas::protocol
