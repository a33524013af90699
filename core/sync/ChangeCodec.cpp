#include "sync/ChangeCodec.h"

#include "protocol/CborFields.h"

#include <QCborArray>
#include <QCborMap>

namespace lintas::sync {

namespace {

enum Key {
    KEntity = 0,
    KEntityId = 1,
    KOp = 2,
    KFields = 3,
    KPrev = 4,
    KAdds = 5,
    KRemoves = 6,
    KMerges = 7,
    KCarried = 8,
    KCarriedRemoves = 9
};
enum Op { OpUpsert = 0, OpAppend = 1 };

bool isHexId(const QString &id)
{
    if (id.size() != 32)
        return false;
    for (QChar c : id)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

// Ids that are hex go as 16 bytes; anything else (a seeded directory row's readable id) as text.
QCborValue idValue(const QString &id)
{
    return isHexId(id) ? QCborValue(QByteArray::fromHex(id.toLatin1())) : QCborValue(id);
}

Result<QString> idFrom(const QCborValue &v)
{
    if (v.isByteArray() && v.toByteArray().size() == 16)
        return ChangeCodec::idText(v.toByteArray());
    if (v.isString() && !v.toString().isEmpty())
        return v.toString();
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("change: bad id"));
}

QCborValue valueOf(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QCborValue(QCborValue::Null);
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QCborValue(v.toLongLong());
    case QMetaType::Bool:
        return QCborValue(qint64(v.toBool() ? 1 : 0));
    case QMetaType::Double:
        return QCborValue(v.toDouble());
    default:
        return QCborValue(v.toString());
    }
}

Result<QVariant> variantOf(const QCborValue &v)
{
    if (v.isNull())
        return QVariant();
    if (v.isInteger())
        return QVariant(v.toInteger());
    if (v.isDouble())
        return QVariant(v.toDouble());
    if (v.isString())
        return QVariant(v.toString());
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("change: unsupported field value"));
}

Error bad(const QString &what)
{
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("change: %1").arg(what));
}

QCborMap clocksCbor(const QMap<QString, Hlc> &clocks)
{
    QCborMap m;
    for (auto it = clocks.cbegin(); it != clocks.cend(); ++it)
        m.insert(it.key(), static_cast<qint64>(it.value().raw));
    return m;
}

Result<QMap<QString, Hlc>> clocksFrom(const QCborValue &v, const QString &what)
{
    if (!v.isUndefined() && !v.isMap())
        return bad(what);
    QMap<QString, Hlc> out;
    for (const auto &[key, value] : v.toMap()) {
        if (!key.isString() || !value.isInteger() || value.toInteger() < 0)
            return bad(what + QStringLiteral(" clock"));
        out.insert(key.toString(), Hlc {static_cast<quint64>(value.toInteger())});
    }
    return out;
}

} // namespace

QByteArray ChangeCodec::idBytes(const QString &hexId)
{
    return QByteArray::fromHex(hexId.toLatin1());
}

QString ChangeCodec::idText(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

protocol::EnvelopeHeader ChangeCodec::header(const Change &change, const QByteArray &spaceId, quint32 epoch)
{
    protocol::EnvelopeHeader h;
    h.spaceId = spaceId;
    h.epoch = epoch;
    h.changeId = idBytes(change.changeId);
    h.deviceId = idBytes(change.deviceId);
    h.deviceSeq = change.deviceSeq;
    h.hlc = change.hlc.raw;
    return h;
}

QByteArray ChangeCodec::plaintext(const Change &change)
{
    QCborMap m;
    m.insert(KEntity, change.entity);
    m.insert(KEntityId, idValue(change.entityId));
    if (change.op == Change::appendOp())
        m.insert(KOp, OpAppend);
    else if (change.op.startsWith(QLatin1String("op:")))
        m.insert(KOp, change.op.mid(3).toLongLong());
    if (!change.fields.isEmpty()) {
        QCborMap f;
        for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it)
            f.insert(it.key(), valueOf(it.value()));
        m.insert(KFields, f);
    }
    if (!change.prev.isEmpty())
        m.insert(KPrev, clocksCbor(change.prev));
    if (!change.merges.isEmpty())
        m.insert(KMerges, clocksCbor(change.merges));
    if (!change.adds.isEmpty()) {
        QCborArray a;
        for (const SetAdd &add : change.adds)
            a.append(QCborArray {add.field, add.element, idValue(add.tag)});
        m.insert(KAdds, a);
    }
    if (!change.removes.isEmpty()) {
        QCborArray r;
        for (const SetRemove &rem : change.removes) {
            QCborArray tags;
            for (const QString &t : rem.tags)
                tags.append(idValue(t));
            r.append(QCborArray {rem.field, rem.element, tags});
        }
        m.insert(KRemoves, r);
    }
    if (!change.carried.isEmpty()) {
        QCborMap carried;
        for (auto it = change.carried.cbegin(); it != change.carried.cend(); ++it)
            carried.insert(
                it.key(), QCborArray {valueOf(it->value), static_cast<qint64>(it->hlc.raw), idValue(it->device)});
        m.insert(KCarried, carried);
    }
    if (!change.carriedRemoves.isEmpty()) {
        QCborArray r;
        for (const CarriedRemove &rem : change.carriedRemoves) {
            QCborArray tags;
            for (const QString &t : rem.remove.tags)
                tags.append(idValue(t));
            r.append(QCborArray {rem.remove.field, rem.remove.element, tags, static_cast<qint64>(rem.hlc.raw)});
        }
        m.insert(KCarriedRemoves, r);
    }
    return protocol::toCbor(m);
}

Result<Change> ChangeCodec::fromEnvelope(const protocol::EnvelopeHeader &header, const QByteArray &plaintext)
{
    LINTAS_TRY_ASSIGN(const protocol::CborFields f, protocol::CborFields::parse(plaintext, "change"));
    const QCborMap &m = f.map();
    Change c;
    c.changeId = idText(header.changeId);
    c.deviceId = idText(header.deviceId);
    c.deviceSeq = header.deviceSeq;
    c.hlc = Hlc {header.hlc};
    if (!m.value(KEntity).isString() || m.value(KEntity).toString().isEmpty())
        return bad(QStringLiteral("no entity"));
    c.entity = m.value(KEntity).toString();
    LINTAS_TRY_ASSIGN(c.entityId, idFrom(m.value(KEntityId)));
    LINTAS_TRY_ASSIGN(const qint64 op, f.integer(KOp, false));
    // A newer Lintas's operation: read as far as it goes, so it can wait for an upgrade.
    c.op = op == OpAppend ? Change::appendOp() : op == OpUpsert ? Change::upsertOp() : QStringLiteral("op:%1").arg(op);
    const QCborValue fields = m.value(KFields);
    if (!fields.isUndefined() && !fields.isMap())
        return bad(QStringLiteral("fields"));
    for (const auto &[key, value] : fields.toMap()) {
        if (!key.isString())
            return bad(QStringLiteral("field name"));
        LINTAS_TRY_ASSIGN(const QVariant v, variantOf(value));
        c.fields.insert(key.toString(), v);
    }
    LINTAS_TRY_ASSIGN(c.prev, clocksFrom(m.value(KPrev), QStringLiteral("prev")));
    LINTAS_TRY_ASSIGN(c.merges, clocksFrom(m.value(KMerges), QStringLiteral("merges")));
    LINTAS_TRY_ASSIGN(const QCborArray adds, f.array(KAdds, false));
    for (const QCborValue &v : adds) {
        const QCborArray a = v.toArray();
        if (a.size() != 3 || !a.at(0).isString() || !a.at(1).isString())
            return bad(QStringLiteral("set add"));
        LINTAS_TRY_ASSIGN(const QString tag, idFrom(a.at(2)));
        c.adds.push_back({a.at(0).toString(), a.at(1).toString(), tag});
    }
    LINTAS_TRY_ASSIGN(const QCborArray removes, f.array(KRemoves, false));
    for (const QCborValue &v : removes) {
        const QCborArray a = v.toArray();
        if (a.size() != 3 || !a.at(0).isString() || !a.at(1).isString() || !a.at(2).isArray())
            return bad(QStringLiteral("set remove"));
        QStringList tags;
        for (const QCborValue &t : a.at(2).toArray()) {
            LINTAS_TRY_ASSIGN(const QString tag, idFrom(t));
            tags << tag;
        }
        c.removes.push_back({a.at(0).toString(), a.at(1).toString(), tags});
    }
    const QCborValue carried = m.value(KCarried);
    if (!carried.isUndefined() && !carried.isMap())
        return bad(QStringLiteral("carried"));
    for (const auto &[key, value] : carried.toMap()) {
        const QCborArray a = value.toArray();
        if (!key.isString() || a.size() != 3 || !a.at(1).isInteger() || a.at(1).toInteger() < 0)
            return bad(QStringLiteral("carried field"));
        LINTAS_TRY_ASSIGN(const QVariant v, variantOf(a.at(0)));
        LINTAS_TRY_ASSIGN(const QString device, idFrom(a.at(2)));
        c.carried.insert(key.toString(), {v, Hlc {static_cast<quint64>(a.at(1).toInteger())}, device});
    }
    LINTAS_TRY_ASSIGN(const QCborArray carriedRemoves, f.array(KCarriedRemoves, false));
    for (const QCborValue &v : carriedRemoves) {
        const QCborArray a = v.toArray();
        if (a.size() != 4 || !a.at(0).isString() || !a.at(1).isString() || !a.at(2).isArray() || !a.at(3).isInteger()
            || a.at(3).toInteger() < 0)
            return bad(QStringLiteral("carried remove"));
        QStringList tags;
        for (const QCborValue &t : a.at(2).toArray()) {
            LINTAS_TRY_ASSIGN(const QString tag, idFrom(t));
            tags << tag;
        }
        c.carriedRemoves.push_back(
            {{a.at(0).toString(), a.at(1).toString(), tags}, Hlc {static_cast<quint64>(a.at(3).toInteger())}});
    }
    return c;
}

} // namespace lintas::sync
