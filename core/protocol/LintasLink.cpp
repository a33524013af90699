#include "protocol/LintasLink.h"

#include <QUrl>
#include <QVector>

namespace lintas::protocol {

std::optional<QMap<QString, QString>> lintasLinkQuery(const QString &text, const QString &kind)
{
    const QString prefix = QStringLiteral("lintas:") + kind + QLatin1Char('?');
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(prefix, Qt::CaseInsensitive))
        return std::nullopt;
    QMap<QString, QString> out;
    for (const QString &item : trimmed.mid(prefix.size()).split(QLatin1Char('&'))) {
        const int eq = item.indexOf(QLatin1Char('='));
        if (eq >= 0)
            out.insert(item.left(eq), QUrl::fromPercentEncoding(item.mid(eq + 1).toLatin1()));
    }
    return out;
}

QString lintasLinkText(const QString &kind, const QVector<QPair<QString, QString>> &pairs)
{
    QString out = QStringLiteral("lintas:") + kind + QLatin1Char('?');
    for (int i = 0; i < pairs.size(); ++i) {
        if (i > 0)
            out += QLatin1Char('&');
        out += pairs.at(i).first + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(pairs.at(i).second));
    }
    return out;
}

bool isServerUrl(const QString &url)
{
    const QUrl server(url, QUrl::StrictMode);
    return !url.isEmpty() && server.isValid() && !server.host().isEmpty()
        && (server.scheme() == QLatin1String("https") || server.scheme() == QLatin1String("http"));
}

} // namespace lintas::protocol
