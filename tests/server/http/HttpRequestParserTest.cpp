#include "http/HttpRequestParser.h"

#include <catch2/catch.hpp>

using lintas::server::HttpParserLimits;
using lintas::server::HttpRequest;
using lintas::server::HttpRequestParser;
using Status = HttpRequestParser::Status;

namespace {

HttpParserLimits smallLimits()
{
    return HttpParserLimits {/*maxBodyBytes=*/100, /*maxHeaderBytes=*/256};
}

// Feeds everything at once and returns the parser's verdict on the first request.
Status parseAll(HttpRequestParser &parser, const QByteArray &bytes)
{
    parser.feed(bytes);
    return parser.next();
}

int errorStatusOf(const QByteArray &bytes)
{
    HttpRequestParser parser(smallLimits());
    if (parseAll(parser, bytes) != Status::Failed)
        return 0;
    return parser.errorStatus();
}

} // namespace

TEST_CASE("parser: a request fed byte by byte comes out whole")
{
    const QByteArray wire = "POST /v1/spaces/abc/records?after=12&limit=5 HTTP/1.1\r\n"
                            "Host: 127.0.0.1\r\n"
                            "Content-Type: application/octet-stream\r\n"
                            "X-Repeat: one\r\n"
                            "x-repeat: two\r\n"
                            "Content-Length: 11\r\n"
                            "\r\n"
                            "hello world";
    HttpRequestParser parser(smallLimits());
    for (qsizetype i = 0; i < wire.size(); ++i) {
        REQUIRE(parser.next() == Status::NeedMore);
        parser.feed(wire.mid(i, 1));
    }
    REQUIRE(parser.next() == Status::Ready);
    const HttpRequest request = parser.takeRequest();
    CHECK(request.method == "POST");
    CHECK(request.path == "/v1/spaces/abc/records");
    CHECK(request.query == "after=12&limit=5");
    CHECK(request.version == "HTTP/1.1");
    CHECK(request.header("content-type") == "application/octet-stream");
    CHECK(request.header("x-repeat") == "one, two");
    CHECK(request.header("host") == "127.0.0.1");
    CHECK(request.body == "hello world");
    CHECK(parser.requestBytes() == wire.size());
    CHECK(parser.bufferedBytes() == 0);
    CHECK_FALSE(parser.hasPartialRequest());
    CHECK(parser.next() == Status::NeedMore);
}

TEST_CASE("parser: two keep-alive requests in one buffer come out in order")
{
    HttpRequestParser parser(smallLimits());
    parser.feed("POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"
                "GET /b?x=1 HTTP/1.1\r\nConnection: close\r\n\r\n"
                "GET /c HTTP/1.1\r\n");
    REQUIRE(parser.next() == Status::Ready);
    const HttpRequest first = parser.takeRequest();
    CHECK(first.path == "/a");
    CHECK(first.body == "abc");
    CHECK(HttpRequestParser::keepAlive(first));

    REQUIRE(parser.next() == Status::Ready);
    const HttpRequest second = parser.takeRequest();
    CHECK(second.method == "GET");
    CHECK(second.path == "/b");
    CHECK(second.query == "x=1");
    CHECK(second.body.isEmpty());
    CHECK_FALSE(HttpRequestParser::keepAlive(second));

    // The third has only its request line so far.
    CHECK(parser.next() == Status::NeedMore);
    CHECK(parser.hasPartialRequest());
    parser.feed("\r\n");
    REQUIRE(parser.next() == Status::Ready);
    CHECK(parser.takeRequest().path == "/c");
}

TEST_CASE("parser: bare LF line ends and a stray CRLF between requests are accepted")
{
    HttpRequestParser parser(smallLimits());
    parser.feed("\r\nGET /lf HTTP/1.0\nHost: x\n\n");
    REQUIRE(parser.next() == Status::Ready);
    const HttpRequest request = parser.takeRequest();
    CHECK(request.path == "/lf");
    CHECK(request.header("host") == "x");
    CHECK_FALSE(HttpRequestParser::keepAlive(request)); // HTTP/1.0 closes
}

TEST_CASE("parser: a body split across many feeds waits for its last byte")
{
    HttpRequestParser parser(smallLimits());
    parser.feed("PUT /blob HTTP/1.1\r\nContent-Length: 10\r\n\r\n01234");
    CHECK(parser.next() == Status::NeedMore);
    CHECK(parser.awaitingBody());
    parser.feed("5678");
    CHECK(parser.next() == Status::NeedMore);
    parser.feed("9");
    REQUIRE(parser.next() == Status::Ready);
    CHECK(parser.takeRequest().body == "0123456789");
}

TEST_CASE("parser: Expect 100-continue is reported while the body is awaited")
{
    HttpRequestParser parser(smallLimits());
    parser.feed("POST /x HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
    CHECK(parser.next() == Status::NeedMore);
    CHECK(parser.expectsContinue());
    parser.feed("ok");
    REQUIRE(parser.next() == Status::Ready);
    CHECK_FALSE(parser.expectsContinue());
}

TEST_CASE("parser: equal repeated Content-Length values are one length")
{
    HttpRequestParser parser(smallLimits());
    parser.feed("POST /x HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok");
    REQUIRE(parser.next() == Status::Ready);
    CHECK(parser.takeRequest().body == "ok");
}

TEST_CASE("parser: malformed request lines are 400")
{
    CHECK(errorStatusOf("GET\r\n\r\n") == 400);
    CHECK(errorStatusOf("GET /\r\n\r\n") == 400);
    CHECK(errorStatusOf("GET  / HTTP/1.1\r\n\r\n") == 400); // double space
    CHECK(errorStatusOf("GET / HTTP/1.1 extra\r\n\r\n") == 400);
    CHECK(errorStatusOf("GET relative HTTP/1.1\r\n\r\n") == 400);
    CHECK(errorStatusOf("G(T / HTTP/1.1\r\n\r\n") == 400); // not a token
    CHECK(errorStatusOf("GET / HTTP/1.x\r\n\r\n") == 400);
    CHECK(errorStatusOf("GET / FTP/1.1\r\n\r\n") == 400);
    CHECK(errorStatusOf("GET /a\x01 HTTP/1.1\r\n\r\n") == 400);
}

TEST_CASE("parser: an unknown method is left to the handler")
{
    HttpRequestParser parser(smallLimits());
    REQUIRE(parseAll(parser, "BREW /pot HTTP/1.1\r\n\r\n") == Status::Ready);
    CHECK(parser.takeRequest().method == "BREW");
}

TEST_CASE("parser: an HTTP version other than 1.0 and 1.1 is 505")
{
    CHECK(errorStatusOf("GET / HTTP/2.0\r\n\r\n") == 505);
    CHECK(errorStatusOf("GET / HTTP/1.2\r\n\r\n") == 505);
}

TEST_CASE("parser: malformed header lines are 400")
{
    CHECK(errorStatusOf("GET / HTTP/1.1\r\nNoColon\r\n\r\n") == 400);
    CHECK(errorStatusOf("GET / HTTP/1.1\r\n: empty-name\r\n\r\n") == 400);
    CHECK(errorStatusOf("GET / HTTP/1.1\r\nHost : x\r\n\r\n") == 400); // space before colon
    CHECK(errorStatusOf("GET / HTTP/1.1\r\nX-A: 1\r\n folded\r\n\r\n") == 400); // obsolete folding
    CHECK(errorStatusOf("GET / HTTP/1.1\r\nX-A: a\rb\r\n\r\n") == 400); // bare CR in a value
}

TEST_CASE("parser: a bad Content-Length is 400")
{
    const QByteArray head = "POST / HTTP/1.1\r\n";
    CHECK(errorStatusOf(head + "Content-Length: -1\r\n\r\n") == 400);
    CHECK(errorStatusOf(head + "Content-Length: ten\r\n\r\n") == 400);
    CHECK(errorStatusOf(head + "Content-Length: 1e3\r\n\r\n") == 400);
    CHECK(errorStatusOf(head + "Content-Length: \r\n\r\n") == 400);
    CHECK(errorStatusOf(head + "Content-Length: 99999999999999999999999\r\n\r\n") == 400);
    CHECK(errorStatusOf(head + "Content-Length: 3\r\nContent-Length: 4\r\n\r\nabcd") == 400);
    CHECK(errorStatusOf(head + "Content-Length: 3, 4\r\n\r\nabcd") == 400);
}

TEST_CASE("parser: any Transfer-Encoding is 411")
{
    CHECK(errorStatusOf("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n") == 411);
    CHECK(errorStatusOf("POST / HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n") == 411);
    CHECK(errorStatusOf("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") == 411);
}

TEST_CASE("parser: a body over the limit is 413 as soon as the headers are complete")
{
    HttpRequestParser parser(smallLimits());
    parser.feed("POST /upload HTTP/1.1\r\nContent-Length: 101\r\n\r\n");
    REQUIRE(parser.next() == Status::Failed);
    CHECK(parser.errorStatus() == 413);
    CHECK(parser.errorCode() == "body_too_large");
    CHECK(parser.failedRequest().method == "POST"); // known for the access log
    CHECK(parser.failedRequest().path == "/upload");
    CHECK(parser.undeliveredBodyBytes() == 101);

    // What follows is not kept.
    parser.feed(QByteArray(101, 'x'));
    CHECK(parser.bufferedBytes() == 0);
    CHECK(parser.next() == Status::Failed);
}

TEST_CASE("parser: body bytes that came with the headers of a 413 count as delivered")
{
    HttpRequestParser parser(smallLimits());
    parser.feed("POST /upload HTTP/1.1\r\nContent-Length: 500\r\n\r\n" + QByteArray(40, 'x'));
    REQUIRE(parser.next() == Status::Failed);
    CHECK(parser.errorStatus() == 413);
    CHECK(parser.undeliveredBodyBytes() == 460);
    CHECK(parser.bufferedBytes() == 0);
}

TEST_CASE("parser: a body exactly at the limit is accepted")
{
    HttpRequestParser parser(smallLimits());
    REQUIRE(parseAll(parser, "POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n" + QByteArray(100, 'b')) == Status::Ready);
    CHECK(parser.takeRequest().body.size() == 100);
}

TEST_CASE("parser: headers over the limit are 431, also before they end")
{
    CHECK(errorStatusOf("GET / HTTP/1.1\r\nX-Big: " + QByteArray(300, 'a') + "\r\n\r\n") == 431);

    HttpRequestParser parser(smallLimits());
    parser.feed("GET / HTTP/1.1\r\nX-Big: " + QByteArray(200, 'a'));
    CHECK(parser.next() == Status::NeedMore);
    parser.feed(QByteArray(100, 'a')); // still no end of headers, and past the limit
    REQUIRE(parser.next() == Status::Failed);
    CHECK(parser.errorStatus() == 431);
}

TEST_CASE("parser: Connection close and HTTP/1.0 end keep-alive")
{
    HttpRequest request;
    request.version = "HTTP/1.1";
    CHECK(HttpRequestParser::keepAlive(request));
    request.headers.insert("connection", "keep-alive, Close");
    CHECK_FALSE(HttpRequestParser::keepAlive(request));
    request.headers.clear();
    request.version = "HTTP/1.0";
    CHECK_FALSE(HttpRequestParser::keepAlive(request));
}
