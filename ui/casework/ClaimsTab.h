#pragma once

#include "domain/Case.h"

#include <QHash>
#include <QLocale>
#include <QWidget>

#include <optional>

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

class ClaimModel;
class CodeCombo;
class OptionalDateEdit;

// The claims of a case as a money ledger, with a form for the selected claim (or a new one) and
// a line to record a payment against it. Amounts are typed the way the UI language writes them.
class ClaimsTab : public QWidget {
    Q_OBJECT

public:
    explicit ClaimsTab(repo::Workspace &workspace, QWidget *parent = nullptr);

    void setCase(const domain::Case &kase);
    // The same case after its details were saved: what the tab offers follows, typed input stays.
    void updateCase(const domain::Case &kase) { m_case = kase; }
    ClaimModel *model() const { return m_model; }
    bool hasUnsavedText() const;
    // The claim in the form: its id, empty for a new one.
    QString editingClaim() const { return m_editing; }
    // Selects the claim's row and shows it in the form; false when the case has no such claim.
    bool selectClaim(const QString &claimId);

public slots:
    bool saveClaim();
    void newClaim();
    bool recordPayment();
    void removeClaim();

signals:
    void claimsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void selectionChanged();
    void showClaim(const QString &claimId);
    void showTotals();
    // Reads one amount box: nullopt when empty; an error message (shown) when unreadable.
    bool readAmount(QLineEdit *edit, const QString &currency, std::optional<qint64> &out);
    void showError(const QString &message, QWidget *focus);
    void showRepositoryError(const Error &error);
    void reloadKeeping(const QString &claimId);
    void retranslateUi();

    repo::Workspace &m_workspace;
    domain::Case m_case;
    QString m_editing; // id of the claim in the form; empty for a new one
    ClaimModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_formTitle = nullptr;
    CodeCombo *m_type = nullptr;
    CodeCombo *m_forum = nullptr;
    CodeCombo *m_currency = nullptr;
    QLineEdit *m_claimed = nullptr;
    QLineEdit *m_offered = nullptr;
    QLineEdit *m_awarded = nullptr;
    OptionalDateEdit *m_filedOn = nullptr;
    OptionalDateEdit *m_decidedOn = nullptr;
    QLineEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_payments = nullptr;
    QLineEdit *m_paymentAmount = nullptr;
    QDateEdit *m_paymentDate = nullptr;
    QLineEdit *m_paymentNote = nullptr;
    QPushButton *m_pay = nullptr;
    QLabel *m_error = nullptr;
    QHash<QString, QLabel *> m_labels; // domain field → its label, for messages
    QLocale m_amountLocale; // the way the amounts in the boxes are written
};

} // namespace lintas::ui
