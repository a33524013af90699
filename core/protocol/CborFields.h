#pragma once

#include "base/Result.h"

#include <QCborMap>
#include <QCborValue>

namespace lintas::protocol {

// Strict reading of the integer-keyed CBOR maps the protocol uses. A missing optional key reads
// as its default; a present key of the wrong type is an error (InvalidArgument), never a guess.
class CborFields {
public:
    static Result<CborFields> parse(const QByteArray &bytes, const char *what);

    Result<QByteArray> bytes(int key, bool required, int exactSize = -1) const;
    Result<qint64> integer(int key, bool required, qint64 min = 0) const;
    Result<QCborArray> array(int key, bool required) const;
    const QCborMap &map() const { return m_map; }

    Error error(const QString &detail) const;

private:
    QCborMap m_map;
    const char *m_what = "";
};

QByteArray toCbor(const QCborMap &map);

} // namespace lintas::protocol
