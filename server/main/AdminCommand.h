#pragma once

#include <QString>
#include <QStringList>

namespace lintas::server {

// `lintas-server admin …`: operator commands run on the server host against its storage.
// Output is JSON, one object per line, so scripts can read it. Returns the exit code.
int runAdmin(const QStringList &args, const QString &dataDir, const QString &databaseUrl, const QString &name,
    const QString &publicUrl);

} // namespace lintas::server
