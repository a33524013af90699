#include "profile/DamagedDatabase.h"

#include <QDateTime>
#include <QFile>
#include <QList>
#include <QLoggingCategory>
#include <QPair>

namespace lintas::profile {

namespace {

Q_LOGGING_CATEGORY(lcDamaged, "lintas.profile.damaged")

const QString kSidecars[] = {QStringLiteral("-wal"), QStringLiteral("-shm")};

bool nameIsFree(const QString &base)
{
    if (QFile::exists(base))
        return false;
    for (const QString &suffix : kSidecars) {
        if (QFile::exists(base + suffix))
            return false;
    }
    return true;
}

} // namespace

Result<QString> DamagedDatabase::setAside(const QString &databasePath, qint64 nowMs)
{
    const QString stamp = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = databasePath + QStringLiteral(".damaged-") + stamp;
    QString target = base;
    for (int n = 2; !nameIsFree(target); ++n)
        target = base + QLatin1Char('-') + QString::number(n);

    // Sidecars first, main file last, and roll back on failure: a WAL left behind next to a
    // database that is gone would be replayed into whatever database is created there next.
    QList<QPair<QString, QString>> moves;
    for (const QString &suffix : kSidecars) {
        if (QFile::exists(databasePath + suffix))
            moves.append({databasePath + suffix, target + suffix});
    }
    moves.append({databasePath, target});

    QList<QPair<QString, QString>> done;
    for (const auto &[from, to] : std::as_const(moves)) {
        if (!QFile::rename(from, to)) {
            for (const auto &[movedFrom, movedTo] : std::as_const(done)) {
                if (!QFile::rename(movedTo, movedFrom))
                    qCCritical(lcDamaged) << "could not move" << movedTo << "back to" << movedFrom;
            }
            return makeError(ErrorCode::Io, QStringLiteral("cannot move damaged database %1 to %2").arg(from, to));
        }
        done.append({from, to});
    }
    qCWarning(lcDamaged) << "damaged database set aside:" << databasePath << "->" << target;
    return target;
}

} // namespace lintas::profile
