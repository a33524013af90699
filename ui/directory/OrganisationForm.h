#pragma once

#include "domain/Organisation.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace lintas {
struct Error;
}
namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class CodeCombo;

// Every field of one directory entry, editable, with a button that copies a phone number to
// the clipboard (what a caseworker does with an entry most). An entry without an id is new.
class OrganisationForm : public QWidget {
    Q_OBJECT

public:
    explicit OrganisationForm(repo::Workspace &workspace, QWidget *parent = nullptr);

    void load(const domain::Organisation &organisation);
    const domain::Organisation &stored() const { return m_stored; }
    domain::Organisation edited() const;
    bool isDirty() const;
    bool isNew() const { return m_stored.id.isEmpty(); }
    void focusFirstField();

    // The phone numbers in a free-text phones field ("2157 9537 (hotline); +62 21 2924 4800").
    static QStringList phoneNumbers(const QString &phones);

public slots:
    bool save();
    void revert();
    // Copies the first number (the button's menu offers the others).
    void copyFirstNumber();

signals:
    void saved(const domain::Organisation &organisation);
    void dirtyChanged(bool dirty);

protected:
    void changeEvent(QEvent *event) override;

private:
    void editorChanged();
    void copyNumber(const QString &number);
    void refreshPhoneMenu();
    void showError(const Error &error);
    void retranslateUi();

    repo::Workspace &m_workspace;
    domain::Organisation m_stored;
    bool m_loading = false;
    bool m_wasDirty = false;
    QString m_copied;

    QLabel *m_seeded = nullptr;
    QLineEdit *m_name = nullptr;
    CodeCombo *m_kind = nullptr;
    CodeCombo *m_country = nullptr;
    QLineEdit *m_province = nullptr;
    QLineEdit *m_city = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QPlainTextEdit *m_phones = nullptr;
    QToolButton *m_copy = nullptr;
    QMenu *m_copyMenu = nullptr;
    QLabel *m_copyFeedback = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_website = nullptr;
    QPlainTextEdit *m_services = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_error = nullptr;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_editors;
};

} // namespace lintas::ui
