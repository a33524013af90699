#include "domain/CodeList.h"

namespace lintas::domain {

QString CodeItem::label(Language language) const
{
    // Fall back to the other language rather than an empty cell if a label is missing.
    const QString &preferred = language == Language::Indonesian ? labelId : labelEn;
    if (!preferred.isEmpty())
        return preferred;
    const QString &other = language == Language::Indonesian ? labelEn : labelId;
    return other.isEmpty() ? code : other;
}

CodeList::CodeList(QString name, QVector<CodeItem> items) : m_name(std::move(name)), m_items(std::move(items))
{
    m_index.reserve(m_items.size());
    for (int i = 0; i < m_items.size(); ++i)
        m_index.insert(m_items.at(i).code, i); // duplicates are caught by the code-list tests
}

const CodeItem *CodeList::find(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.constEnd() ? nullptr : &m_items.at(it.value());
}

QString CodeList::label(const QString &code, Language language) const
{
    const CodeItem *item = find(code);
    return item ? item->label(language) : code;
}

QStringList CodeList::codes() const
{
    QStringList out;
    out.reserve(m_items.size());
    for (const CodeItem &item : m_items)
        out.append(item.code);
    return out;
}

QVector<CodeItem> CodeList::itemsInGroup(const QString &group) const
{
    QVector<CodeItem> out;
    for (const CodeItem &item : m_items) {
        if (item.group == group)
            out.append(item);
    }
    return out;
}

} // namespace lintas::domain
