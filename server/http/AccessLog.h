#pragma once

#include "base/Clock.h"

#include <QByteArray>
#include <QFile>
#include <QHostAddress>
#include <QJsonObject>
#include <QMutex>
#include <QString>

class QIODevice;

namespace lintas::server {

// Structured server log: one JSON object per line, to a device or stderr, for journald, Loki or
// jq. It never takes headers or bodies (they carry device tokens and ciphertext), and cuts the
// query from paths; event() callers must likewise pass only what is safe to keep in a log.
// Thread-safe: lines from several threads never interleave.
class AccessLog {
public:
    enum class Level { Debug, Info, Warning, Error };

    struct Request {
        QByteArray method;
        QByteArray path; // anything from '?' on is cut off here too
        int status = 0;
        qint64 requestBytes = 0; // on the wire: request line, headers, body
        qint64 responseBytes = 0;
        qint64 durationMs = 0; // first byte of the request to the reply handed to the socket
        QHostAddress peer;
    };

    // out: not owned, must outlive the log; nullptr writes to stderr.
    explicit AccessLog(Clock &clock, QIODevice *out = nullptr);
    ~AccessLog();
    AccessLog(const AccessLog &) = delete;
    AccessLog &operator=(const AccessLog &) = delete;

    // {"time":…,"level":"info","event":"request","method":…,"path":…,"status":…,
    //  "request_bytes":…,"response_bytes":…,"duration_ms":…,"peer":…}; 5xx are logged as errors.
    void request(const Request &entry);
    // {"time":…,"level":…,"event":name, …fields}. Fields named time/level/event are ignored.
    void event(Level level, const QString &name, const QJsonObject &fields = {});

    Clock &clock() const { return m_clock; }
    static QString levelName(Level level);

private:
    void writeLine(Level level, const QString &name, const QJsonObject &fields, const QStringList &order);

    Clock &m_clock;
    QIODevice *m_out;
    QFile m_stderr;
    QMutex m_mutex;
};

} // namespace lintas::server
