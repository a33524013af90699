#pragma once

#include <QByteArray>
#include <QString>

namespace lintas::server::schema {

// The newest schema both backends create. meta('schema_version') holds the version a store is
// at, as decimal ASCII; migrate() applies the steps above it and refuses a newer store.
constexpr int Version = 1;

inline QString versionKey()
{
    return QStringLiteral("schema_version");
}

inline QByteArray versionValue(int version)
{
    return QByteArray::number(version);
}

// A stored schema_version; 0 when unset, -1 when it is not a number (a damaged meta table).
inline int parseVersion(const QByteArray &stored)
{
    if (stored.isNull())
        return 0;
    bool ok = false;
    const int v = stored.toInt(&ok);
    return ok && v >= 0 ? v : -1;
}

} // namespace lintas::server::schema
