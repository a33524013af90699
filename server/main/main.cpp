// lintas-server: stores and relays the end-to-end encrypted records of Lintas devices.
//   lintas-server serve [--data-dir DIR | --database postgresql://…] [--listen 127.0.0.1:8470]
//                       [--tls-cert cert.pem --tls-key key.pem] [--max-body-bytes N] [--workers N]
//   lintas-server admin create-org --name NAME [--public-url https://…] [--data-dir DIR | --database URL]
//   lintas-server admin spaces [--data-dir DIR | --database URL]
#include "main/AdminCommand.h"
#include "main/ServeCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace lintas::server;

namespace {

bool parseListen(const QString &text, HttpServerOptions &http)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return false;
    http.address = host.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(host);
    http.port = static_cast<quint16>(port);
    return !http.address.isNull();
}

int usage(const QCommandLineParser &parser, const QString &problem)
{
    QTextStream err(stderr);
    err << "lintas-server: " << problem << "\n\n" << parser.helpText();
    return 64; // EX_USAGE
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lintas-server"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Stores and relays the end-to-end encrypted records of Lintas devices.\n"
                       "Commands: serve | admin create-org --name NAME | admin spaces"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("serve or admin"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("SQLite storage folder."),
        QStringLiteral("dir"), QStringLiteral("/var/lib/lintas-server"));
    const QCommandLineOption database(
        QStringLiteral("database"), QStringLiteral("postgresql://… instead of SQLite."), QStringLiteral("url"));
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address and port (default 127.0.0.1:8470)."), QStringLiteral("addr:port"),
        QStringLiteral("127.0.0.1:8470"));
    const QCommandLineOption cert(
        QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain)."), QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("PEM private key."), QStringLiteral("file"));
    const QCommandLineOption maxBody(QStringLiteral("max-body-bytes"),
        QStringLiteral("Larger requests are refused with 413 (default 8388608)."), QStringLiteral("n"));
    const QCommandLineOption workers(QStringLiteral("workers"),
        QStringLiteral("Threads that handle requests, each with its own database connection (default %1, 1-64).")
            .arg(defaultWorkers()),
        QStringLiteral("n"));
    const QCommandLineOption name(
        QStringLiteral("name"), QStringLiteral("Organisation name (admin create-org)."), QStringLiteral("name"));
    const QCommandLineOption publicUrl(QStringLiteral("public-url"),
        QStringLiteral("Address devices use to reach this server, for join links (admin create-org)."),
        QStringLiteral("url"));
    parser.addOptions({dataDir, database, listen, cert, key, maxBody, workers, name, publicUrl});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage(parser, QStringLiteral("no command"));
    const QString storageDir = parser.value(dataDir);
    const QString storageUrl = parser.value(database);
    if (args.first() == QStringLiteral("serve")) {
        ServeOptions options;
        options.dataDir = storageDir;
        options.databaseUrl = storageUrl;
        if (!parseListen(parser.value(listen), options.http))
            return usage(parser, QStringLiteral("--listen wants address:port, e.g. 127.0.0.1:8470"));
        options.http.certificateFile = parser.value(cert);
        options.http.privateKeyFile = parser.value(key);
        if (options.http.certificateFile.isEmpty() != options.http.privateKeyFile.isEmpty())
            return usage(parser, QStringLiteral("--tls-cert and --tls-key go together"));
        if (parser.isSet(maxBody)) {
            bool ok = false;
            options.http.maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
            if (!ok || options.http.maxBodyBytes < 1024)
                return usage(parser, QStringLiteral("--max-body-bytes wants a number ≥ 1024"));
        }
        if (parser.isSet(workers)) {
            bool ok = false;
            options.workers = parser.value(workers).toInt(&ok);
            if (!ok || options.workers < 1 || options.workers > 64)
                return usage(parser, QStringLiteral("--workers wants a number from 1 to 64"));
        }
        return runServe(options);
    }
    if (args.first() == QStringLiteral("admin") && args.size() >= 2)
        return runAdmin(args.mid(1), storageDir, storageUrl, parser.value(name), parser.value(publicUrl));
    return usage(parser, QStringLiteral("unknown command %1").arg(args.join(QLatin1Char(' '))));
}
