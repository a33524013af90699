#include "HttpTestClient.h"
#include "support/Wait.h"

#include "http/AccessLog.h"
#include "http/HttpServer.h"
#include "support/QtPrinters.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace lintas::server;
using lintas::ManualClock;
using lintas::test::HttpTestClient;
using lintas::test::simpleGet;
using lintas::test::waitUntil;

namespace {

HttpServerOptions tlsOptions()
{
    HttpServerOptions options;
    options.certificateFile = lintas::test::httpTestData("test-cert.pem");
    options.privateKeyFile = lintas::test::httpTestData("test-key.pem");
    return options;
}

// A TLS client that trusts only the committed test certificate (or nothing at all).
std::unique_ptr<QSslSocket> tlsSocket(bool trustTestCertificate)
{
    auto socket = std::make_unique<QSslSocket>();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(trustTestCertificate
            ? QSslCertificate::fromPath(lintas::test::httpTestData("test-cert.pem"))
            : QList<QSslCertificate>());
    socket->setSslConfiguration(config);
    return socket;
}

struct Fixture {
    explicit Fixture(const HttpServerOptions &options)
        : log(clock, &logBuffer),
          server(
              [](const HttpRequest &request) { return HttpResponse::withBody(200, "text/plain", request.path); }, &log)
    {
        REQUIRE(logBuffer.open(QIODevice::WriteOnly));
        const auto status = server.listen(options);
        INFO((status.ok() ? QString() : status.error().detail).toStdString());
        REQUIRE(status.ok());
    }

    ManualClock clock;
    QBuffer logBuffer;
    AccessLog log;
    HttpServer server;
};

} // namespace

TEST_CASE("tls: an HTTPS round trip with a client that trusts the test certificate")
{
    REQUIRE(QSslSocket::supportsSsl());
    Fixture f(tlsOptions());
    auto owned = tlsSocket(true);
    QSslSocket *ssl = owned.get();
    HttpTestClient client(std::move(owned));
    ssl->connectToHostEncrypted(QStringLiteral("127.0.0.1"), f.server.port());
    REQUIRE(waitUntil([&] { return ssl->isEncrypted() || ssl->state() == QAbstractSocket::UnconnectedState; }));
    REQUIRE(ssl->isEncrypted());
    CHECK(ssl->peerCertificate() == QSslCertificate::fromPath(lintas::test::httpTestData("test-cert.pem")).value(0));

    client.send(simpleGet("/secure") + simpleGet("/again", "Connection: close\r\n"));
    REQUIRE(client.waitForResponses(2));
    CHECK(client.responses[0].status == 200);
    CHECK(client.responses[0].body == "/secure");
    CHECK(client.responses[1].body == "/again");
    CHECK(client.waitForDisconnect());
    CHECK(f.logBuffer.data().contains("\"tls\":true"));
}

TEST_CASE("tls: a multi-megabyte body arrives whole, an oversized one is refused with 413")
{
    REQUIRE(QSslSocket::supportsSsl());
    HttpServerOptions options = tlsOptions();
    options.maxBodyBytes = 4 * 1024 * 1024;
    Fixture f(options);
    auto owned = tlsSocket(true);
    QSslSocket *ssl = owned.get();
    HttpTestClient client(std::move(owned));
    ssl->connectToHostEncrypted(QStringLiteral("127.0.0.1"), f.server.port());
    REQUIRE(waitUntil([&] { return ssl->isEncrypted() || ssl->state() == QAbstractSocket::UnconnectedState; }));
    REQUIRE(ssl->isEncrypted());

    const QByteArray body(options.maxBodyBytes, 'e');
    client.send("POST /fits HTTP/1.1\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    REQUIRE(client.waitForResponses(1));
    CHECK(client.responses[0].body == "/fits");

    client.send(
        "POST /too-big HTTP/1.1\r\nContent-Length: " + QByteArray::number(body.size() + 1) + "\r\n\r\n" + body + 'x');
    REQUIRE(client.waitForResponses(2));
    CHECK(client.responses[1].status == 413);
    CHECK(client.waitForDisconnect());
}

TEST_CASE("tls: a client that does not trust the certificate gets no connection")
{
    REQUIRE(QSslSocket::supportsSsl());
    Fixture f(tlsOptions());
    auto owned = tlsSocket(false);
    QSslSocket *ssl = owned.get();
    HttpTestClient client(std::move(owned));
    bool sslErrors = false;
    QObject::connect(ssl, &QSslSocket::sslErrors, ssl, [&] { sslErrors = true; });
    ssl->connectToHostEncrypted(QStringLiteral("127.0.0.1"), f.server.port());
    REQUIRE(waitUntil([&] { return ssl->isEncrypted() || ssl->state() == QAbstractSocket::UnconnectedState; }));
    CHECK_FALSE(ssl->isEncrypted());
    CHECK(sslErrors);
    REQUIRE(waitUntil([&] { return f.server.openConnections() == 0; }));
}

TEST_CASE("tls: plain HTTP to the HTTPS port is a logged TLS error and a closed connection")
{
    REQUIRE(QSslSocket::supportsSsl());
    Fixture f(tlsOptions());
    HttpTestClient client;
    REQUIRE(client.connectTo(f.server.port()));
    client.send(simpleGet("/plain"));
    CHECK(client.waitForDisconnect());
    CHECK(client.responses.isEmpty());
    CHECK(waitUntil([&] { return f.logBuffer.data().contains("\"event\":\"tls_error\""); }));
}

TEST_CASE("tls: listen() refuses a missing key, a lone certificate and a non-key file")
{
    ManualClock clock;
    HttpServer server([](const HttpRequest &) { return HttpResponse(); });
    HttpServerOptions options = tlsOptions();
    options.privateKeyFile.clear();
    CHECK(server.listen(options).code() == lintas::ErrorCode::InvalidArgument);

    options = tlsOptions();
    options.privateKeyFile = lintas::test::httpTestData("no-such-key.pem");
    CHECK_FALSE(server.listen(options).ok());

    options = tlsOptions();
    options.privateKeyFile = lintas::test::httpTestData("README.md");
    CHECK(server.listen(options).code() == lintas::ErrorCode::InvalidArgument);
    CHECK(server.port() == 0);
}
