#pragma once

#include "http/HttpMessage.h"

#include <QByteArray>
#include <QByteArrayView>

namespace lintas::server {

struct HttpParserLimits {
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int maxHeaderBytes = 16 * 1024; // request line + header lines + the blank line
};

// Incremental HTTP/1.1 request parser, independent of sockets: feed() whatever arrived, then call
// next() until it stops returning Ready. Bytes after one request stay buffered for the next
// (pipelining). Only Content-Length bodies: any Transfer-Encoding is refused with 411.
//
// A body larger than maxBodyBytes fails with 413 as soon as the headers are complete, so the
// caller can reply before the body arrives and discard it instead of buffering it. The buffer
// never holds more than one header block, one body within the limit and the last fed chunk.
class HttpRequestParser {
public:
    enum class Status {
        NeedMore, // feed more bytes
        Ready, // takeRequest() holds a complete request
        Failed, // errorStatus()/errorCode(); the connection cannot be parsed further
    };

    explicit HttpRequestParser(HttpParserLimits limits = {});

    void feed(QByteArrayView bytes);
    Status next();
    HttpRequest takeRequest();

    int errorStatus() const { return m_errorStatus; } // 400, 411, 413, 431, 505
    QByteArray errorCode() const { return m_errorCode; } // "bad_request", "body_too_large" …
    // What was understood of the request that failed (method, path, version, headers), for the
    // access log and the keep-alive decision; empty when the request line itself was at fault.
    const HttpRequest &failedRequest() const { return m_current; }
    // Declared body length of the failed request (413), so the caller knows how much to discard.
    qint64 declaredBodyBytes() const { return m_contentLength; }
    // Of that body, the bytes not yet fed when the request failed: what the caller still has to
    // read off the connection and discard.
    qint64 undeliveredBodyBytes() const { return m_undeliveredBody; }

    // Wire size (request line, headers, body) of the request last returned or failed.
    qint64 requestBytes() const { return m_requestBytes; }
    // True between the end of the headers and the end of the body of the current request:
    // a client sending "Expect: 100-continue" waits for an interim reply in this state.
    bool awaitingBody() const { return m_state == State::Body; }
    bool expectsContinue() const { return m_state == State::Body && m_expectContinue; }
    // Bytes of a request not yet complete (0 between requests): a connection with none is idle.
    qsizetype bufferedBytes() const { return m_buffer.size() - m_consumed; }
    bool hasPartialRequest() const { return bufferedBytes() > 0 || m_state == State::Body; }

    // HTTP/1.1 keeps the connection unless "Connection: close"; HTTP/1.0 always closes here.
    static bool keepAlive(const HttpRequest &request);

private:
    enum class State { Head, Body, Failed };

    Status fail(int status, const char *code);
    Status parseHead(qsizetype headEnd);
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    Status finishHead();
    qsizetype findHeadEnd();
    void compact();

    HttpParserLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_consumed = 0; // bytes of m_buffer already parsed into a returned request
    qsizetype m_scanFrom = 0; // where the search for the end of the header block resumes
    State m_state = State::Head;
    HttpRequest m_current;
    HttpRequest m_ready;
    qint64 m_contentLength = 0;
    qint64 m_undeliveredBody = 0;
    qint64 m_headBytes = 0;
    qint64 m_requestBytes = 0;
    bool m_expectContinue = false;
    int m_errorStatus = 0;
    QByteArray m_errorCode;
};

} // namespace lintas::server
