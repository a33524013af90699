#include "handoff/HandoffFiles.h"

#include "repo/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace lintas::ui {

namespace {

const QString kFolderKey = QStringLiteral("handoff/folder");
const QString kSuffix = QStringLiteral("lintashandoff");

QString folder()
{
    const QString kept = QSettings().value(kFolderKey).toString();
    if (!kept.isEmpty() && QDir(kept).exists())
        return kept;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberFolderOf(const QString &path)
{
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
}

} // namespace

Result<HandoffMe> HandoffMe::load(repo::Workspace &workspace, const QString &name)
{
    LINTAS_TRY_ASSIGN(sync::SyncIdentity identity,
        sync::SyncIdentity::loadOrCreate(workspace.database(), workspace.writer().random()));
    HandoffMe me {std::move(identity), {}};
    me.address = handoff::HandoffAddress::fromIdentity(me.identity, name);
    return me;
}

namespace handofffiles {

Result<QByteArray> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

Status write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

QString filter()
{
    return QCoreApplication::translate("lintas::ui::HandoffFiles", "Lintas hand-off (*.%1);;All files (*)")
        .arg(kSuffix);
}

QString chooseToOpen(QWidget *parent, const QString &caption)
{
    const QString path = QFileDialog::getOpenFileName(parent, caption, folder(), filter());
    if (!path.isEmpty())
        rememberFolderOf(path);
    return path;
}

QString chooseToSave(QWidget *parent, const QString &caption, const QString &suggestedName)
{
    QString name = suggestedName;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    QString path = QFileDialog::getSaveFileName(
        parent, caption, QDir(folder()).filePath(name + QLatin1Char('.') + kSuffix), filter());
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + kSuffix;
    rememberFolderOf(path);
    return path;
}

} // namespace handofffiles

} // namespace lintas::ui
