#include "sync/OrgRecovery.h"

#include "base/Clock.h"
#include "crypto/RecoveryCode.h"
#include "crypto/Sodium.h"
#include "protocol/LintasLink.h"
#include "repo/Schema.h"
#include "store/Database.h"
#include "sync/AdminFlow.h"
#include "sync/ChangeCodec.h"
#include "sync/DeviceLogin.h"
#include "sync/EpochKeys.h"
#include "sync/JoinRecords.h"
#include "sync/ServerSession.h"
#include "sync/SyncIdentity.h"
#include "sync/SyncSpaces.h"

#include <QDateTime>

#include <sodium.h>

#include <algorithm>
#include <memory>

namespace lintas::sync {

namespace {

constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "lintorgr";
enum Subkey : std::uint64_t { SignSeed = 1, BoxSeed, DeviceId, InviteEntropy };

struct RecoveryKeys {
    SyncIdentity identity;
    QString inviteCode;
};

// Everything the recovery key is follows from the code and the space id: nothing is stored.
// The code has 120 random bits, so a plain keyed hash is enough; no Argon2 is needed against
// guessing.
Result<RecoveryKeys> deriveKeys(const QString &code, const QString &spaceId)
{
    crypto::ensureSodium();
    static const QByteArray label = QByteArrayLiteral("lintas organisation recovery v1.");
    static_assert(sizeof("lintas organisation recovery v1.") - 1 == crypto_generichash_KEYBYTES);
    const SecretBytes symbols = crypto::RecoveryCode::kdfInput(code);
    const QByteArray space = ChangeCodec::idBytes(spaceId);
    SecretBytes master(crypto_kdf_KEYBYTES);
    crypto_generichash_state state;
    crypto_generichash_init(&state, reinterpret_cast<const unsigned char *>(label.constData()),
        static_cast<size_t>(label.size()), master.size());
    crypto_generichash_update(&state, symbols.data(), symbols.size());
    crypto_generichash_update(
        &state, reinterpret_cast<const unsigned char *>(space.constData()), static_cast<size_t>(space.size()));
    crypto_generichash_final(&state, master.data(), master.size());
    sodium_memzero(&state, sizeof state);

    SecretBytes signSeed(crypto::SigningKey::SeedBytes);
    SecretBytes boxSeed(crypto::BoxKey::SeedBytes);
    SecretBytes entropy(crypto_kdf_BYTES_MIN);
    QByteArray device(crypto_kdf_BYTES_MIN, Qt::Uninitialized);
    crypto_kdf_derive_from_key(signSeed.data(), signSeed.size(), SignSeed, kKdfContext, master.data());
    crypto_kdf_derive_from_key(boxSeed.data(), boxSeed.size(), BoxSeed, kKdfContext, master.data());
    crypto_kdf_derive_from_key(reinterpret_cast<unsigned char *>(device.data()), static_cast<size_t>(device.size()),
        DeviceId, kKdfContext, master.data());
    crypto_kdf_derive_from_key(entropy.data(), entropy.size(), InviteEntropy, kKdfContext, master.data());

    RecoveryKeys out;
    LINTAS_TRY_ASSIGN(out.identity, SyncIdentity::fromSeeds(ChangeCodec::idText(device), signSeed, boxSeed));
    unsigned char raw[protocol::InviteCode::EntropyBytes];
    std::copy_n(entropy.data(), sizeof raw, raw);
    out.inviteCode = protocol::InviteCode::fromEntropy(raw);
    sodium_memzero(raw, sizeof raw);
    return out;
}

// A profile in memory that acts as the recovery key for the few calls that need one: it holds
// the key's identity, the verified log and the epoch keys, and is gone when the call returns.
Result<std::unique_ptr<store::Database>> scratchProfile(const SyncIdentity &identity)
{
    LINTAS_TRY_ASSIGN(auto db, store::Database::open(QStringLiteral(":memory:"), nullptr));
    LINTAS_TRY(repo::profileSchema().migrate(*db));
    LINTAS_TRY(SyncIdentity::adopt(*db, identity));
    return db;
}

// `admin` (a profile acting for an admin) approves the device of `joinerDb` that used `code`.
Result<JoinResult> joinAndApprove(AdminFlow &admin, JoinFlow &joiner, const QString &spaceId, const QString &serverUrl,
    const QString &label, const QString &code = QString())
{
    LINTAS_TRY_ASSIGN(const CreatedInvite invite, admin.createInvite(spaceId, 24LL * 3600 * 1000, code));
    LINTAS_TRY_ASSIGN(const JoinResult pending, joiner.joinWithInvite(serverUrl, invite.code, label));
    LINTAS_TRY_ASSIGN(const QVector<Joiner> waiting, admin.pendingJoiners(spaceId));
    const auto it = std::find_if(waiting.cbegin(), waiting.cend(),
        [&](const Joiner &j) { return j.verified && j.fingerprint == pending.fingerprint; });
    if (it == waiting.cend())
        return makeError(ErrorCode::Crypto, QStringLiteral("the server does not list the joining device as it is"));
    LINTAS_TRY(admin.approve(spaceId, *it, QStringLiteral("admin")));
    return pending;
}

} // namespace

QString OrgRecoveryLink::toText() const
{
    return protocol::lintasLinkText(QStringLiteral("orgrecovery"),
        {{QStringLiteral("server"), serverUrl}, {QStringLiteral("space"), spaceId}, {QStringLiteral("code"), code}});
}

Result<OrgRecoveryLink> OrgRecoveryLink::parse(const QString &text)
{
    const auto invalid
        = [](const QString &why) { return makeError(ErrorCode::Validation, why, QStringLiteral("recoveryLink")); };
    const auto query = protocol::lintasLinkQuery(text, QStringLiteral("orgrecovery"));
    if (!query)
        return invalid(QStringLiteral("not an organisation recovery link"));
    OrgRecoveryLink link;
    link.serverUrl = query->value(QStringLiteral("server"));
    link.spaceId = query->value(QStringLiteral("space")).toLower();
    if (!protocol::isServerUrl(link.serverUrl))
        return invalid(QStringLiteral("recovery link names no valid server"));
    if (link.spaceId.size() != 32 || QByteArray::fromHex(link.spaceId.toLatin1()).toHex() != link.spaceId.toLatin1())
        return invalid(QStringLiteral("recovery link names no space"));
    LINTAS_TRY_ASSIGN(link.code, crypto::RecoveryCode::normalise(query->value(QStringLiteral("code"))));
    return link;
}

OrgRecovery::OrgRecovery(SyncTransport &transport, const Clock &clock, RandomSource &random, protocol::InviteCost cost)
    : m_transport(transport), m_clock(clock), m_random(random), m_cost(cost)
{ }

Result<OrgRecoverySheet> OrgRecovery::create(store::Database &adminDb, const QString &spaceId)
{
    LINTAS_TRY_ASSIGN(const SpaceInfo space, SyncSpaces(adminDb).space(spaceId));
    OrgRecoverySheet sheet;
    sheet.link = {space.serverUrl, spaceId, crypto::RecoveryCode::generate(m_random)};
    sheet.spaceName = space.name;
    LINTAS_TRY_ASSIGN(const RecoveryKeys keys, deriveKeys(sheet.link.code, spaceId));
    sheet.fingerprint = keys.identity.fingerprint();
    LINTAS_TRY_ASSIGN(const auto scratch, scratchProfile(keys.identity));
    AdminFlow admin(adminDb, m_transport, m_clock, m_random, m_cost);
    JoinFlow recoveryKey(*scratch, m_transport, m_clock, m_random, m_cost);
    // Dated, so a replaced key is told apart from its successor in the list of laptops.
    const QString label = deviceLabel() + QStringLiteral(", ")
        + QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).date().toString(Qt::ISODate);
    LINTAS_TRY(joinAndApprove(admin, recoveryKey, spaceId, space.serverUrl, label, keys.inviteCode));
    return sheet;
}

Result<JoinResult> OrgRecovery::admitWith(store::Database &db, const OrgRecoveryLink &link, const QString &label)
{
    LINTAS_TRY_ASSIGN(const RecoveryKeys keys, deriveKeys(link.code, link.spaceId));
    LINTAS_TRY_ASSIGN(const LoginOutcome login, logIn(m_transport, keys.identity));
    if (const auto *refused = std::get_if<TransportReply>(&login)) {
        if (refused->status == 401)
            return Error::make(ErrorCode::WrongPassphrase,
                QStringLiteral("the server knows no recovery key for this code and space"),
                QStringLiteral("recoveryCode"));
        return httpError(QStringLiteral("login"), *refused);
    }
    LINTAS_TRY_ASSIGN(const auto scratch, scratchProfile(keys.identity));

    // The recovery key "joins" again with the invite it joined with: completeJoin checks the
    // welcome of the admin who made the key, the whole membership log, and that the log adds
    // this key; the keys of later rotations are checked against their commitments.
    HeldInvite held;
    held.inviteId = protocol::InviteCode::inviteId(keys.inviteCode);
    held.kind = QStringLiteral("joining");
    held.code = keys.inviteCode;
    held.spaceId = link.spaceId;
    held.serverUrl = link.serverUrl;
    held.createdAt = m_clock.nowMs();
    LINTAS_TRY(JoinRecords(*scratch).putInvite(held));
    LINTAS_TRY_ASSIGN(const JoinResult self, JoinFlow(*scratch, m_transport, m_clock, m_random, m_cost).completeJoin());
    if (self.state != JoinState::Joined || self.role != QLatin1String("admin"))
        return makeError(ErrorCode::WrongPassphrase, QStringLiteral("this code is not an admin of the space"));
    ServerSession session(m_transport, keys.identity);
    LINTAS_TRY(EpochKeys::fetch(*scratch, session, keys.identity, link.spaceId));

    AdminFlow admin(*scratch, m_transport, m_clock, m_random, m_cost);
    JoinFlow laptop(db, m_transport, m_clock, m_random, m_cost);
    LINTAS_TRY(joinAndApprove(admin, laptop, link.spaceId, link.serverUrl, label));
    return laptop.completeJoin();
}

} // namespace lintas::sync
