#pragma once

#include "base/Result.h"
#include "protocol/InviteCode.h"

#include <QByteArray>
#include <QString>

namespace lintas {
class Clock;
class RandomSource;
} // namespace lintas

namespace lintas::server {

class ServerStore;

struct CreatedOrganisation {
    QByteArray spaceId;
    QString inviteCode; // shown once to the person who runs the command; never stored
    qint64 expiresAt = 0;
};

// `lintas-server admin create-org --name …`: creates the organisation's space and the one-time
// invite for its first admin device. The store keeps only the invite id and the public proof
// key derived from the code; whoever holds the code joins as the first admin and signs the
// membership genesis.
Result<CreatedOrganisation> createOrganisation(ServerStore &store, const QString &name, const Clock &clock,
    RandomSource &random, const protocol::InviteCost &cost = protocol::InviteCost::interactive(),
    qint64 validForMs = 7LL * 24 * 3600 * 1000);

} // namespace lintas::server
