#include "common/KeptDialogInput.h"

#include "common/FormState.h"
#include "common/Formats.h"
#include "common/LabelStyles.h"
#include "repo/UnsavedInputs.h"
#include "repo/Workspace.h"

#include <QBoxLayout>
#include <QDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QtDebug>

namespace lintas::ui {

namespace {

// Dynamic properties on the dialog: where its input is kept, and whether the lock closed it.
constexpr const char *kKeyProperty = "lintasKeptInputKey";
constexpr const char *kClosedByLockProperty = "lintasClosedByLock";

// The same stored form as KeptInputBar's: {"format": 1, "item": "", "values": {…}}.
constexpr int kFormat = 1;

} // namespace

bool KeptDialogInput::prepare(QDialog &dialog, repo::Workspace &workspace, const QString &key)
{
    dialog.setProperty(kKeyProperty, key);
    auto kept = repo::UnsavedInputs(workspace).load(key);
    if (!kept.ok() || !kept->has_value())
        return false;
    const QJsonObject payload = QJsonDocument::fromJson((*kept)->payload).object();
    formstate::apply(&dialog, payload.value(QStringLiteral("values")).toObject());
    if (auto *layout = qobject_cast<QBoxLayout *>(dialog.layout())) {
        auto *notice = new QLabel(&dialog);
        notice->setObjectName(QStringLiteral("keptDialogInputNotice"));
        styleAsWarningBanner(notice);
        showOrHide(notice,
            tr("What you typed here before Lintas locked or closed (%1) is back. It is not saved yet.")
                .arg(formats::dateTime((*kept)->savedAt)));
        layout->insertWidget(0, notice);
    }
    return true;
}

void KeptDialogInput::finished(QDialog &dialog, repo::Workspace &workspace)
{
    const QString key = dialog.property(kKeyProperty).toString();
    if (key.isEmpty() || dialog.property(kClosedByLockProperty).toBool())
        return;
    if (Status removed = repo::UnsavedInputs(workspace).remove(key); !removed.ok())
        qWarning() << "unsaved input" << key << "could not be removed:" << removed.error().detail;
}

bool KeptDialogInput::isKept(repo::Workspace &workspace, const QString &key)
{
    auto kept = repo::UnsavedInputs(workspace).load(key);
    return kept.ok() && kept->has_value();
}

void KeptDialogInput::keepBeforeLock(QWidget *modal, repo::Workspace &workspace)
{
    const QString key = modal ? modal->property(kKeyProperty).toString() : QString();
    if (key.isEmpty())
        return;
    modal->setProperty(kClosedByLockProperty, true);
    const QJsonObject payload {{QStringLiteral("format"), kFormat}, {QStringLiteral("item"), QString()},
        {QStringLiteral("values"), formstate::capture(modal)}};
    Status kept = repo::UnsavedInputs(workspace).save(key, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    if (!kept.ok())
        qWarning() << "unsaved input" << key << "could not be kept:" << kept.error().detail;
}

} // namespace lintas::ui
