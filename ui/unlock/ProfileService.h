#pragma once

#include "base/Result.h"
#include "profile/ProfileStore.h"
#include "unlock/Session.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace lintas {
class Clock;
class RandomSource;
class SecretBytes;
} // namespace lintas

namespace lintas::ui {

// A new profile with the recovery code to show once. Opening it right after creation can still
// fail (disk trouble); the profile exists by then, so the code must be shown all the same.
struct CreatedSession {
    QString displayName;
    QDateTime createdAt; // UTC, for the recovery sheet
    QString recoveryCode;
    Result<std::unique_ptr<Session>> session;
};

// The profiles on this laptop, as the windows see them. Creating and unlocking derive keys
// with Argon2id (about a second at Moderate strength), so they run on a worker thread and hand
// back a QFuture; the GUI thread stays responsive and shows that it is busy.
//
// The database opened on the worker is used on the GUI thread afterwards. That is safe: the
// connection is opened with SQLITE_OPEN_FULLMUTEX and the worker never touches it again.
class ProfileService : public QObject {
    Q_OBJECT

public:
    ProfileService(QString root, profile::KdfStrength strength, QObject *parent = nullptr);
    ProfileService(
        QString root, profile::KdfStrength strength, Clock &clock, RandomSource &random, QObject *parent = nullptr);
    // Waits for a running task: it uses the store, which must outlive it.
    ~ProfileService() override;

    QString root() const { return m_store->root(); }
    profile::KdfStrength strength() const { return m_strength; }

    Result<profile::ProfileListing> list() const { return m_store->list(); }

    // The passphrase moves into the task and is wiped when the task ends.
    QFuture<Result<std::unique_ptr<Session>>> unlock(const QString &profileId, SecretBytes passphrase);
    QFuture<Result<CreatedSession>> createAndOpen(const QString &displayName, SecretBytes passphrase);

private:
    Result<std::unique_ptr<Session>> unlockNow(const QString &profileId, const SecretBytes &passphrase);

    Clock &m_clock;
    RandomSource &m_random;
    profile::KdfStrength m_strength;
    std::unique_ptr<profile::ProfileStore> m_store;
    // Declared last so it is destroyed first: its destructor waits for the running task.
    QThreadPool m_pool;
};

} // namespace lintas::ui
