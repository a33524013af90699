#pragma once

#include "http/HttpMessage.h"
#include "sync/SyncTransport.h"

#include <QHostAddress>
#include <QString>

namespace lintas::test {

// A POST as lintas-server's HTTP layer hands it to ServerApi, from a device on loopback, with
// its bearer token if it has one: for calling the API without sockets (tests, benchmarks).
inline server::HttpRequest apiPost(const QString &path, const QByteArray &body, const QByteArray &token)
{
    server::HttpRequest r;
    r.method = "POST";
    r.path = path.toUtf8();
    r.body = body;
    r.peer = QHostAddress::LocalHost;
    if (!token.isEmpty())
        r.headers.insert("authorization",
            "Bearer " + token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return r;
}

// ServerApi's reply as a transport hands it to the sync engine.
inline sync::TransportReply transportReply(const server::HttpResponse &reply)
{
    sync::TransportReply out;
    out.status = reply.status;
    out.body = reply.body;
    for (const auto &h : reply.headers)
        if (h.first == "Retry-After")
            out.retryAfterMs = h.second.toLongLong() * 1000;
    return out;
}

} // namespace lintas::test
