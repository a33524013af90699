#pragma once

#include "intake/IntakeStep.h"

#include <QVector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace lintas::ui {

class CodeCombo;

// What she wants (tuntutan): in her words, and as money claims the ledger will hold.
class IntakeDemandsStep : public IntakeStep {
    Q_OBJECT

public:
    explicit IntakeDemandsStep(QWidget *parent = nullptr);

    void load(const domain::IntakeDraft &draft) override;
    void store(domain::IntakeDraft &draft) const override;
    QString title() const override;
    void entering(const domain::IntakeDraft &draft) override;

    int claimRows() const { return int(m_rows.size()); }

public slots:
    void addClaimRow();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        QWidget *box = nullptr;
        CodeCombo *type = nullptr;
        CodeCombo *currency = nullptr;
        QLineEdit *amount = nullptr;
        CodeCombo *forum = nullptr;
        QPushButton *remove = nullptr;
    };
    Row &appendRow(const domain::IntakeClaim &claim);
    void removeRow(QWidget *box);
    void retranslateUi();

    QPlainTextEdit *m_demands = nullptr;
    QLabel *m_claimsTitle = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QVector<Row> m_rows;
    QPushButton *m_add = nullptr;
    QString m_usualCurrency = QStringLiteral("IDR");
};

} // namespace lintas::ui
