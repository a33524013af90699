#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class ClientListModel;

// Every client, with search-as-you-type on names, other names, phone numbers, NIK, passport and
// village. Enter or a double click on a row opens the client.
class ClientsPage : public QWidget {
    Q_OBJECT

public:
    explicit ClientsPage(repo::Workspace &workspace, QWidget *parent = nullptr);
    ~ClientsPage() override;

    ClientListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // One line for the status bar: how many clients, or how many match the search.
    QString summary() const;

    // Re-reads the rows (shown again after other sections changed things), keeping the search,
    // the selected client and the scroll position: a caseworker deep in a long list stays there.
    void refresh();
    // One client was edited, or her cases changed: only her row is read again, where it is, so
    // selection and scroll stay as they were.
    void clientChanged(const QString &clientId);
    // Selects her row and scrolls to it when it is among the rows fetched.
    void selectClient(const QString &clientId);

signals:
    void summaryChanged();
    void clientActivated(const QString &clientId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void activated(const QModelIndex &index);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void applySearch();
    void modelLoaded();
    void fitColumns();
    void retranslateUi();

    ClientListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace lintas::ui
