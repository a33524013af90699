#include "http/HttpResponseWriter.h"

namespace lintas::server {

namespace {

bool isSafeHeaderName(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (char c : name) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && c != '-' && c != '_')
            return false;
    }
    return true;
}

bool isSafeHeaderValue(const QByteArray &value)
{
    return !value.contains('\r') && !value.contains('\n') && !value.contains('\0');
}

bool isFramingHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "content-length" || lower == "transfer-encoding" || lower == "connection";
}

} // namespace

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

QByteArray httpResponseHead(const HttpResponse &response, bool closeConnection)
{
    QByteArray head;
    head.reserve(256);
    head += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + httpReasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty() && isSafeHeaderValue(response.contentType))
        head += "Content-Type: " + response.contentType + "\r\n";
    if (httpStatusAllowsBody(response.status))
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers) {
        if (isSafeHeaderName(name) && isSafeHeaderValue(value) && !isFramingHeader(name))
            head += name + ": " + value + "\r\n";
    }
    if (closeConnection)
        head += "Connection: close\r\n";
    head += "\r\n";
    return head;
}

QByteArray serializeHttpResponse(const HttpResponse &response, bool closeConnection)
{
    const QByteArray head = httpResponseHead(response, closeConnection);
    return httpStatusAllowsBody(response.status) ? head + response.body : head;
}

bool httpStatusAllowsBody(int status)
{
    return status >= 200 && status != 204 && status != 304;
}

} // namespace lintas::server
