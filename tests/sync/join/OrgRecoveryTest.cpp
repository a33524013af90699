#include "JoinNet.h"

#include "crypto/RecoveryCode.h"
#include "sync/OrgRecovery.h"
#include "sync/SyncSpaces.h"

#include <QUrl>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace lintas;
using test::JoinNet;

namespace {

sync::OrgRecovery recoveryOn(JoinNet &net, int i)
{
    net.pause();
    return sync::OrgRecovery(net.link(i), net.laptop(i).clock, net.laptop(i).random, net.cost);
}

void syncOk(JoinNet &net, int i)
{
    const auto o = net.sync(i);
    INFO(o.detail.toStdString());
    REQUIRE(o.ok());
    CHECK(o.quarantined == 0);
}

quint32 epochOf(JoinNet &net, int i)
{
    auto s = sync::SyncSpaces(*net.laptop(i).db).space(net.spaceId);
    REQUIRE_OK(s);
    return s->epoch;
}

} // namespace

TEST_CASE("every admin laptop is lost: the organisation's recovery key admits a new laptop, which gets everything back",
    "[sync][join][recovery]")
{
    JoinNet net(4);
    net.foundOrganisation();
    net.joinAndApprove(1);
    net.joinAndApprove(2);

    auto sheet = recoveryOn(net, 0).create(*net.laptop(0).db, net.spaceId);
    REQUIRE_OK(sheet);
    CHECK(crypto::RecoveryCode::normalise(sheet->link.code).value() == sheet->link.code);
    CHECK(sheet->spaceName == QLatin1String("LBH Lampung"));
    // What the QR carries reads back the same.
    auto printed = sync::OrgRecoveryLink::parse(sheet->link.toText());
    REQUIRE_OK(printed);
    CHECK(printed->serverUrl == net.url);
    CHECK(printed->spaceId == net.spaceId);
    CHECK(printed->code == sheet->link.code);
    // It is an admin of the space like a laptop, and nothing of its code stays on the laptop.
    auto members = sync::SyncSpaces(*net.laptop(0).db).members(net.spaceId);
    REQUIRE_OK(members);
    const auto key = std::find_if(members->cbegin(), members->cend(),
        [](const sync::SpaceMember &m) { return m.label.startsWith(sync::OrgRecovery::deviceLabel()); });
    REQUIRE(key != members->cend());
    CHECK(key->role == QLatin1String("admin"));
    CHECK(net.laptop(0).db->scalar(QStringLiteral("SELECT count(*) FROM sync_invites")).value().toInt() == 0);

    // Casework before and after a rotation the recovery key was not there for.
    const auto siti = net.laptop(0).addClient(QStringLiteral("Siti Before Rotation"));
    net.laptop(0).addCase(siti.id);
    net.laptop(1).addClient(QStringLiteral("Dewi Member"));
    for (int i : {0, 1, 2, 0})
        syncOk(net, i);
    REQUIRE_OK(net.revocation(0).removeDevice(net.spaceId, net.deviceOf(2)));
    const auto ayu = net.laptop(0).addClient(QStringLiteral("Ayu After Rotation"));
    syncOk(net, 0);
    syncOk(net, 1);
    CHECK(epochOf(net, 1) == 2);

    // Laptop 0, the only admin laptop, is lost. A new laptop is admitted with the sheet.
    // Typed from the sheet as people type: any case, spaces for dashes.
    auto typed = sync::OrgRecoveryLink::parse(
        QStringLiteral("lintas:orgrecovery?server=%1&space=%2&code=%3")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(net.url)), net.spaceId.toUpper(),
                sheet->link.code.toLower().replace(QLatin1Char('-'), QLatin1Char(' '))));
    REQUIRE_OK(typed);
    CHECK(typed->code == sheet->link.code);
    auto admitted = recoveryOn(net, 3).admitWith(*net.laptop(3).db, *typed, QStringLiteral("New laptop Sri"));
    REQUIRE_OK(admitted);
    CHECK(admitted->state == sync::JoinState::Joined);
    CHECK(admitted->role == QLatin1String("admin"));

    syncOk(net, 3);
    CHECK(epochOf(net, 3) == 2);
    CHECK(net.laptop(3).ws->clients().get(siti.id).ok());
    CHECK(net.laptop(3).ws->clients().get(ayu.id).ok());
    syncOk(net, 1);
    CHECK(net.dump(3) == net.dump(1));

    // The new laptop is a full admin: it removes the lost one, and the member follows.
    REQUIRE_OK(net.revocation(3).removeDevice(net.spaceId, net.deviceOf(0)));
    CHECK(epochOf(net, 3) == 3);
    syncOk(net, 1);
    CHECK(epochOf(net, 1) == 3);
    CHECK(net.sync(0).problem == sync::SyncProblem::Refused);
}

TEST_CASE("a recovery code that is not the organisation's is refused and changes nothing", "[sync][join][recovery]")
{
    JoinNet net(2);
    net.foundOrganisation();
    REQUIRE_OK(recoveryOn(net, 0).create(*net.laptop(0).db, net.spaceId));

    sync::OrgRecoveryLink wrong {net.url, net.spaceId, crypto::RecoveryCode::generate(net.laptop(1).random)};
    auto refused = recoveryOn(net, 1).admitWith(*net.laptop(1).db, wrong, QStringLiteral("New laptop"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::WrongPassphrase);
    CHECK_FALSE(sync::SyncSpaces(*net.laptop(1).db).current().value().has_value());

    CHECK(sync::OrgRecoveryLink::parse(QStringLiteral("lintas:join?server=x&code=y")).code() == ErrorCode::Validation);
    CHECK(sync::OrgRecoveryLink::parse(QStringLiteral("lintas:orgrecovery?server=http%3A%2F%2Fa&space=zz&code=")).code()
        == ErrorCode::Validation);
}
