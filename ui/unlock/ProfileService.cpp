#include "unlock/ProfileService.h"

#include "base/Clock.h"
#include "base/RandomSource.h"
#include "crypto/SecretBytes.h"
#include "profile/OpenProfile.h"
#include "repo/Schema.h"

#include <QtConcurrent>

namespace lintas::ui {

ProfileService::ProfileService(QString root, profile::KdfStrength strength, QObject *parent)
    : ProfileService(std::move(root), strength, SystemClock::instance(), SecureRandom::instance(), parent)
{ }

ProfileService::ProfileService(
    QString root, profile::KdfStrength strength, Clock &clock, RandomSource &random, QObject *parent)
    : QObject(parent),
      m_clock(clock),
      m_random(random),
      m_strength(strength),
      m_store(std::make_unique<profile::ProfileStore>(std::move(root), clock, random, repo::profileSchema(), strength))
{
    // One key derivation at a time: each takes hundreds of MiB.
    m_pool.setMaxThreadCount(1);
}

ProfileService::~ProfileService()
{
    m_pool.waitForDone();
}

QFuture<Result<std::unique_ptr<Session>>> ProfileService::unlock(const QString &profileId, SecretBytes passphrase)
{
    return QtConcurrent::run(
        &m_pool, [this, profileId, secret = std::move(passphrase)]() { return unlockNow(profileId, secret); });
}

QFuture<Result<CreatedSession>> ProfileService::createAndOpen(const QString &displayName, SecretBytes passphrase)
{
    return QtConcurrent::run(&m_pool, [this, displayName, secret = std::move(passphrase)]() -> Result<CreatedSession> {
        auto created = m_store->create(displayName, secret);
        if (!created.ok())
            return created.error();
        return CreatedSession {created->info.displayName, created->info.createdAt, created->recoveryCode,
            unlockNow(created->info.id, secret)};
    });
}

Result<std::unique_ptr<Session>> ProfileService::unlockNow(const QString &profileId, const SecretBytes &passphrase)
{
    auto opened = m_store->unlock(profileId, passphrase);
    if (!opened.ok())
        return opened.error();
    return Session::open(std::move(opened.value()), m_clock, m_random);
}

} // namespace lintas::ui
