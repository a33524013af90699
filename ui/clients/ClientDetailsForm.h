#pragma once

#include "domain/Client.h"

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
class OptionalDateEdit;

// Every field of a client, editable. Saving writes only what changed, through the repository; a
// refused save keeps everything typed and says, next to the field, what to fix.
class ClientDetailsForm : public QWidget {
    Q_OBJECT

public:
    explicit ClientDetailsForm(repo::Workspace &workspace, QWidget *parent = nullptr);

    void load(const domain::Client &client);
    const domain::Client &stored() const { return m_stored; }
    // What the editors hold now, on top of the stored client.
    domain::Client edited() const;
    bool isDirty() const;

public slots:
    // True when saved (or nothing to save). On failure the message is shown and input kept.
    bool save();
    void revert();

signals:
    void saved(const domain::Client &client);
    void dirtyChanged(bool dirty);

protected:
    void changeEvent(QEvent *event) override;

private:
    void editorChanged();
    void showError(const Error &error);
    void retranslateUi();

    repo::Workspace &m_workspace;
    domain::Client m_stored;
    bool m_loading = false;
    bool m_wasDirty = false;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_aliases = nullptr;
    CodeCombo *m_gender = nullptr;
    OptionalDateEdit *m_birthDate = nullptr;
    QLineEdit *m_nik = nullptr;
    QLineEdit *m_passport = nullptr;
    QLineEdit *m_province = nullptr;
    QLineEdit *m_regency = nullptr;
    QLineEdit *m_district = nullptr;
    QLineEdit *m_village = nullptr;
    QPlainTextEdit *m_address = nullptr;
    CodeCombo *m_country = nullptr;
    QLineEdit *m_city = nullptr;
    CodeCombo *m_status = nullptr;
    QLineEdit *m_kinName = nullptr;
    QLineEdit *m_kinRelation = nullptr;
    QLineEdit *m_kinPhone = nullptr;
    QLineEdit *m_language = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_error = nullptr;
    // Domain field name → the label a user sees next to its editor, for error messages.
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_editors;
};

} // namespace lintas::ui
