#include "CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace lintas::cli {

namespace {

// Display width of a cell: combining marks take no column, CJK and emoji take two. Close enough
// for names in Latin script and the occasional Chinese employer name.
int displayWidth(const QString &text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t cp = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            cp = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const auto category = QChar::category(cp);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
            continue;
        const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
            || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60)
            || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

QString pad(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

// Table cells are one line: newlines in long texts (chronology) would break the columns.
QString oneLine(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    out.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return out;
}

} // namespace

CliOutput::CliOutput(bool json, domain::Language language)
    : m_json(json), m_language(language), m_stderrIsTty(::isatty(STDERR_FILENO) == 1)
{ }

void CliOutput::write(FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<std::size_t>(utf8.size()), stream);
    std::fflush(stream);
}

void CliOutput::line(const QString &text)
{
    write(stdout, text + QLatin1Char('\n'));
}

void CliOutput::table(const QStringList &headers, const QVector<QStringList> &rows, const QString &empty)
{
    if (rows.isEmpty()) {
        if (!empty.isEmpty())
            line(empty);
        return;
    }
    QVector<int> widths(headers.size(), 0);
    for (qsizetype c = 0; c < headers.size(); ++c)
        widths[c] = displayWidth(headers.at(c));
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < headers.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(oneLine(row.at(c))));
    }
    auto render = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype c = 0; c < headers.size(); ++c) {
            const QString cell = oneLine(cells.value(c));
            padded << (c + 1 == headers.size() ? cell : pad(cell, widths[c]));
        }
        return padded.join(QStringLiteral("  ")).trimmed();
    };
    QString out = render(headers) + QLatin1Char('\n');
    for (const QStringList &row : rows)
        out += render(row) + QLatin1Char('\n');
    write(stdout, out);
}

void CliOutput::table(
    std::initializer_list<const char *> headers, const QVector<QStringList> &rows, const QString &empty)
{
    table(CliOutput::headers(headers), rows, empty);
}

QStringList CliOutput::headers(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *name : names)
        out << QString::fromUtf8(name);
    return out;
}

void CliOutput::fields(const QVector<QPair<QString, QString>> &rows)
{
    int width = 0;
    for (const auto &r : rows)
        width = std::max(width, displayWidth(r.first));
    QString out;
    for (const auto &r : rows) {
        QString value = r.second;
        // Multi-line values (chronology, demands) continue under the value column.
        value.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(width + 2, QLatin1Char(' ')));
        out += pad(r.first + QLatin1Char(':'), width + 2) + value + QLatin1Char('\n');
    }
    write(stdout, out);
}

void CliOutput::jsonDocument(const QJsonValue &value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    write(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void CliOutput::note(const QString &text)
{
    write(stderr, text + QLatin1Char('\n'));
}

void CliOutput::warning(const QString &text)
{
    write(stderr, QStringLiteral("lintas-cli: warning: %1\n").arg(text));
}

void CliOutput::error(const Error &error, int exitCode)
{
    if (m_progressOpen)
        progress(QString(), true);
    QString message = error.detail.isEmpty() ? errorCodeName(error.code) : error.detail;
    if (!error.field.isEmpty() && !message.contains(error.field))
        message = QStringLiteral("%1: %2").arg(error.field, message);
    write(stderr, QStringLiteral("lintas-cli: error: %1\n").arg(message));
    if (m_json) {
        QJsonObject e {{QStringLiteral("code"), errorCodeName(error.code)}, {QStringLiteral("exitCode"), exitCode},
            {QStringLiteral("message"), message}};
        if (!error.field.isEmpty())
            e.insert(QStringLiteral("field"), error.field);
        if (!error.rule.isEmpty())
            e.insert(QStringLiteral("rule"), error.rule);
        jsonDocument(QJsonObject {{QStringLiteral("error"), e}});
    }
}

void CliOutput::progress(const QString &text, bool final)
{
    if (m_stderrIsTty) {
        write(stderr, QStringLiteral("\r\033[K") + text + (final ? QStringLiteral("\n") : QString()));
        m_progressOpen = !final;
    } else if (!text.isEmpty()) {
        write(stderr, text + QLatin1Char('\n'));
    }
}

} // namespace lintas::cli
