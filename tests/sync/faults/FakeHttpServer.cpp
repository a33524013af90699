#include "FakeHttpServer.h"

#include <QElapsedTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace lintas::test {

struct FakeHttpServer::Private {
    Script script;
    int listenFd = -1;
    quint16 port = 0;
    std::thread thread;
    std::atomic<bool> stopping {false};
    QElapsedTimer clock;
    mutable std::mutex mutex;
    QVector<Seen> seen;
    std::vector<int> hung; // connections left hanging, closed at stop()

    // Reads one request (headers and Content-Length bytes of body); false on EOF or error.
    bool readRequest(int fd, QByteArray &path)
    {
        QByteArray data;
        char buf[8192];
        qsizetype headerEnd = -1;
        qint64 contentLength = 0;
        while (!stopping.load()) {
            if (headerEnd >= 0 && data.size() >= headerEnd + 4 + contentLength)
                break;
            pollfd p {fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0)
                return false;
            data.append(buf, n);
            if (headerEnd < 0 && (headerEnd = data.indexOf("\r\n\r\n")) >= 0) {
                const QList<QByteArray> lines = data.left(headerEnd).split('\n');
                const QList<QByteArray> first = lines.value(0).split(' ');
                path = first.value(1);
                for (const QByteArray &line : lines) {
                    if (line.toLower().startsWith("content-length:"))
                        contentLength = line.mid(15).trimmed().toLongLong();
                }
            }
        }
        return headerEnd >= 0;
    }

    static void sendAll(int fd, const QByteArray &bytes)
    {
        qsizetype sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n = ::send(fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return;
            sent += n;
        }
    }

    void serve(int fd)
    {
        QByteArray path;
        if (!readRequest(fd, path)) {
            ::close(fd);
            return;
        }
        int index = 0;
        {
            std::lock_guard lock(mutex);
            index = int(seen.size());
            seen.push_back({path, clock.elapsed()});
        }
        const FakeReply reply = script(index, path);
        if (reply.mode == FakeReply::Mode::Hang) {
            hung.push_back(fd);
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Fault\r\n"
            + "Content-Type: application/cbor\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(reply.body.size() + (reply.mode == FakeReply::Mode::Truncate ? 4096 : 0)) + "\r\n";
        if (reply.retryAfterSeconds >= 0)
            head += "Retry-After: " + QByteArray::number(reply.retryAfterSeconds) + "\r\n";
        sendAll(fd, head + "\r\n" + reply.body);
        ::shutdown(fd, SHUT_RDWR);
        ::close(fd);
    }

    void loop()
    {
        while (!stopping.load()) {
            pollfd p {listenFd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const int fd = ::accept(listenFd, nullptr, nullptr);
            if (fd >= 0)
                serve(fd);
        }
    }
};

FakeHttpServer::FakeHttpServer(Script script) : d(std::make_unique<Private>())
{
    d->script = std::move(script);
}

FakeHttpServer::~FakeHttpServer()
{
    stop();
}

Status FakeHttpServer::start()
{
    d->listenFd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (d->listenFd < 0)
        return makeError(ErrorCode::Io, QStringLiteral("socket"));
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (::bind(d->listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(d->listenFd, 16) != 0
        || ::getsockname(d->listenFd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return makeError(ErrorCode::Io, QStringLiteral("bind/listen on 127.0.0.1"));
    d->port = ntohs(addr.sin_port);
    d->clock.start();
    d->thread = std::thread([this] { d->loop(); });
    return {};
}

void FakeHttpServer::stop()
{
    if (!d->thread.joinable())
        return;
    d->stopping.store(true);
    d->thread.join();
    for (int fd : d->hung)
        ::close(fd);
    d->hung.clear();
    ::close(d->listenFd);
}

QString FakeHttpServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(d->port);
}

QVector<FakeHttpServer::Seen> FakeHttpServer::requests() const
{
    std::lock_guard lock(d->mutex);
    return d->seen;
}

} // namespace lintas::test
