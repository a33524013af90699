#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace lintas::protocol {

// The parameters of a "lintas:<kind>?name=value&…" link (what a QR code or a message carries),
// percent-decoded; nullopt when `text` is not a link of that kind. Unknown names are kept: each
// reader takes what it knows.
std::optional<QMap<QString, QString>> lintasLinkQuery(const QString &text, const QString &kind);

// "lintas:<kind>?" followed by the pairs, values percent-encoded, in the order given.
QString lintasLinkText(const QString &kind, const QVector<QPair<QString, QString>> &pairs);

// An http or https URL with a host: where a link may send a device.
bool isServerUrl(const QString &url);

} // namespace lintas::protocol
