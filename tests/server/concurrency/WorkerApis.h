#pragma once

// Several ServerApi siblings over their own store connections to one store, as lintas-server's
// workers have them (decision D28), and devices enrolled in one space with their tokens. For
// cases that call the API from many threads at once on the backend under test.

#include "api/ServerApi.h"
#include "base/Clock.h"
#include "base/RandomSource.h"
#include "crypto/DeviceKeys.h"
#include "crypto/SecretBytes.h"
#include "protocol/Envelope.h"
#include "protocol/LogChain.h"
#include "protocol/SyncMessages.h"
#include "storage/ServerStore.h"
#include "support/ApiPost.h"
#include "support/TempDir.h"
#include "support/TestPostgres.h"

#include <catch2/catch.hpp>

#include <memory>
#include <vector>

namespace lintas::test {

struct WorkerDevice {
    QByteArray id;
    crypto::SigningKey key;
    QByteArray token;
};

struct WorkerApis {
    TempDir dir;
    ManualClock clock {1'795'000'000'000};
    SeededRandom random {7};
    StoreLocation where;
    std::vector<std::unique_ptr<server::ServerStore>> stores;
    std::vector<std::unique_ptr<server::ServerApi>> apis; // apis[i] uses stores[i]
    QByteArray spaceId;

    explicit WorkerApis(int workers)
    {
        auto location = freshStoreLocation(dir);
        REQUIRE(location.ok());
        where = *location;
        for (int i = 0; i < workers; ++i) {
            auto store = openStoreAt(where);
            INFO((store.ok() ? std::string() : store.error().detail.toStdString()));
            REQUIRE(store.ok());
            stores.push_back(std::move(*store));
            if (i == 0) {
                auto api = server::ServerApi::create(*stores.back(), clock, random);
                REQUIRE(api.ok());
                apis.push_back(std::move(*api));
            } else {
                apis.push_back(apis.front()->sibling(*stores.back()));
            }
        }
        spaceId = random.bytes(16);
        REQUIRE(stores.front()->createSpace(spaceId, QStringLiteral("LBH Lampung"), clock.nowMs()).ok());
    }

    // A device known to the server, a member of the space, logged in.
    WorkerDevice enrol()
    {
        WorkerDevice d {random.bytes(16), crypto::SigningKey::generate(random), {}};
        server::ServerStore &store = *stores.front();
        server::DeviceRecord record;
        record.deviceId = d.id;
        record.signKey = d.key.publicKey();
        record.boxKey = crypto::BoxKey::generate(random).publicKey();
        record.createdAt = clock.nowMs();
        REQUIRE(store.addDevice(record).ok());
        auto log = store.membership(spaceId, 0);
        REQUIRE(log.ok());
        server::MembershipEntry entry;
        entry.index = log->size() + 1;
        entry.entry = "add " + d.id;
        entry.hash
            = protocol::LogChain::next(log->isEmpty() ? protocol::LogChain::genesis() : log->last().hash, entry.entry);
        REQUIRE(store.appendMembership(spaceId, entry, {{d.id, QStringLiteral("member")}}).ok());

        protocol::ChallengeRequest ask;
        ask.deviceId = d.id;
        const auto c = apis.front()->handle(apiPost(QStringLiteral("/v1/auth/challenge"), ask.encode(), {}));
        REQUIRE(c.status == 200);
        const auto challenge = protocol::ChallengeReply::decode(c.body);
        REQUIRE(challenge.ok());
        const auto t = apis.front()->handle(apiPost(QStringLiteral("/v1/auth/token"), tokenRequest(d, *challenge), {}));
        REQUIRE(t.status == 200);
        const auto token = protocol::TokenReply::decode(t.body);
        REQUIRE(token.ok());
        d.token = token->token;
        return d;
    }

    static QByteArray tokenRequest(const WorkerDevice &d, const protocol::ChallengeReply &challenge)
    {
        protocol::TokenRequest t;
        t.deviceId = d.id;
        t.challenge = challenge.challenge;
        t.signature = d.key.sign(protocol::TokenRequest::signedMessage(t.challenge, t.deviceId));
        return t.encode();
    }

    // A sealed, signed envelope of `device` with this device_seq.
    QByteArray envelope(const WorkerDevice &device, qint64 deviceSeq)
    {
        static const SecretBytes key = SecretBytes::fromBytes(QByteArray(32, '\x42').constData(), 32);
        protocol::EnvelopeHeader h;
        h.spaceId = spaceId;
        h.epoch = 1;
        h.changeId = random.bytes(16);
        h.deviceId = device.id;
        h.deviceSeq = deviceSeq;
        h.hlc = quint64(clock.nowMs()) << 16;
        auto sealed = protocol::Envelope::seal(h, "catatan " + QByteArray::number(deviceSeq), key, device.key, random);
        REQUIRE(sealed.ok());
        return sealed->encode();
    }
};

} // namespace lintas::test
