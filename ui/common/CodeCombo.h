#pragma once

#include <QComboBox>

namespace lintas::domain {
class CodeList;
}

namespace lintas::ui {

// A drop-down over one code list: stores codes, shows labels in the current language and relabels
// itself when the language changes. A code this build does not know (synced from a newer Lintas)
// is kept and shown as it is, so saving never drops it.
class CodeCombo : public QComboBox {
    Q_OBJECT
    // What the user chose, for keeping unsaved input (FormState): the code, not the label, which
    // changes with the language.
    Q_PROPERTY(QString code READ code WRITE setCode USER true)

public:
    // `noneText` (translated by the caller) adds a first entry meaning "not set"; empty: none.
    CodeCombo(const domain::CodeList &list, QWidget *parent = nullptr);
    void setNoneText(const QString &text);
    // Offer only these codes (in list order), plus whatever is current. Empty: the whole list.
    void restrictTo(const QStringList &codes);

    QString code() const;
    void setCode(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refill(const QString &keep);
    void relabel();

    const domain::CodeList &m_list;
    QString m_noneText;
    bool m_hasNone = false;
    QStringList m_offered;
};

} // namespace lintas::ui
