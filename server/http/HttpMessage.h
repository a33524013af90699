#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>

#include <functional>

namespace lintas::server {

// One parsed HTTP/1.1 request. The body is complete and within the server's size limit: larger
// requests never reach a handler (413, refused before their body is read).
struct HttpRequest {
    QByteArray method; // "GET", "POST"
    QByteArray path; // without the query, percent-decoding left to the handler
    QByteArray query; // after '?', may be empty
    QByteArray version = QByteArrayLiteral("HTTP/1.1"); // or "HTTP/1.0"
    QHash<QByteArray, QByteArray> headers; // names lower-cased; repeated headers joined with ", "
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType; // empty: no Content-Type header
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (Retry-After, WWW-Authenticate …)
    bool closeConnection = false;

    static HttpResponse withBody(int status, QByteArray contentType, QByteArray body)
    {
        HttpResponse r;
        r.status = status;
        r.contentType = std::move(contentType);
        r.body = std::move(body);
        return r;
    }
    // A small JSON error body {"error":"<code>"} that clients and logs can match on.
    static HttpResponse error(int status, const QByteArray &code)
    {
        return withBody(status, QByteArrayLiteral("application/json"), "{\"error\":\"" + code + "\"}");
    }
};

// Called on the server's thread for each complete request. Must not block for long: storage
// calls are short transactions, never network I/O.
using HttpHandler = std::function<HttpResponse(const HttpRequest &)>;

} // namespace lintas::server
