#pragma once

#include "base/Result.h"

#include <QSslConfiguration>
#include <QString>

namespace lintas::server {

// Server-side TLS settings from PEM files: the certificate chain (leaf first) and an unencrypted
// RSA or EC private key. TLS 1.2 or later, no client certificates.
Result<QSslConfiguration> loadServerTlsConfiguration(const QString &certificateFile, const QString &privateKeyFile);

} // namespace lintas::server
