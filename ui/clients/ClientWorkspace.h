#pragma once

#include "domain/Client.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class ClientCasesModel;
class ClientConsentsTab;
class ClientDetailsForm;
class ClientPhonesTab;
class KeptInputBar;

// One client, open for work: her details, her phone numbers over time, what she consented to,
// and her cases.
class ClientWorkspace : public QWidget {
    Q_OBJECT

public:
    // `authorName` is written as "recorded by" on the consents recorded here (the profile's name).
    ClientWorkspace(repo::Workspace &workspace, QString authorName, QWidget *parent = nullptr);

    // Loads the client; false (and a message) when she cannot be read.
    bool openClient(const QString &clientId);
    const domain::Client &currentClient() const;
    // Her cases read again (one was edited meanwhile), the chosen one still chosen.
    void refreshCases();

    // Edited details not saved, or a number or consent typed but not added.
    bool hasUnsavedChanges() const;
    // Asks about unsaved edits before the client is left: true when she may be left.
    bool confirmLeave();
    // Lintas is locking or closing: keeps edited details that can be saved (no questions asked).
    bool saveBeforeClosing();

    ClientDetailsForm *details() const { return m_details; }
    ClientPhonesTab *phones() const { return m_phones; }
    ClientConsentsTab *consents() const { return m_consents; }
    ClientCasesModel *casesModel() const { return m_casesModel; }
    QTabWidget *tabs() const { return m_tabs; }
    // Input typed before Lintas locked, put back into the forms (decision D20).
    KeptInputBar *keptInput() const { return m_kept; }

public slots:
    // Back to the list, once unsaved edits are saved or let go.
    void goBack();

signals:
    void backRequested();
    void caseActivated(const QString &caseId);
    // Her details were written: lists showing her should re-read her row.
    void clientChanged(const QString &clientId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void detailsSaved(const domain::Client &client);
    void putBackKeptInput();
    void openCaseAt(const QModelIndex &index);
    void showHeader();
    void fitCaseColumns();
    void retranslateUi();

    repo::Workspace &m_workspace;
    QPushButton *m_back = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_facts = nullptr;
    KeptInputBar *m_kept = nullptr;
    QTabWidget *m_tabs = nullptr;
    ClientDetailsForm *m_details = nullptr;
    ClientPhonesTab *m_phones = nullptr;
    ClientConsentsTab *m_consents = nullptr;
    QWidget *m_casesTab = nullptr;
    ClientCasesModel *m_casesModel = nullptr;
    QTableView *m_cases = nullptr;
    QLabel *m_noCases = nullptr;
};

} // namespace lintas::ui
