#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

namespace lintas::test {

// How the fake server answers one request.
struct FakeReply {
    enum class Mode {
        Whole, // status, headers and body, then close
        Hang, // read the request, then never answer (the connection stays open until stop())
        Truncate, // announce the whole body but send only its first bytes, then close
    };
    int status = 200;
    QByteArray body;
    int retryAfterSeconds = -1; // a Retry-After header when >= 0
    Mode mode = Mode::Whole;
};

// A misbehaving HTTP/1.1 server on 127.0.0.1 for the sync engine's fault tests: every request
// is answered by `script` (given the request's index from 0 and its path). It runs on its own
// thread with plain blocking sockets, so a client may block the test's thread meanwhile, and it
// records when each request arrived (monotonic ms since start()).
class FakeHttpServer {
public:
    using Script = std::function<FakeReply(int index, const QByteArray &path)>;

    explicit FakeHttpServer(Script script);
    ~FakeHttpServer(); // stop()s
    FakeHttpServer(const FakeHttpServer &) = delete;
    FakeHttpServer &operator=(const FakeHttpServer &) = delete;

    Status start();
    void stop();
    QString url() const;

    struct Seen {
        QByteArray path;
        qint64 atMs = 0;
    };
    QVector<Seen> requests() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lintas::test
