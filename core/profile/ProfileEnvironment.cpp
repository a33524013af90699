#include "profile/ProfileEnvironment.h"

#include <QDir>
#include <QStandardPaths>

namespace lintas::profile {

QString ProfileEnvironment::defaultRoot()
{
    QString root = qEnvironmentVariable("LINTAS_PROFILES_DIR");
    if (root.isEmpty())
        root = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profiles");
    return QDir::cleanPath(QDir(root).absolutePath());
}

KdfStrength ProfileEnvironment::kdfStrength()
{
    return qEnvironmentVariable("LINTAS_INSECURE_FAST_KDF") == QStringLiteral("1") ? KdfStrength::FastForTests
                                                                                   : KdfStrength::Moderate;
}

} // namespace lintas::profile
