#pragma once

#include "http/HttpMessage.h"

#include <QByteArray>

namespace lintas::server {

// The status line, headers and body of a response as sent on the wire: always a Content-Length,
// "Connection: close" when the connection ends after it. Extra headers with a name that is not a
// token or a value holding CR/LF are dropped (no header injection), and so are extra
// Content-Length, Transfer-Encoding and Connection headers: framing is the server's business.
QByteArray serializeHttpResponse(const HttpResponse &response, bool closeConnection);
// The same without the body, so a large body can be written without copying it.
QByteArray httpResponseHead(const HttpResponse &response, bool closeConnection);

// 1xx, 204 and 304 replies carry neither a body nor a Content-Length (RFC 9110 §8.6); a body a
// handler set on them is not sent.
bool httpStatusAllowsBody(int status);

// "OK", "Payload Too Large" …; "Unknown" for codes this server never sends.
QByteArray httpReasonPhrase(int status);

} // namespace lintas::server
