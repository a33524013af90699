#include "repo/Placeholders.h"

#include <QStringList>

namespace lintas::repo {

QString placeholders(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(QStringLiteral(", "));
}

} // namespace lintas::repo
