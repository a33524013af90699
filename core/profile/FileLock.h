#pragma once

#include "base/Result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace lintas::profile {

// A QLockFile held for this object's lifetime. Age-based staleness is off (staleLockTime 0):
// sessions last hours, and only a lock whose owner process is gone (QLockFile checks the PID
// and process name) may be broken.
class FileLock {
public:
    // Tries for up to `timeoutMs` (0 = once). A lock held by someone else gives `whenHeld`;
    // filesystem trouble gives Io.
    static Result<std::unique_ptr<FileLock>> acquire(const QString &path, int timeoutMs, ErrorCode whenHeld);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

private:
    explicit FileLock(std::unique_ptr<QLockFile> lock);
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace lintas::profile
