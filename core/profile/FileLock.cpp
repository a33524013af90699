#include "profile/FileLock.h"

#include <QFileInfo>
#include <QLockFile>
#include <QThread>

namespace lintas::profile {

FileLock::FileLock(std::unique_ptr<QLockFile> lock) : m_lock(std::move(lock)) { }

FileLock::~FileLock() = default; // QLockFile unlocks (and removes the file) on destruction

namespace {

// QLockFile creates the file, then writes its owner into it. A process killed in between (kill -9,
// a power cut) leaves a file that names no owner, which QLockFile never breaks when age-based
// staleness is off: the profile would stay "held by another session" for good. An owner that is
// alive writes its name within microseconds, so a file still nameless a moment later is left over.
bool leftWithoutOwner(QLockFile &lock, const QString &path)
{
    qint64 pid = 0;
    QString host;
    QString app;
    for (int look = 0; look < 2; ++look) {
        if (lock.getLockInfo(&pid, &host, &app) || !QFileInfo::exists(path))
            return false;
        if (look == 0)
            QThread::msleep(100);
    }
    return true;
}

} // namespace

Result<std::unique_ptr<FileLock>> FileLock::acquire(const QString &path, int timeoutMs, ErrorCode whenHeld)
{
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);
    if (lock->tryLock(timeoutMs))
        return std::unique_ptr<FileLock>(new FileLock(std::move(lock)));
    if (lock->error() == QLockFile::LockFailedError && leftWithoutOwner(*lock, path) && lock->removeStaleLockFile()
        && lock->tryLock(0))
        return std::unique_ptr<FileLock>(new FileLock(std::move(lock)));
    switch (lock->error()) {
    case QLockFile::LockFailedError:
        return makeError(whenHeld, QStringLiteral("%1 is held by another session").arg(path));
    case QLockFile::PermissionError:
        return makeError(ErrorCode::Io, QStringLiteral("no permission to create lock %1").arg(path));
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return makeError(ErrorCode::Io, QStringLiteral("cannot create lock %1").arg(path));
}

} // namespace lintas::profile
