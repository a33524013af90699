#include "http/HttpTls.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace lintas::server {

Result<QSslConfiguration> loadServerTlsConfiguration(const QString &certificateFile, const QString &privateKeyFile)
{
    if (!QSslSocket::supportsSsl())
        return makeError(ErrorCode::Internal, QStringLiteral("TLS is not available (no OpenSSL backend for Qt)"));

    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("no PEM certificate could be read from %1").arg(certificateFile));
    }

    QFile keyFile(privateKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(privateKeyFile, keyFile.errorString()));
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("%1 holds no unencrypted RSA or EC private key in PEM form").arg(privateKeyFile));
    }

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // devices authenticate with tokens, not certificates
    config.setProtocol(QSsl::TlsV1_2OrLater);
    return config;
}

} // namespace lintas::server
