// TLS session resumption across connections (decision D29): the server's process-wide ticket
// keys, and the client's HttpTransport offering the session it kept.
#include "HttpTestClient.h"
#include "support/Wait.h"

#include "http/AccessLog.h"
#include "http/HttpServer.h"
#include "http/TlsTicketKeys.h"
#include "support/QtPrinters.h"
#include "sync/HttpTransport.h"
#include "sync/TlsSessionCache.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>

using namespace lintas::server;
using lintas::ManualClock;
using lintas::test::HttpTestClient;
using lintas::test::simpleGet;
using lintas::test::waitUntil;

namespace {

struct TlsServer {
    TlsServer()
        : log(clock, &logBuffer),
          server(
              [](const HttpRequest &request) { return HttpResponse::withBody(200, "text/plain", request.path); }, &log)
    {
        REQUIRE(logBuffer.open(QIODevice::WriteOnly));
        HttpServerOptions options;
        options.certificateFile = lintas::test::httpTestData("test-cert.pem");
        options.privateKeyFile = lintas::test::httpTestData("test-key.pem");
        const auto status = server.listen(options);
        INFO((status.ok() ? QString() : status.error().detail).toStdString());
        REQUIRE(status.ok());
    }

    // "resumed" of every tls_handshake event so far, in order.
    QList<bool> handshakes() const
    {
        QList<bool> out;
        for (const QByteArray &line : logBuffer.data().split('\n')) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            if (event.value(QStringLiteral("event")).toString() == QLatin1String("tls_handshake"))
                out << event.value(QStringLiteral("resumed")).toBool();
        }
        return out;
    }

    ManualClock clock;
    QBuffer logBuffer;
    AccessLog log;
    HttpServer server;
};

QSslConfiguration trustingTestCertificate()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(lintas::test::httpTestData("test-cert.pem")));
    return config;
}

// One request on a new connection offering `session` (if any); returns the session the client
// holds afterwards (the server's new ticket arrives after the handshake, before the reply).
QByteArray requestOnNewConnection(quint16 port, const QByteArray &session)
{
    auto owned = std::make_unique<QSslSocket>();
    QSslSocket *ssl = owned.get();
    QSslConfiguration config = trustingTestCertificate();
    config.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
    if (!session.isEmpty())
        config.setSessionTicket(session);
    ssl->setSslConfiguration(config);
    HttpTestClient client(std::move(owned));
    ssl->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    REQUIRE(waitUntil([&] { return ssl->isEncrypted() || ssl->state() == QAbstractSocket::UnconnectedState; }));
    REQUIRE(ssl->isEncrypted());
    client.send(simpleGet("/resume", "Connection: close\r\n"));
    REQUIRE(client.waitForResponses(1));
    CHECK(client.responses[0].body == "/resume");
    const QByteArray kept = ssl->sslConfiguration().sessionTicket();
    CHECK(client.waitForDisconnect());
    return kept;
}

// Makes the committed test certificate the one CA HttpTransport (which uses the default TLS
// configuration) trusts, for one test.
struct DefaultTrustsTestCertificate {
    DefaultTrustsTestCertificate() : saved(QSslConfiguration::defaultConfiguration())
    {
        QSslConfiguration::setDefaultConfiguration(trustingTestCertificate());
    }
    ~DefaultTrustsTestCertificate() { QSslConfiguration::setDefaultConfiguration(saved); }
    QSslConfiguration saved;
};

} // namespace

TEST_CASE("tls resumption: a second connection resumes the session issued on the first")
{
    REQUIRE(QSslSocket::supportsSsl());
    TlsServer s;
    const QByteArray first = requestOnNewConnection(s.server.port(), {});
    REQUIRE_FALSE(first.isEmpty()); // the server issued a ticket
    const QByteArray second = requestOnNewConnection(s.server.port(), first);
    CHECK_FALSE(second.isEmpty());
    REQUIRE(waitUntil([&] { return s.handshakes().size() == 2; }));
    CHECK(s.handshakes() == QList<bool> {false, true});

    // Without a session the third is a full handshake again: "resumed" is not always true.
    requestOnNewConnection(s.server.port(), {});
    REQUIRE(waitUntil([&] { return s.handshakes().size() == 3; }));
    CHECK(s.handshakes().last() == false);
}

TEST_CASE("tls resumption: a session from one server resumes on another server of the same process")
{
    // Both use the process's ticket keys: what a restart of the listener (not of the process)
    // looks like to a device.
    REQUIRE(QSslSocket::supportsSsl());
    QByteArray session;
    {
        TlsServer a;
        session = requestOnNewConnection(a.server.port(), {});
    }
    REQUIRE_FALSE(session.isEmpty());
    TlsServer b;
    requestOnNewConnection(b.server.port(), session);
    REQUIRE(waitUntil([&] { return b.handshakes().size() == 1; }));
    CHECK(b.handshakes().first() == true);
}

TEST_CASE("tls resumption: HttpTransport offers the session it kept, on a new connection")
{
    REQUIRE(QSslSocket::supportsSsl());
    TlsServer s;
    DefaultTrustsTestCertificate trust;
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(s.server.port()));
    lintas::sync::TlsSessionCache cache;
    {
        lintas::sync::HttpTransport first(url, 10'000, &cache);
        const auto reply = first.post(QStringLiteral("/v1/first"), "x", {});
        REQUIRE(reply.ok());
        CHECK(reply.value().status == 200);
    }
    CHECK_FALSE(cache.session(url).isEmpty());
    {
        // A new transport has a new QNetworkAccessManager, so a new connection: as the hourly
        // sync makes one.
        lintas::sync::HttpTransport second(url, 10'000, &cache);
        const auto reply = second.post(QStringLiteral("/v1/second"), "x", {});
        REQUIRE(reply.ok());
        CHECK(reply.value().body == "/v1/second");
    }
    REQUIRE(waitUntil([&] { return s.handshakes().size() == 2; }));
    CHECK(s.handshakes() == QList<bool> {false, true});

    // A transport with nothing kept does a full handshake.
    lintas::sync::TlsSessionCache empty;
    lintas::sync::HttpTransport third(url, 10'000, &empty);
    REQUIRE(third.post(QStringLiteral("/v1/third"), "x", {}).ok());
    REQUIRE(waitUntil([&] { return s.handshakes().size() == 3; }));
    CHECK(s.handshakes().last() == false);
    CHECK_FALSE(empty.session(url).isEmpty());
}

TEST_CASE("tls ticket keys: rotation, the previous key and its end")
{
    const qint64 day = 24 * 3600;
    TlsTicketKeys keys(day);
    const auto nameAt = [&](qint64 now) {
        QByteArray name;
        keys.withSealingKey(now, [&](const TlsTicketKeys::Key &key) {
            name = QByteArray(reinterpret_cast<const char *>(key.name()), TlsTicketKeys::kNameSize);
            return true;
        });
        return name;
    };
    const auto opens = [&](const QByteArray &name, qint64 now, bool *current = nullptr) {
        return keys.withOpeningKey(
            reinterpret_cast<const unsigned char *>(name.constData()), now, [](const auto &) { return true; }, current);
    };

    const QByteArray first = nameAt(1000);
    CHECK(first.size() == 16);
    CHECK(nameAt(1000 + day - 1) == first); // one key for a whole period
    bool current = false;
    CHECK(opens(first, 1000 + day - 1, &current));
    CHECK(current);

    const QByteArray second = nameAt(1000 + day); // rotated
    CHECK(second != first);
    CHECK(opens(first, 1000 + day, &current)); // the previous key still opens its tickets...
    CHECK_FALSE(current);
    CHECK(opens(second, 1000 + day, &current));
    CHECK(current);
    CHECK(opens(first, 1000 + 2 * day - 1));
    CHECK_FALSE(opens(first, 1000 + 2 * day)); // ...for one more period only

    CHECK_FALSE(opens(QByteArray(16, 'x'), 1000 + day)); // a key it never had

    // A server idle for a week: at the first rotation since, the key made before becomes the
    // "previous" one but is too old to open anything.
    TlsTicketKeys idle(day);
    QByteArray before;
    idle.withSealingKey(0, [&](const TlsTicketKeys::Key &key) {
        before = QByteArray(reinterpret_cast<const char *>(key.name()), TlsTicketKeys::kNameSize);
        return true;
    });
    const auto idleOpens = [&](const QByteArray &name, qint64 now) {
        return idle.withOpeningKey(
            reinterpret_cast<const unsigned char *>(name.constData()), now, [](const auto &) { return true; });
    };
    CHECK(idleOpens(before, day - 1));
    CHECK_FALSE(idleOpens(before, 7 * day));
}
