#include "sync/Change.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lintas::sync {

namespace {

QJsonValue toJson(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(v.toLongLong());
    case QMetaType::Bool:
        return QJsonValue(v.toBool() ? 1 : 0);
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}

QVariant fromJson(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const auto i = static_cast<qint64>(d);
        return static_cast<double>(i) == d ? QVariant(i) : QVariant(d);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return QVariant(static_cast<qint64>(v.toBool() ? 1 : 0));
    default:
        return {};
    }
}

QJsonObject clocksJson(const QMap<QString, Hlc> &clocks)
{
    QJsonObject o;
    for (auto it = clocks.cbegin(); it != clocks.cend(); ++it)
        o.insert(it.key(), it.value().toString());
    return o;
}

QMap<QString, Hlc> clocksFromJson(const QJsonObject &o)
{
    QMap<QString, Hlc> out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), Hlc::parse(it.value().toString()));
    return out;
}

} // namespace

QByteArray Change::payloadJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("dev"), deviceId);
    QJsonObject f;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        f.insert(it.key(), toJson(it.value()));
    root.insert(QStringLiteral("f"), f);
    if (!prev.isEmpty())
        root.insert(QStringLiteral("p"), clocksJson(prev));
    if (!merges.isEmpty())
        root.insert(QStringLiteral("m"), clocksJson(merges));
    if (!adds.isEmpty()) {
        QJsonArray a;
        for (const SetAdd &add : adds)
            a.append(QJsonArray {add.field, add.element, add.tag});
        root.insert(QStringLiteral("sa"), a);
    }
    if (!removes.isEmpty()) {
        QJsonArray r;
        for (const SetRemove &rem : removes)
            r.append(QJsonArray {rem.field, rem.element, QJsonArray::fromStringList(rem.tags)});
        root.insert(QStringLiteral("sr"), r);
    }
    if (!carried.isEmpty()) {
        QJsonObject c;
        for (auto it = carried.cbegin(); it != carried.cend(); ++it)
            c.insert(it.key(), QJsonArray {toJson(it->value), it->hlc.toString(), it->device});
        root.insert(QStringLiteral("c"), c);
    }
    if (!carriedRemoves.isEmpty()) {
        QJsonArray r;
        for (const CarriedRemove &rem : carriedRemoves)
            r.append(QJsonArray {
                rem.remove.field, rem.remove.element, QJsonArray::fromStringList(rem.remove.tags), rem.hlc.toString()});
        root.insert(QStringLiteral("cr"), r);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<Change> Change::fromOutbox(const QString &changeId, qint64 deviceSeq, Hlc hlc, const QString &entity,
    const QString &entityId, const QString &op, const QByteArray &payload)
{
    QJsonParseError perr {};
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("change %1: bad payload: %2").arg(changeId, perr.errorString()));
    const QJsonObject root = doc.object();
    Change c;
    c.changeId = changeId;
    c.deviceSeq = deviceSeq;
    c.hlc = hlc;
    c.entity = entity;
    c.entityId = entityId;
    c.op = op;
    c.deviceId = root.value(QStringLiteral("dev")).toString();
    const QJsonObject f = root.value(QStringLiteral("f")).toObject();
    for (auto it = f.begin(); it != f.end(); ++it)
        c.fields.insert(it.key(), fromJson(it.value()));
    c.prev = clocksFromJson(root.value(QStringLiteral("p")).toObject());
    c.merges = clocksFromJson(root.value(QStringLiteral("m")).toObject());
    for (const QJsonValue &v : root.value(QStringLiteral("sa")).toArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() != 3)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("change %1: bad set add").arg(changeId));
        c.adds.push_back({a.at(0).toString(), a.at(1).toString(), a.at(2).toString()});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("sr")).toArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() != 3)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("change %1: bad set remove").arg(changeId));
        QStringList tags;
        for (const QJsonValue &t : a.at(2).toArray())
            tags << t.toString();
        c.removes.push_back({a.at(0).toString(), a.at(1).toString(), tags});
    }
    const QJsonObject carried = root.value(QStringLiteral("c")).toObject();
    for (auto it = carried.begin(); it != carried.end(); ++it) {
        const QJsonArray a = it.value().toArray();
        if (a.size() != 3)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("change %1: bad carried field").arg(changeId));
        c.carried.insert(it.key(), {fromJson(a.at(0)), Hlc::parse(a.at(1).toString()), a.at(2).toString()});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("cr")).toArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() != 4)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("change %1: bad carried remove").arg(changeId));
        QStringList tags;
        for (const QJsonValue &t : a.at(2).toArray())
            tags << t.toString();
        c.carriedRemoves.push_back({{a.at(0).toString(), a.at(1).toString(), tags}, Hlc::parse(a.at(3).toString())});
    }
    if (c.deviceId.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("change %1: no device").arg(changeId));
    return c;
}

} // namespace lintas::sync
