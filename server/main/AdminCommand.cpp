#include "main/AdminCommand.h"

#include "storage/ServerStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lintas::server {

namespace {

void printJson(const QJsonObject &object)
{
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
}

int fail(const QString &message)
{
    QTextStream(stderr) << "lintas-server: " << message << '\n';
    return 1;
}

int listSpaces(ServerStore &store)
{
    const auto spaces = store.spaces();
    if (!spaces)
        return fail(spaces.error().detail);
    for (const SpaceRecord &s : *spaces)
        printJson({{QStringLiteral("space"), QString::fromLatin1(s.spaceId.toHex())}, {QStringLiteral("name"), s.name},
            {QStringLiteral("records"), s.head.seq}, {QStringLiteral("created_at"), s.createdAt}});
    return 0;
}

} // namespace

int runAdmin(const QStringList &args, const QString &dataDir, const QString &databaseUrl, const QString &name)
{
    Q_UNUSED(name)
    auto store = openServerStore(dataDir, databaseUrl);
    if (!store)
        return fail(store.error().detail);
    if (args.first() == QStringLiteral("spaces"))
        return listSpaces(**store);
    return fail(QStringLiteral("unknown admin command %1").arg(args.first()));
}

} // namespace lintas::server
