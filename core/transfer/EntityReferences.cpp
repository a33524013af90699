#include "transfer/EntityReferences.h"

namespace lintas::transfer {

QVector<EntityReference> EntityReferences::of(const repo::EntityDef &def)
{
    QVector<EntityReference> out;
    const QString suffix = QStringLiteral("_id");
    for (const repo::FieldDef &f : def.fields) {
        if (f.type != repo::FieldType::Text || !f.name.endsWith(suffix))
            continue;
        // Longest trailing run of words naming an entity: "corrects_note" → "note".
        const QStringList words = f.name.chopped(suffix.size()).split(QLatin1Char('_'));
        for (qsizetype first = 0; first < words.size(); ++first) {
            const QString candidate = words.mid(first).join(QLatin1Char('_'));
            if (const repo::EntityDef *target = repo::entityDefByName(candidate)) {
                out.push_back({f.name, target});
                break;
            }
        }
    }
    return out;
}

} // namespace lintas::transfer
