#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class ConsentForm;
class ConsentModel;

// What a client agreed may be shared, with whom, and when. A consent is withdrawn with a date,
// never deleted: the history is evidence of what was allowed at the time.
class ClientConsentsTab : public QWidget {
    Q_OBJECT

public:
    ClientConsentsTab(repo::Workspace &workspace, QString author, QWidget *parent = nullptr);

    void setClient(const QString &clientId);
    ConsentModel *model() const { return m_model; }
    ConsentForm *form() const { return m_form; }
    bool hasUnsavedText() const;

public slots:
    bool recordConsent();
    // Withdraws the selected consent from the date chosen.
    bool withdrawSelected();

signals:
    void consentsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void selectionChanged();
    void fitColumns();
    void select(const QString &consentId);
    void retranslateUi();

    repo::Workspace &m_workspace;
    QString m_clientId;
    ConsentModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_withdrawLabel = nullptr;
    QDateEdit *m_withdrawOn = nullptr;
    QPushButton *m_withdraw = nullptr;
    QLabel *m_withdrawError = nullptr;
    QLabel *m_formTitle = nullptr;
    ConsentForm *m_form = nullptr;
    QPushButton *m_record = nullptr;
};

} // namespace lintas::ui
