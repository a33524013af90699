#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace lintas::domain {

// The two display languages. Users switch at any moment, so labels are always looked up at
// display time from the code stored in the database — never stored translated.
enum class Language { Indonesian, English };

// One entry of a code list. `code` is the stable, untranslated value written to the database
// and synced between devices; the labels are for display only and may be reworded freely.
struct CodeItem {
    QString code; // lowercase snake_case ASCII (currencies: ISO 4217 uppercase)
    QString labelId; // Bahasa Indonesia
    QString labelEn; // English
    QString group; // optional: e.g. the jurisdiction of a forum, the minor-unit exponent of a currency

    QString label(Language language) const;
};

// A named, ordered list of codes (case types, forums, statuses…). Order is display order.
class CodeList {
public:
    CodeList() = default;
    CodeList(QString name, QVector<CodeItem> items);

    const QString &name() const { return m_name; }
    const QVector<CodeItem> &items() const { return m_items; }
    int size() const { return int(m_items.size()); }

    // nullptr when the code is unknown.
    const CodeItem *find(const QString &code) const;
    bool contains(const QString &code) const { return find(code) != nullptr; }

    // Display label. Unknown codes come back unchanged: a record synced from a newer Lintas
    // may carry a code this build does not know, and showing the raw code beats showing nothing.
    QString label(const QString &code, Language language) const;

    QStringList codes() const;
    // Items whose `group` equals `group`, in list order (e.g. the forums of one jurisdiction).
    QVector<CodeItem> itemsInGroup(const QString &group) const;

private:
    QString m_name;
    QVector<CodeItem> m_items;
    QHash<QString, int> m_index; // code -> position in m_items
};

} // namespace lintas::domain
