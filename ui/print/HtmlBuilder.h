#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

#include <utility>

namespace lintas::ui {

// Builds the HTML of a printed document from plain text. Everything given as text is escaped,
// so a name or a note with "<" or "&" in it prints as typed and can never add markup.
// The look (fonts, rules, table borders) is in stylesheet(), which PagedHtml applies.
class HtmlBuilder {
public:
    struct Column {
        QString header;
        int widthPercent = 0; // 0: let the layout decide
        bool alignRight = false; // amounts and numbers: kept on one line
    };

    // The document's title, with a line under it (e.g. the case reference).
    void title(const QString &text, const QString &subtitle = {});
    void heading(const QString &text);
    void subheading(const QString &text);
    // Plain text; line breaks are kept, blank lines start a new paragraph.
    void paragraph(const QString &text, const QString &cssClass = {});
    // One entry of a list such as the timeline: a bold line (when, what, who) kept on the page of
    // the text under it.
    void entry(const QString &meta, const QString &text);
    // Already-built markup, for the few places that mix text and emphasis.
    void markup(const QString &html);
    // A two-column table of label and value; rows with an empty value are left out.
    void facts(const QVector<std::pair<QString, QString>> &rows);
    // A ruled table with a header row that repeats on every page it spans.
    void table(const QVector<Column> &columns, const QVector<QStringList> &rows, const QVector<int> &boldRows = {});

    // Keeps what `content` adds on one page when it is short enough (see PagedHtml): it goes into
    // a borderless table of one cell, and PagedHtml moves short tables whole to the next page.
    void keepTogether(const std::function<void()> &content);

    QString html() const;

    // Escaped text with line breaks kept.
    static QString text(const QString &plain);
    static QString bold(const QString &plain);
    static QString stylesheet();

private:
    QString m_body;
};

} // namespace lintas::ui
