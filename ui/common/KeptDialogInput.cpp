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
#include <QMetaProperty>
#include <QtDebug>

namespace lintas::ui {

namespace {

// Dynamic properties on the dialog: where its input is kept, whether the lock closed it, and its
// inputs and choice as they were when it started (what is kept is what differs from them).
constexpr const char *kKeyProperty = "lintasKeptInputKey";
constexpr const char *kClosedByLockProperty = "lintasClosedByLock";
constexpr const char *kBaselineProperty = "lintasKeptInputBaseline";
constexpr const char *kBaselineItemProperty = "lintasKeptInputBaselineItem";

// The same stored form as KeptInputBar's: {"format": 1, "item": choice, "values": {…}}.
constexpr int kFormat = 1;

// The choice a dialog of ours declares as its USER property (QDialog has none of its own).
QMetaProperty choiceProperty(const QWidget &dialog)
{
    const QMetaProperty p = dialog.metaObject()->userProperty();
    return p.isValid() && p.isWritable() ? p : QMetaProperty {};
}

QString choiceOf(const QWidget &dialog)
{
    const QMetaProperty p = choiceProperty(dialog);
    return p.isValid() ? p.read(&dialog).toString() : QString();
}

} // namespace

bool KeptDialogInput::prepare(QDialog &dialog, repo::Workspace &workspace, const QString &key)
{
    dialog.setProperty(kKeyProperty, key);
    dialog.setProperty(kBaselineProperty, formstate::capture(&dialog));
    dialog.setProperty(kBaselineItemProperty, choiceOf(dialog));
    auto kept = repo::UnsavedInputs(workspace).load(key);
    if (!kept.ok() || !kept->has_value())
        return false;
    const QJsonObject payload = QJsonDocument::fromJson((*kept)->payload).object();
    formstate::apply(&dialog, payload.value(QStringLiteral("values")).toObject());
    // After the inputs: a choice may depend on them (a party picked among those found).
    const QString item = payload.value(QStringLiteral("item")).toString();
    if (const QMetaProperty choice = choiceProperty(dialog); choice.isValid() && !item.isEmpty())
        choice.write(&dialog, item);
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

QStringList KeptDialogInput::keptKeys(repo::Workspace &workspace, const QString &prefix)
{
    QStringList keys;
    auto kept = repo::UnsavedInputs(workspace).withPrefix(prefix);
    if (!kept.ok()) {
        qWarning() << "unsaved input under" << prefix << "could not be read:" << kept.error().detail;
        return keys;
    }
    for (const repo::UnsavedInputs::Entry &entry : *kept)
        keys << entry.key;
    return keys;
}

void KeptDialogInput::keepBeforeLock(QWidget *modal, repo::Workspace &workspace)
{
    const QString key = modal ? modal->property(kKeyProperty).toString() : QString();
    if (key.isEmpty())
        return;
    modal->setProperty(kClosedByLockProperty, true);
    const QJsonObject values
        = formstate::changed(formstate::capture(modal), modal->property(kBaselineProperty).toJsonObject());
    const QString item = choiceOf(*modal);
    repo::UnsavedInputs store(workspace);
    if (values.isEmpty() && item == modal->property(kBaselineItemProperty).toString()) {
        // Opened and left as it came: nothing typed to keep (nor anything kept before).
        if (Status removed = store.remove(key); !removed.ok())
            qWarning() << "unsaved input" << key << "could not be removed:" << removed.error().detail;
        return;
    }
    const QJsonObject payload {
        {QStringLiteral("format"), kFormat}, {QStringLiteral("item"), item}, {QStringLiteral("values"), values}};
    Status kept = store.save(key, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    if (!kept.ok())
        qWarning() << "unsaved input" << key << "could not be kept:" << kept.error().detail;
}

} // namespace lintas::ui
