#include "transfer/FieldCodeLists.h"

#include "domain/CodeLists.h"

namespace lintas::transfer {

namespace {

QString plural(const QString &word)
{
    if (word.endsWith(QLatin1Char('y')))
        return word.chopped(1) + QStringLiteral("ies");
    if (word.endsWith(QLatin1Char('s')))
        return word + QStringLiteral("es");
    return word + QLatin1Char('s');
}

const domain::CodeList *irregular(const QString &field)
{
    if (field == QStringLiteral("risk"))
        return &domain::riskLevels();
    if (field == QStringLiteral("country") || field.endsWith(QStringLiteral("_country")))
        return &domain::jurisdictions();
    return nullptr;
}

} // namespace

const domain::CodeList *FieldCodeLists::forField(const repo::EntityDef &def, const QString &field)
{
    if (const domain::CodeList *list = irregular(field))
        return list;
    const QString lastWord = def.name.section(QLatin1Char('_'), -1);
    const QStringList candidates {
        def.name + QLatin1Char('_') + plural(field), lastWord + QLatin1Char('_') + plural(field), plural(field), field};
    for (const QString &name : candidates) {
        if (const domain::CodeList *list = domain::codeListByName(name))
            return list;
    }
    return nullptr;
}

} // namespace lintas::transfer
