#include "storage/SqliteWriterLock.h"

#include <QFileInfo>

#include <map>

namespace lintas::server {

std::shared_ptr<SqliteWriterLock> sqliteWriterLock(const QString &file)
{
    static std::mutex registryMutex;
    static std::map<QString, std::weak_ptr<SqliteWriterLock>> registry;
    const QString canonical = QFileInfo(file).canonicalFilePath();
    const QString key = canonical.isEmpty() ? QFileInfo(file).absoluteFilePath() : canonical;
    const std::lock_guard lock(registryMutex);
    for (auto it = registry.begin(); it != registry.end();)
        it = it->second.expired() ? registry.erase(it) : std::next(it);
    std::shared_ptr<SqliteWriterLock> writer = registry[key].lock();
    if (!writer) {
        writer = std::make_shared<SqliteWriterLock>();
        registry[key] = writer;
    }
    return writer;
}

} // namespace lintas::server
