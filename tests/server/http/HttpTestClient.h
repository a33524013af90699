#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpSocket>

#include <memory>

namespace lintas::test {

struct RawHttpResponse {
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

// Splits complete responses (Content-Length framed, as HttpServer sends them) off the front of
// buffer; an incomplete one stays there.
QList<RawHttpResponse> takeHttpResponses(QByteArray &buffer);

// A raw HTTP client over a QTcpSocket (or a QSslSocket) on the test's event loop: it collects
// every byte the server sends and notices when the server closes.
class HttpTestClient : public QObject {
public:
    explicit HttpTestClient(std::unique_ptr<QTcpSocket> socket = {});

    bool connectTo(quint16 port); // plain TCP to 127.0.0.1, waits until connected
    void send(const QByteArray &bytes) { m_socket->write(bytes); }
    // Waits until at least count responses (in total, since the start) have arrived.
    bool waitForResponses(int count);
    bool waitForDisconnect();
    bool isDisconnected() const { return m_disconnected; }

    // While paused the client reads nothing, so with a small read buffer the server's replies
    // back up (a slow reader). Resuming reads what is waiting.
    void setPaused(bool paused);

    QList<RawHttpResponse> responses;
    QByteArray received; // every byte the server sent, interim replies included
    QTcpSocket &socket() { return *m_socket; }

private:
    void onReadyRead();

    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
    bool m_disconnected = false;
    bool m_paused = false;
};

QByteArray simpleGet(const QByteArray &path, const QByteArray &extraHeaders = {});

// A file of tests/server/http/data (the committed test certificate and key).
inline QString httpTestData(const char *name)
{
    return QStringLiteral(LINTAS_SOURCE_DIR "/tests/server/http/data/") + QLatin1String(name);
}

} // namespace lintas::test
