#include "main/AdminCommand.h"

#include "api/AdminCommands.h"
#include "base/Clock.h"
#include "base/RandomSource.h"
#include "protocol/InviteCode.h"
#include "storage/ServerStore.h"

#include <QDateTime>

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

int createOrg(ServerStore &store, const QString &name, const QString &publicUrl)
{
    if (name.trimmed().isEmpty())
        return fail(QStringLiteral("create-org needs --name \"Organisation name\""));
    const auto created = createOrganisation(store, name.trimmed(), SystemClock::instance(), SecureRandom::instance());
    if (!created)
        return fail(created.error().detail);
    // The code is printed here once and kept nowhere: hand it to the organisation's first admin
    // in person or by phone. The server stores only what verifies it.
    QJsonObject out {{QStringLiteral("space"), QString::fromLatin1(created->spaceId.toHex())},
        {QStringLiteral("name"), name.trimmed()}, {QStringLiteral("invite_code"), created->inviteCode},
        {QStringLiteral("expires_at"),
            QDateTime::fromMSecsSinceEpoch(created->expiresAt, Qt::UTC).toString(Qt::ISODate)}};
    if (!publicUrl.isEmpty())
        out.insert(QStringLiteral("join_link"), protocol::JoinLink {publicUrl, created->inviteCode}.toText());
    printJson(out);
    return 0;
}

} // namespace

int runAdmin(const QStringList &args, const QString &dataDir, const QString &databaseUrl, const QString &name,
    const QString &publicUrl)
{
    auto store = openServerStore(dataDir, databaseUrl);
    if (!store)
        return fail(store.error().detail);
    if (args.first() == QStringLiteral("spaces"))
        return listSpaces(**store);
    if (args.first() == QStringLiteral("create-org"))
        return createOrg(**store, name, publicUrl);
    return fail(QStringLiteral("unknown admin command %1").arg(args.first()));
}

} // namespace lintas::server
