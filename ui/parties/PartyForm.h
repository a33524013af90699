#pragma once

#include "domain/Party.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lintas {
struct Error;
}
namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class CodeCombo;

// Every field of one party, editable. A party without an id is new: saving creates it. A
// refused save keeps everything typed and says next to the form what to fix.
class PartyForm : public QWidget {
    Q_OBJECT

public:
    explicit PartyForm(repo::Workspace &workspace, QWidget *parent = nullptr);

    void load(const domain::Party &party);
    const domain::Party &stored() const { return m_stored; }
    domain::Party edited() const;
    bool isDirty() const;
    bool isNew() const { return m_stored.id.isEmpty(); }
    // Where typing starts: the name.
    void focusFirstField();
    // Without its own Save / Undo buttons, inside a dialog whose OK saves.
    void setButtonsVisible(bool visible);

public slots:
    // True when saved (or nothing to save). On failure the message is shown and input kept.
    bool save();
    void revert();

signals:
    void saved(const domain::Party &party);
    void dirtyChanged(bool dirty);

protected:
    void changeEvent(QEvent *event) override;

private:
    void editorChanged();
    void showError(const Error &error);
    void retranslateUi();

    repo::Workspace &m_workspace;
    domain::Party m_stored;
    bool m_loading = false;
    bool m_wasDirty = false;

    QLineEdit *m_name = nullptr;
    CodeCombo *m_kind = nullptr;
    CodeCombo *m_country = nullptr;
    QLineEdit *m_licenceNo = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_error = nullptr;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_editors;
};

} // namespace lintas::ui
