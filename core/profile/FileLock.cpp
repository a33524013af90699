#include "profile/FileLock.h"

#include <QLockFile>

namespace lintas::profile {

FileLock::FileLock(std::unique_ptr<QLockFile> lock) : m_lock(std::move(lock)) { }

FileLock::~FileLock() = default; // QLockFile unlocks (and removes the file) on destruction

Result<std::unique_ptr<FileLock>> FileLock::acquire(const QString &path, int timeoutMs, ErrorCode whenHeld)
{
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);
    if (lock->tryLock(timeoutMs))
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
