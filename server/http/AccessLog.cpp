#include "http/AccessLog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>

#include <cstdio>

namespace lintas::server {

namespace {

constexpr qsizetype kMaxPathBytes = 512; // a 16 KiB garbage path must not make a 16 KiB log line

// A JSON scalar as compact text; QJsonDocument only serializes containers, so wrap and unwrap.
QByteArray jsonScalar(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QString loggablePath(const QByteArray &path)
{
    QByteArray cut = path;
    const qsizetype question = cut.indexOf('?');
    if (question >= 0)
        cut.truncate(question);
    if (cut.size() > kMaxPathBytes)
        cut = cut.first(kMaxPathBytes) + "...";
    return QString::fromUtf8(cut);
}

} // namespace

AccessLog::AccessLog(Clock &clock, QIODevice *out) : m_clock(clock), m_out(out)
{
    if (m_out == nullptr) {
        (void)m_stderr.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
        m_out = &m_stderr;
    }
}

AccessLog::~AccessLog() = default;

QString AccessLog::levelName(Level level)
{
    switch (level) {
    case Level::Debug:
        return QStringLiteral("debug");
    case Level::Info:
        return QStringLiteral("info");
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

void AccessLog::request(const Request &entry)
{
    const QJsonObject fields {
        {QStringLiteral("method"), QString::fromLatin1(entry.method.left(32))},
        {QStringLiteral("path"), loggablePath(entry.path)},
        {QStringLiteral("status"), entry.status},
        {QStringLiteral("request_bytes"), entry.requestBytes},
        {QStringLiteral("response_bytes"), entry.responseBytes},
        {QStringLiteral("duration_ms"), entry.durationMs},
        {QStringLiteral("peer"), entry.peer.toString()},
    };
    static const QStringList order {QStringLiteral("method"), QStringLiteral("path"), QStringLiteral("status"),
        QStringLiteral("request_bytes"), QStringLiteral("response_bytes"), QStringLiteral("duration_ms"),
        QStringLiteral("peer")};
    writeLine(entry.status >= 500 ? Level::Error : Level::Info, QStringLiteral("request"), fields, order);
}

void AccessLog::event(Level level, const QString &name, const QJsonObject &fields)
{
    writeLine(level, name, fields, fields.keys());
}

void AccessLog::writeLine(Level level, const QString &name, const QJsonObject &fields, const QStringList &order)
{
    // Keys in a fixed order (time, level, event first) so the lines read well without jq.
    const QString time = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toUTC().toString(Qt::ISODateWithMs);
    QByteArray line = "{\"time\":" + jsonScalar(time) + ",\"level\":" + jsonScalar(levelName(level))
        + ",\"event\":" + jsonScalar(name);
    for (const QString &key : order) {
        if (key == QLatin1String("time") || key == QLatin1String("level") || key == QLatin1String("event"))
            continue;
        line += ',' + jsonScalar(key) + ':' + jsonScalar(fields.value(key));
    }
    line += "}\n";

    QMutexLocker locker(&m_mutex);
    m_out->write(line);
}

} // namespace lintas::server
