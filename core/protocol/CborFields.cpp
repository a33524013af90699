#include "protocol/CborFields.h"

#include <QCborArray>

namespace lintas::protocol {

Result<CborFields> CborFields::parse(const QByteArray &bytes, const char *what)
{
    CborFields f;
    f.m_what = what;
    QCborParserError err;
    const QCborValue v = QCborValue::fromCbor(bytes, &err);
    if (err.error != QCborError::NoError)
        return f.error(err.errorString());
    if (err.offset != bytes.size())
        return f.error(QStringLiteral("trailing bytes"));
    if (!v.isMap())
        return f.error(QStringLiteral("not a map"));
    f.m_map = v.toMap();
    return f;
}

Error CborFields::error(const QString &detail) const
{
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: %2").arg(QLatin1String(m_what), detail));
}

Result<QByteArray> CborFields::bytes(int key, bool required, int exactSize) const
{
    const QCborValue v = m_map.value(key);
    if (v.isUndefined()) {
        if (required)
            return error(QStringLiteral("key %1 missing").arg(key));
        return QByteArray();
    }
    if (!v.isByteArray())
        return error(QStringLiteral("key %1 is not bytes").arg(key));
    QByteArray b = v.toByteArray();
    if (exactSize >= 0 && b.size() != exactSize)
        return error(QStringLiteral("key %1 must be %2 bytes").arg(key).arg(exactSize));
    return b;
}

Result<qint64> CborFields::integer(int key, bool required, qint64 min) const
{
    const QCborValue v = m_map.value(key);
    if (v.isUndefined()) {
        if (required)
            return error(QStringLiteral("key %1 missing").arg(key));
        return qint64(0);
    }
    if (!v.isInteger() || v.toInteger() < min)
        return error(QStringLiteral("key %1 is not an integer ≥ %2").arg(key).arg(min));
    return v.toInteger();
}

Result<QCborArray> CborFields::array(int key, bool required) const
{
    const QCborValue v = m_map.value(key);
    if (v.isUndefined()) {
        if (required)
            return error(QStringLiteral("key %1 missing").arg(key));
        return QCborArray();
    }
    if (!v.isArray())
        return error(QStringLiteral("key %1 is not an array").arg(key));
    return v.toArray();
}

QByteArray toCbor(const QCborMap &map)
{
    return QCborValue(map).toCbor();
}

} // namespace lintas::protocol
