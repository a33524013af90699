#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

namespace lintas::server::checks {

// Argument checks both backends share, so they refuse the same calls with the same codes.

inline Status requireId(const QByteArray &id, const char *what)
{
    if (id.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 is empty").arg(QLatin1String(what)));
    return {};
}

inline Status requireRole(const QString &role, bool emptyAllowed)
{
    if (role == QLatin1String("member") || role == QLatin1String("admin") || (emptyAllowed && role.isEmpty()))
        return {};
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown role '%1'").arg(role));
}

// Blob columns are NOT NULL: an empty envelope or key is stored as zero bytes, never as NULL.
inline QByteArray notNull(const QByteArray &bytes)
{
    return bytes.isNull() ? QByteArray("") : bytes;
}

} // namespace lintas::server::checks
