#pragma once

#include "support/TempDir.h"
#include "support/TestPostgres.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

#include <catch2/catch.hpp>

namespace lintas::test {

// A real lintas-server process on 127.0.0.1 (any free port), with the storage of the backend
// under test. Suites that use it get LINTAS_SERVER_PATH from tests/CMakeLists.txt.
class ServerProcess {
public:
    explicit ServerProcess(const StoreLocation &where, QStringList extraArgs = {}) : m_where(where)
    {
        start(std::move(extraArgs));
    }
    ~ServerProcess() { stop(); }

    void start(QStringList extraArgs = {})
    {
        QStringList args {
            QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)};
        if (m_where.databaseUrl.isEmpty())
            args << QStringLiteral("--data-dir") << m_where.dataDir;
        else
            args << QStringLiteral("--database") << m_where.databaseUrl;
        args << extraArgs;
        m_process.setProgram(QStringLiteral(LINTAS_SERVER_PATH));
        m_process.setArguments(args);
        m_process.setReadChannel(QProcess::StandardError);
        m_process.start();
        REQUIRE(m_process.waitForStarted(10'000));
        // The server logs one JSON line per event on stderr; "ready" names the port.
        QByteArray pending;
        while (true) {
            REQUIRE(m_process.waitForReadyRead(30'000));
            pending += m_process.readAllStandardError();
            m_log += pending;
            int nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QJsonObject line = QJsonDocument::fromJson(pending.left(nl)).object();
                pending.remove(0, nl + 1);
                if (line.value(QStringLiteral("event")).toString() == QLatin1String("ready")) {
                    m_port = static_cast<quint16>(line.value(QStringLiteral("port")).toInt());
                    return;
                }
            }
        }
    }

    // SIGTERM and wait: the server finishes what it is doing and exits 0.
    int stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        m_process.terminate();
        m_process.waitForFinished(30'000);
        m_log += m_process.readAllStandardError();
        return m_process.exitCode();
    }

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    // Everything the server logged so far.
    QByteArray log()
    {
        m_log += m_process.readAllStandardError();
        return m_log;
    }

private:
    StoreLocation m_where;
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_log;
};

} // namespace lintas::test
