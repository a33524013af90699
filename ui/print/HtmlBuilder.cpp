#include "print/HtmlBuilder.h"

#include <QRegularExpression>

namespace lintas::ui {

void HtmlBuilder::title(const QString &text, const QString &subtitle)
{
    m_body += QStringLiteral("<h1>%1</h1>").arg(HtmlBuilder::text(text));
    if (!subtitle.isEmpty())
        m_body += QStringLiteral("<p class=\"subtitle\">%1</p>").arg(HtmlBuilder::text(subtitle));
}

void HtmlBuilder::heading(const QString &text)
{
    m_body += QStringLiteral("<h2>%1</h2>").arg(HtmlBuilder::text(text));
}

void HtmlBuilder::subheading(const QString &text)
{
    m_body += QStringLiteral("<h3>%1</h3>").arg(HtmlBuilder::text(text));
}

void HtmlBuilder::paragraph(const QString &text, const QString &cssClass)
{
    const QString open = cssClass.isEmpty() ? QStringLiteral("<p>") : QStringLiteral("<p class=\"%1\">").arg(cssClass);
    const QStringList paragraphs
        = text.trimmed().split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
    for (const QString &p : paragraphs)
        m_body += open + HtmlBuilder::text(p.trimmed()) + QStringLiteral("</p>");
}

void HtmlBuilder::entry(const QString &meta, const QString &text)
{
    // A heading level, so PagedHtml keeps it with its text at a page break.
    m_body += QStringLiteral("<h4>%1</h4>").arg(HtmlBuilder::text(meta));
    paragraph(text, QStringLiteral("entry"));
}

void HtmlBuilder::markup(const QString &html)
{
    m_body += html;
}

void HtmlBuilder::facts(const QVector<std::pair<QString, QString>> &rows)
{
    m_body += QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &[label, value] : rows) {
        if (value.trimmed().isEmpty())
            continue;
        m_body += QStringLiteral("<tr><td class=\"label\" width=\"28%\">%1</td><td>%2</td></tr>")
                      .arg(text(label), text(value));
    }
    m_body += QStringLiteral("</table>");
}

void HtmlBuilder::table(const QVector<Column> &columns, const QVector<QStringList> &rows, const QVector<int> &boldRows)
{
    m_body += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">"
                             "<thead><tr>");
    for (const Column &c : columns) {
        const QString width = c.widthPercent > 0 ? QStringLiteral(" width=\"%1%\"").arg(c.widthPercent) : QString();
        const QString align
            = c.alignRight ? QStringLiteral(" align=\"right\" class=\"number\"") : QStringLiteral(" align=\"left\"");
        m_body += QStringLiteral("<th%1%2>%3</th>").arg(width, align, text(c.header));
    }
    m_body += QStringLiteral("</tr></thead><tbody>");
    for (int r = 0; r < rows.size(); ++r) {
        const bool strong = boldRows.contains(r);
        m_body += strong ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>");
        for (int c = 0; c < columns.size(); ++c) {
            const QString cell = text(rows[r].value(c));
            // An amount or number is never broken inside ("Rp28,550,00" over "0"): the column
            // grows to fit it and the text columns wrap instead.
            const QString align
                = columns[c].alignRight ? QStringLiteral(" align=\"right\" class=\"number\"") : QString();
            m_body += QStringLiteral("<td%1>%2</td>").arg(align, strong ? QStringLiteral("<b>%1</b>").arg(cell) : cell);
        }
        m_body += QStringLiteral("</tr>");
    }
    m_body += QStringLiteral("</tbody></table>");
}

void HtmlBuilder::keepTogether(const std::function<void()> &content)
{
    const qsizetype start = m_body.size();
    m_body += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\"><tr><td>");
    const qsizetype inner = m_body.size();
    content();
    if (m_body.size() == inner)
        m_body.truncate(start); // an empty table would still take a line
    else
        m_body += QStringLiteral("</td></tr></table>");
}

QString HtmlBuilder::html() const
{
    return QStringLiteral("<html><body>") + m_body + QStringLiteral("</body></html>");
}

QString HtmlBuilder::text(const QString &plain)
{
    QString escaped = plain.toHtmlEscaped();
    escaped.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return escaped;
}

QString HtmlBuilder::bold(const QString &plain)
{
    return QStringLiteral("<b>%1</b>").arg(text(plain));
}

QString HtmlBuilder::stylesheet()
{
    // Qt's rich text understands a subset of CSS: sizes in pt, colours, margins in px (scaled to
    // the printer), table borders through the border attribute and border-color.
    return QStringLiteral(
        "body { font-size: 10pt; color: #000; }"
        "h1 { font-size: 16pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }"
        "p.subtitle { font-size: 11pt; color: #333; margin-top: 0px; margin-bottom: 10px; }"
        "h2 { font-size: 12pt; font-weight: bold; color: #1f3a5f; margin-top: 12px; margin-bottom: 4px; }"
        "h3 { font-size: 10.5pt; font-weight: bold; margin-top: 8px; margin-bottom: 3px; }"
        "p { margin-top: 0px; margin-bottom: 5px; }"
        "h4 { font-size: 9pt; font-weight: bold; color: #333; margin-top: 7px; margin-bottom: 1px; }"
        "p.entry { margin-left: 14px; margin-bottom: 2px; }"
        "p.note { font-size: 9pt; color: #444; font-style: italic; }"
        "p.warning { font-weight: bold; color: #9b0000; }"
        "p.closing { margin-top: 8px; }"
        "table.facts { margin-bottom: 4px; }"
        "table.facts td.label { color: #444; font-weight: bold; }"
        "table.grid { border-color: #777; border-style: solid; border-collapse: collapse; margin-bottom: 6px; }"
        "table.grid th { background-color: #e6e6e6; font-weight: bold; font-size: 9pt; }"
        "table.grid td { font-size: 9pt; }"
        "table.grid td.number { white-space: nowrap; }"
        "tr.total td { background-color: #f2f2f2; }"
        "table.signatures { margin-top: 10px; }"
        "p.signature { margin-top: 40px; margin-bottom: 2px; font-size: 8pt; color: #777; }");
}

} // namespace lintas::ui
