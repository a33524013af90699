#include "http/HttpRequestParser.h"

#include <QList>

#include <cstring>

namespace lintas::server {

namespace {

// RFC 9110 token characters (method and header names).
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

// Content-Length may arrive as a list ("5, 5") when a proxy merged duplicates: every element
// must be the same non-negative decimal number. -1: malformed.
qint64 parseContentLength(const QByteArray &value)
{
    qint64 length = -1;
    for (const QByteArray &element : value.split(',')) {
        const QByteArrayView digits = trimmedOws(element);
        if (digits.isEmpty() || digits.size() > 18) // 18 digits cannot overflow qint64
            return -1;
        qint64 parsed = 0;
        for (char c : digits) {
            if (!isDigit(c))
                return -1;
            parsed = parsed * 10 + (c - '0');
        }
        if (length >= 0 && parsed != length)
            return -1;
        length = parsed;
    }
    return length;
}

} // namespace

HttpRequestParser::HttpRequestParser(HttpParserLimits limits) : m_limits(limits) { }

void HttpRequestParser::feed(QByteArrayView bytes)
{
    // After a failure nothing more is parsed: keeping the bytes would only let a client that
    // ignores the error reply grow our memory.
    if (m_state == State::Failed)
        return;
    m_buffer.append(bytes.data(), bytes.size());
}

HttpRequestParser::Status HttpRequestParser::next()
{
    if (m_state == State::Failed)
        return Status::Failed;

    if (m_state == State::Head) {
        compact();
        // Clients may send a stray CRLF after a body (RFC 9112 §2.2): skip empty lines before a request.
        while (m_consumed < m_buffer.size()
            && (m_buffer[m_consumed] == '\n'
                || (m_buffer[m_consumed] == '\r' && m_consumed + 1 < m_buffer.size()
                    && m_buffer[m_consumed + 1] == '\n'))) {
            m_consumed += m_buffer[m_consumed] == '\r' ? 2 : 1;
        }
        m_scanFrom = qMax(m_scanFrom, m_consumed);

        // The header block ends with an empty line; LF alone is tolerated as a line end.
        const qsizetype headEnd = findHeadEnd();
        if (headEnd < 0) {
            if (bufferedBytes() > m_limits.maxHeaderBytes)
                return fail(431, "headers_too_large");
            return Status::NeedMore;
        }
        if (headEnd - m_consumed > m_limits.maxHeaderBytes)
            return fail(431, "headers_too_large");
        const Status head = parseHead(headEnd);
        if (head != Status::Ready)
            return head;
    }

    // State::Body
    if (m_buffer.size() - m_consumed < m_contentLength)
        return Status::NeedMore;
    m_current.body = m_buffer.mid(m_consumed, m_contentLength);
    m_consumed += m_contentLength;
    m_requestBytes = m_headBytes + m_contentLength;
    m_headBytes = 0;
    m_ready = std::move(m_current);
    m_current = HttpRequest();
    m_state = State::Head;
    m_scanFrom = m_consumed;
    m_expectContinue = false;
    return Status::Ready;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_ready);
    m_ready = HttpRequest();
    return request;
}

bool HttpRequestParser::keepAlive(const HttpRequest &request)
{
    if (request.version != "HTTP/1.1")
        return false;
    for (const QByteArray &option : request.header("connection").split(',')) {
        if (trimmedOws(option).compare("close", Qt::CaseInsensitive) == 0)
            return false;
    }
    return true;
}

HttpRequestParser::Status HttpRequestParser::fail(int status, const char *code)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorCode = code;
    m_requestBytes = m_headBytes > 0 ? m_headBytes : bufferedBytes(); // the body of a 413 is not counted
    m_undeliveredBody = status == 413 ? qMax<qint64>(0, m_contentLength - bufferedBytes()) : 0;
    m_buffer = QByteArray(); // release, not just clear: a failed connection holds no input
    m_consumed = 0;
    m_scanFrom = 0;
    return Status::Failed;
}

HttpRequestParser::Status HttpRequestParser::parseHead(qsizetype headEnd)
{
    m_current = HttpRequest();
    m_headBytes = headEnd - m_consumed;
    const QByteArrayView head = QByteArrayView(m_buffer).sliced(m_consumed, headEnd - m_consumed);
    m_consumed = headEnd;

    bool first = true;
    qsizetype lineStart = 0;
    while (lineStart < head.size()) {
        const qsizetype lf = head.indexOf('\n', lineStart);
        QByteArrayView line = head.sliced(lineStart, lf - lineStart);
        lineStart = lf + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // the blank line that ends the header block
        if (first) {
            first = false;
            if (!parseRequestLine(line)) {
                const bool versionTooNew = m_errorStatus == 505;
                m_current = HttpRequest();
                return versionTooNew ? fail(505, "version_not_supported") : fail(400, "bad_request");
            }
        } else if (!parseHeaderLine(line)) {
            return fail(400, "bad_header");
        }
    }
    return finishHead();
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    // method SP request-target SP HTTP-version, single spaces (RFC 9112 §3).
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0)
        return false;
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method) || target.isEmpty() || target.front() != '/')
        return false;
    for (char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return false;
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || !isDigit(version[5]) || version[6] != '.'
        || !isDigit(version[7])) {
        return false;
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        m_errorStatus = 505;
        return false;
    }
    m_current.method = method.toByteArray();
    m_current.version = version.toByteArray();
    const qsizetype question = target.indexOf('?');
    m_current.path = (question < 0 ? target : target.first(question)).toByteArray();
    m_current.query = question < 0 ? QByteArray() : target.sliced(question + 1).toByteArray();
    return true;
}

bool HttpRequestParser::parseHeaderLine(QByteArrayView line)
{
    // No obsolete line folding, no whitespace before the colon (RFC 9112 §5.1, §5.2): both are
    // request-smuggling vectors when a proxy reads them differently.
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return false;
    const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
    for (char c : value) {
        if (c == '\r' || c == '\0')
            return false;
    }
    const QByteArray name = line.first(colon).toByteArray().toLower();
    auto existing = m_current.headers.find(name);
    if (existing == m_current.headers.end())
        m_current.headers.insert(name, value.toByteArray());
    else
        *existing += ", " + value.toByteArray();
    return true;
}

HttpRequestParser::Status HttpRequestParser::finishHead()
{
    if (m_current.headers.contains("transfer-encoding"))
        return fail(411, "length_required");
    m_contentLength = 0;
    if (m_current.headers.contains("content-length")) {
        m_contentLength = parseContentLength(m_current.header("content-length"));
        if (m_contentLength < 0) {
            m_contentLength = 0;
            return fail(400, "bad_content_length");
        }
        if (m_contentLength > m_limits.maxBodyBytes)
            return fail(413, "body_too_large");
    }
    m_expectContinue = m_current.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0;
    m_state = State::Body;
    return Status::Ready;
}

qsizetype HttpRequestParser::findHeadEnd()
{
    const qsizetype size = m_buffer.size();
    for (qsizetype i = m_scanFrom; i < size; ++i) {
        if (m_buffer[i] != '\n')
            continue;
        if (i + 1 < size && m_buffer[i + 1] == '\n')
            return i + 2;
        if (i + 2 < size && m_buffer[i + 1] == '\r' && m_buffer[i + 2] == '\n')
            return i + 3;
        if (i + 2 >= size && (i + 1 == size || m_buffer[i + 1] == '\r')) {
            m_scanFrom = i; // the blank line may still be arriving: look from this LF again
            return -1;
        }
    }
    m_scanFrom = size; // resumes where this search stopped, so byte-by-byte input stays linear
    return -1;
}

void HttpRequestParser::compact()
{
    if (m_consumed == 0)
        return;
    if (m_consumed == m_buffer.size()) {
        m_buffer = QByteArray(); // between requests: give a large body's memory back
        m_consumed = 0;
        m_scanFrom = 0;
    } else if (m_consumed >= 64 * 1024 || m_consumed * 2 >= m_buffer.size()) {
        m_buffer.remove(0, m_consumed);
        m_scanFrom = qMax<qsizetype>(0, m_scanFrom - m_consumed);
        m_consumed = 0;
    }
}

} // namespace lintas::server
