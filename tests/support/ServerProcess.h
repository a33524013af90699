#pragma once

#include "support/ServerReady.h"
#include "support/TempDir.h"
#include "support/TestPostgres.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>

#include <catch2/catch.hpp>

namespace lintas::test {

// A real lintas-server process on 127.0.0.1 (any free port), with the storage of the backend
// under test. Suites that use it get LINTAS_SERVER_PATH from tests/CMakeLists.txt. Its log goes
// to a file (see ServerReady.h), so the server never blocks on it, whatever the test's thread does.
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
        m_process.setStandardErrorFile(logPath(), QIODevice::Append); // kept across restarts
        const qint64 from = QFileInfo(logPath()).size();
        m_process.start();
        REQUIRE(m_process.waitForStarted(10'000));
        // The server logs one JSON line per event; "ready" names the port.
        m_port = waitForServerReady(m_process, logPath(), from);
        INFO(log().toStdString());
        REQUIRE(m_port != 0);
    }

    // SIGTERM and wait: the server finishes what it is doing and exits 0.
    int stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        m_process.terminate();
        m_process.waitForFinished(30'000);
        return m_process.exitCode();
    }

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    // Everything the server logged so far.
    QByteArray log() const
    {
        QFile file(logPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    QString logPath() const { return m_logDir.file(QStringLiteral("lintas-server.log")); }

    StoreLocation m_where;
    TempDir m_logDir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace lintas::test
