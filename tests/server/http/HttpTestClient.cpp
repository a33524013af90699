#include "HttpTestClient.h"

#include "support/Wait.h"

#include <QHostAddress>

namespace lintas::test {

QList<RawHttpResponse> takeHttpResponses(QByteArray &buffer)
{
    QList<RawHttpResponse> out;
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return out;
        RawHttpResponse response;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        response.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                response.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        if (response.status == 100) { // interim reply, no body
            buffer.remove(0, headEnd + 4);
            continue;
        }
        const qsizetype length = response.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            return out;
        response.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        out.append(response);
    }
}

HttpTestClient::HttpTestClient(std::unique_ptr<QTcpSocket> socket)
    : m_socket(socket ? std::move(socket) : std::make_unique<QTcpSocket>())
{
    connect(m_socket.get(), &QTcpSocket::readyRead, this, &HttpTestClient::onReadyRead);
    connect(m_socket.get(), &QTcpSocket::disconnected, this, [this] {
        onReadyRead();
        m_disconnected = true;
    });
}

bool HttpTestClient::connectTo(quint16 port)
{
    m_socket->connectToHost(QHostAddress::LocalHost, port);
    waitUntil([this] {
        const auto state = m_socket->state();
        return state == QAbstractSocket::ConnectedState || state == QAbstractSocket::UnconnectedState;
    });
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool HttpTestClient::waitForResponses(int count)
{
    return waitUntil([this, count] { return responses.size() >= count || m_disconnected; })
        && responses.size() >= count;
}

bool HttpTestClient::waitForDisconnect()
{
    return waitUntil([this] { return m_disconnected || m_socket->state() == QAbstractSocket::UnconnectedState; });
}

void HttpTestClient::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        onReadyRead();
}

void HttpTestClient::onReadyRead()
{
    if (m_paused || !m_socket->isOpen())
        return;
    const QByteArray bytes = m_socket->readAll();
    received += bytes;
    m_buffer += bytes;
    responses += takeHttpResponses(m_buffer);
}

QByteArray simpleGet(const QByteArray &path, const QByteArray &extraHeaders)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

} // namespace lintas::test
