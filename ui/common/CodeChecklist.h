#pragma once

#include <QListWidget>

namespace lintas::domain {
class CodeList;
}

namespace lintas::ui {

// Ticks for a set field (case types, countries, forums): codes in, codes out, labels in the
// current language. Unknown codes (from a newer Lintas) stay ticked and are shown raw.
class CodeChecklist : public QListWidget {
    Q_OBJECT
    // What the user ticked, for keeping unsaved input (FormState).
    Q_PROPERTY(QStringList codes READ codes WRITE setCodes USER true)

public:
    explicit CodeChecklist(const domain::CodeList &list, QWidget *parent = nullptr);

    QStringList codes() const; // ticked, in list order
    void setCodes(const QStringList &codes);
    // Show only items whose group is one of `groups` (e.g. the forums of the chosen countries),
    // and every ticked item. Empty: show all.
    void showGroups(const QStringList &groups);

signals:
    void codesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void relabel();

    const domain::CodeList &m_list;
    QStringList m_groups;
};

} // namespace lintas::ui
