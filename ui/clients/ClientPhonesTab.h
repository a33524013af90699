#pragma once

#include <QHash>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lintas {
struct Error;
}
namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class ClientPhoneModel;
class CodeCombo;
class OptionalDateEdit;

// A client's phone numbers with their history. Returnees change numbers often: a new number is
// added, the old one is marked no longer in use from a date — never deleted, so a message from an
// old number can still be traced to her.
class ClientPhonesTab : public QWidget {
    Q_OBJECT

public:
    explicit ClientPhonesTab(repo::Workspace &workspace, QWidget *parent = nullptr);

    void setClient(const QString &clientId);
    ClientPhoneModel *model() const { return m_model; }
    bool hasUnsavedText() const;

public slots:
    bool addPhone();
    // Marks the selected number as no longer in use from the date chosen.
    bool endSelected();

signals:
    void phonesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void selectionChanged();
    void fitColumns();
    void showError(const Error &error, QWidget *focus);
    void retranslateUi();

    repo::Workspace &m_workspace;
    QString m_clientId;
    ClientPhoneModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_addTitle = nullptr;
    QLineEdit *m_number = nullptr;
    CodeCombo *m_kind = nullptr;
    OptionalDateEdit *m_from = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_endLabel = nullptr;
    QDateEdit *m_until = nullptr;
    QPushButton *m_end = nullptr;
    QLabel *m_error = nullptr;
    QHash<QString, QLabel *> m_labels; // domain field → its label, for messages
};

} // namespace lintas::ui
