#include "http/HttpResponseWriter.h"

#include <catch2/catch.hpp>

using lintas::server::HttpResponse;

TEST_CASE("response writer: framing is the server's, injected headers are dropped")
{
    HttpResponse response = HttpResponse::withBody(201, "application/json", "{}");
    response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("5")));
    response.headers.append(qMakePair(QByteArray("X-Evil"), QByteArray("a\r\nSet-Cookie: x=1")));
    response.headers.append(qMakePair(QByteArray("Content-Length"), QByteArray("999")));
    response.headers.append(qMakePair(QByteArray("Bad Name"), QByteArray("v")));
    const QByteArray wire = lintas::server::serializeHttpResponse(response, true);
    CHECK(wire
        == "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 2\r\nRetry-After: 5\r\n"
           "Connection: close\r\n\r\n{}");

    const QByteArray keepAlive = lintas::server::serializeHttpResponse(HttpResponse::error(404, "not_found"), false);
    CHECK(keepAlive.startsWith("HTTP/1.1 404 Not Found\r\n"));
    CHECK_FALSE(keepAlive.contains("Connection"));
    CHECK(keepAlive.endsWith("\r\n\r\n{\"error\":\"not_found\"}"));

    const QByteArray noContent = lintas::server::serializeHttpResponse(HttpResponse::withBody(204, {}, "x"), false);
    CHECK(noContent == "HTTP/1.1 204 No Content\r\n\r\n");
}
