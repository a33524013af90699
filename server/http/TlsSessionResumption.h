#pragma once

#include "base/Result.h"

#include <functional>

typedef struct ssl_st SSL; // OpenSSL's connection object; only the .cpp includes OpenSSL

namespace lintas::server {

// TLS session resumption across connections for lintas-server (decision D29).
//
// Qt 6.4 gives every server-side QSslSocket an SSL_CTX of its own, whose session-ticket keys are
// random per context: a ticket issued on one connection can never be resumed on the next, so a
// device that polls hourly on a fresh connection pays for a full handshake (certificate and all)
// every time. Qt 6.4 also has no public handle to a socket's OpenSSL objects. So this hooks
// OpenSSL itself: once enabled, every server-side SSL object created in this process afterwards
// seals and opens its tickets with the process's TlsTicketKeys, issues one ticket per handshake
// (the client keeps only the newest) and gives it the keys' lifetime.
//
// Call once TLS is configured (idempotent, thread-safe). Fails only when OpenSSL refuses the
// hook; connections then still work, with full handshakes.
Status enableTlsSessionResumption();

// Runs start() — which must create the socket's OpenSSL object on this thread, as
// QSslSocket::startServerEncryption() does — and returns that object, or nullptr. The caller may
// read it until the socket disconnects (Qt frees it then); for tlsSessionResumed().
SSL *captureServerTls(const std::function<void()> &start);
bool tlsSessionResumed(SSL *ssl);

// How long a ticket may be used: one rotation period of the process's keys.
qint64 tlsTicketLifetimeSeconds();

} // namespace lintas::server
