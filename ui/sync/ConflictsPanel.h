#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace lintas::ui {

class ConflictListModel;
class SyncController;

// The conflicts page: every offline edit that another edit of the same field replaced, with
// both values, who wrote them and when. One click puts the replaced value back (a new edit that
// reaches every laptop); "keep" closes the entry and changes nothing.
class ConflictsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ConflictsPanel(SyncController &sync, QWidget *parent = nullptr);

    void refresh();
    ConflictListModel *model() const { return m_model; }
    int openCount() const;

signals:
    void caseRequested(const QString &caseId);
    void clientRequested(const QString &clientId);
    void countChanged(int open);

protected:
    void changeEvent(QEvent *event) override;

private:
    void selectionChanged();
    void restoreChosen();
    void keepChosen();
    void openChosen();
    qint64 currentConflictId() const;
    void retranslateUi();

    SyncController &m_sync;
    ConflictListModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace lintas::ui
