#pragma once

#include "base/Error.h"
#include "domain/CodeList.h"

#include <QJsonValue>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstdio>
#include <initializer_list>

namespace lintas::cli {

// Everything lintas-cli prints. Results go to stdout — aligned plain-text tables by default, one
// JSON document with --json — and everything meant for the person rather than the pipe (notes,
// warnings, progress, errors) goes to stderr, so `lintas-cli … --json | jq` always parses.
class CliOutput {
public:
    CliOutput(bool json, domain::Language language);

    bool json() const { return m_json; }
    domain::Language language() const { return m_language; }
    void setJson(bool json) { m_json = json; }
    void setLanguage(domain::Language language) { m_language = language; }

    void line(const QString &text = {});
    // Columns padded to their widest cell; an empty table prints `empty` instead.
    void table(const QStringList &headers, const QVector<QStringList> &rows, const QString &empty = {});
    void table(
        std::initializer_list<const char *> headers, const QVector<QStringList> &rows, const QString &empty = {});
    // Headers are short ASCII words; spelled as plain literals they stay readable at the call site.
    static QStringList headers(std::initializer_list<const char *> names);
    // "label: value" lines with the labels aligned.
    void fields(const QVector<QPair<QString, QString>> &rows);
    void jsonDocument(const QJsonValue &value);

    void note(const QString &text); // stderr, no prefix
    void warning(const QString &text); // stderr, "lintas-cli: warning: …"
    // stderr "lintas-cli: error: …" (and the field), plus with --json an error object on stdout.
    void error(const Error &error, int exitCode);
    // Rewrites one stderr line in place on a terminal; plain lines otherwise.
    void progress(const QString &text, bool final);

private:
    void write(FILE *stream, const QString &text);

    bool m_json;
    domain::Language m_language;
    bool m_stderrIsTty;
    bool m_progressOpen = false;
};

} // namespace lintas::cli
