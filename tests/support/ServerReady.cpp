#include "support/ServerReady.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace lintas::test {

quint16 waitForServerReady(QProcess &process, const QString &logPath, qint64 from, int timeoutMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < timeoutMs) {
        QFile log(logPath);
        if (log.open(QIODevice::ReadOnly) && log.seek(from)) {
            while (!log.atEnd()) {
                const QByteArray line = log.readLine();
                if (!line.endsWith('\n'))
                    break; // written in part: read it whole next time
                const QJsonObject event = QJsonDocument::fromJson(line).object();
                if (event.value(QStringLiteral("event")).toString() == QLatin1String("ready"))
                    return static_cast<quint16>(event.value(QStringLiteral("port")).toInt());
            }
        }
        // Also the pause between looks: a server that exits is noticed at once.
        if (process.state() == QProcess::NotRunning || process.waitForFinished(20))
            return 0;
    }
    return 0;
}

} // namespace lintas::test
