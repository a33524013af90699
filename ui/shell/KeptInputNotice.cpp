#include "shell/KeptInputNotice.h"

#include "repo/UnsavedInputs.h"
#include "repo/Workspace.h"

#include <QStringList>

namespace lintas::ui {

QString KeptInputNotice::text(repo::Workspace &workspace)
{
    auto kept = repo::UnsavedInputs(workspace).withPrefix(QString());
    if (!kept.ok() || kept->isEmpty())
        return {};
    QStringList places;
    for (const repo::UnsavedInputs::Entry &entry : *kept) {
        const QStringList parts = entry.key.split(QLatin1Char('/'));
        const QString kind = parts.value(0);
        const QString id = parts.value(1);
        QString place;
        if (kind == QLatin1String("case")) {
            auto kase = workspace.cases().get(id);
            place = kase.ok() ? tr("case %1").arg(kase->reference) : QString();
        } else if (kind == QLatin1String("client")) {
            auto client = workspace.clients().get(id);
            place = client.ok() ? tr("client %1").arg(client->fullName) : QString();
        } else if (kind == QLatin1String("party")) {
            place = tr("Parties");
        } else if (kind == QLatin1String("organisation")) {
            place = tr("Directory");
        } else if (kind == QLatin1String("activity")) {
            place = tr("Activities");
        }
        if (!place.isEmpty() && !places.contains(place))
            places << place;
    }
    if (places.isEmpty())
        return {};
    return tr("What you typed before Lintas locked is kept, not saved yet: %1. Open it again to save or discard it.")
        .arg(places.join(QStringLiteral(", ")));
}

} // namespace lintas::ui
