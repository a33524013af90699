#include "protocol/SyncMessages.h"

#include "protocol/CborFields.h"
#include "protocol/LogChain.h"

#include <QCborArray>
#include <QCborStreamWriter>

#include <algorithm>

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

// Sync messages are written straight to their bytes. Building a QCborMap first copied every
// record into the container and then out again: 1.7 ms for a reply of 900 records of 250 B, more
// than the store's part of a pull (bench/ProtocolBench.cpp). The bytes are the same as that map's
// (integer keys in this order, definite lengths, shortest integers): older peers read them as before.
class MapWriter {
public:
    MapWriter(QByteArray &out, qsizetype entries) : m_writer(&out) { m_writer.startMap(entries); }
    void bytes(int key, const QByteArray &value)
    {
        m_writer.append(qint64(key));
        m_writer.appendByteString(value.constData(), value.size());
    }
    void integer(int key, qint64 value)
    {
        m_writer.append(qint64(key));
        m_writer.append(value);
    }
    void byteStrings(int key, const QVector<QByteArray> &items)
    {
        m_writer.append(qint64(key));
        m_writer.startArray(items.size());
        for (const QByteArray &b : items)
            m_writer.appendByteString(b.constData(), b.size());
        m_writer.endArray();
    }
    QCborStreamWriter &raw() { return m_writer; }
    ~MapWriter() { m_writer.endMap(); }

private:
    QCborStreamWriter m_writer;
};

qsizetype setCount(std::initializer_list<bool> present)
{
    return std::count(present.begin(), present.end(), true);
}

qsizetype payloadSize(const QVector<QByteArray> &items)
{
    qsizetype total = 0;
    for (const QByteArray &b : items)
        total += b.size() + 9; // the item and its longest head
    return total;
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

} // namespace

QByteArray SyncRequest::encode() const
{
    QByteArray out;
    out.reserve(payloadSize(push) + 128);
    {
        MapWriter m(out,
            1
                + setCount({!cursor.generation.isEmpty(), cursor.seq != 0, !cursor.chain.isEmpty(), !push.isEmpty(),
                    pullBytes != 0, membershipIndex != 0}));
        m.bytes(RqSpace, spaceId);
        if (!cursor.generation.isEmpty())
            m.bytes(RqGeneration, cursor.generation);
        if (cursor.seq != 0)
            m.integer(RqSeq, cursor.seq);
        if (!cursor.chain.isEmpty())
            m.bytes(RqChain, cursor.chain);
        if (!push.isEmpty())
            m.byteStrings(RqPush, push);
        if (pullBytes != 0)
            m.integer(RqPullBytes, pullBytes);
        if (membershipIndex != 0)
            m.integer(RqMembership, membershipIndex);
    }
    return out;
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
    QByteArray out;
    out.reserve(payloadSize(records) + 20 * acks.size() + 256);
    {
        MapWriter m(out,
            2
                + setCount({status != SyncStatus::Ok, !acks.isEmpty(), !records.isEmpty(), !generation.isEmpty(),
                    !chain.isEmpty(), !token.isEmpty(), tokenExpiresAt != 0, deviceFlags != 0, membershipHead != 0}));
        m.integer(RpTime, serverTime);
        if (status != SyncStatus::Ok)
            m.integer(RpStatus, static_cast<qint64>(status));
        if (!acks.isEmpty()) {
            QCborStreamWriter &w = m.raw();
            w.append(qint64(RpAcks));
            w.startArray(acks.size());
            for (const Ack &ack : acks) {
                w.startArray(2);
                w.append(static_cast<qint64>(ack.status));
                w.append(ack.seq);
                w.endArray();
            }
            w.endArray();
        }
        if (!records.isEmpty())
            m.byteStrings(RpRecords, records);
        m.integer(RpHead, headSeq);
        if (!generation.isEmpty())
            m.bytes(RpGeneration, generation);
        if (!chain.isEmpty())
            m.bytes(RpChain, chain);
        if (!token.isEmpty())
            m.bytes(RpToken, token);
        if (tokenExpiresAt != 0)
            m.integer(RpTokenExpires, tokenExpiresAt);
        if (deviceFlags != 0)
            m.integer(RpFlags, static_cast<qint64>(deviceFlags));
        if (membershipHead != 0)
            m.integer(RpMembership, membershipHead);
    }
    return out;
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
            || pair.at(0).toInteger() < 0 || pair.at(0).toInteger() > static_cast<qint64>(AckStatus::Later))
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
