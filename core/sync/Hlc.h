#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>

namespace lintas::sync {

// Hybrid logical clock timestamp: 48 bits of milliseconds since the epoch, 16 bits of counter.
// Packed so it orders correctly as an unsigned 64-bit integer and stores in one SQLite INTEGER
// (values stay below 2^63 until the year 4199).
struct Hlc {
    quint64 raw = 0;

    static constexpr int kCounterBits = 16;
    static constexpr quint64 kCounterMask = (quint64(1) << kCounterBits) - 1;
    static constexpr qint64 kMaxMs = (qint64(1) << 47) - 1;

    static Hlc from(qint64 ms, quint32 counter)
    {
        return Hlc {(quint64(ms) << kCounterBits) | (counter & kCounterMask)};
    }
    static Hlc fromRaw(qint64 value) { return Hlc {quint64(value)}; }
    qint64 ms() const { return qint64(raw >> kCounterBits); }
    quint32 counter() const { return quint32(raw & kCounterMask); }
    qint64 toInt64() const { return qint64(raw); }
    bool isNull() const { return raw == 0; }

    // Decimal text: JSON numbers lose precision above 2^53, so HLCs travel as strings.
    QString toString() const { return QString::number(raw); }
    static Hlc parse(const QString &text, bool *ok = nullptr) { return Hlc {text.toULongLong(ok)}; }

    auto operator<=>(const Hlc &) const = default;

    // The milliseconds of an HLC column in SQL (integer division drops the counter).
    static QString sqlMs(const QString &column)
    {
        return QStringLiteral("(%1 / %2)").arg(column).arg(quint64(1) << kCounterBits);
    }
};

// The total order of writes to one field everywhere (last writer wins, conflict log, edit vs
// delete, fields of newer versions): HLC first, the device id breaks exact ties.
inline bool writtenAfter(Hlc hlc, const QString &device, Hlc otherHlc, const QString &otherDevice)
{
    if (hlc != otherHlc)
        return hlc > otherHlc;
    return device > otherDevice;
}

} // namespace lintas::sync
