#pragma once

#include "base/Error.h"
#include "search/SearchHit.h"

#include <QLineEdit>

#include <optional>

class QAction;
class QFrame;
class QLabel;
class QListView;
class QTimer;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class GlobalSearchModel;

// The search field in the toolbar (Ctrl+K from anywhere): clients, cases and notes as you type,
// listed under the field. Up/Down move through the results while the cursor stays in the
// field; Enter opens one; Escape closes the list, a second Escape empties the field.
class GlobalSearchBox : public QLineEdit {
    Q_OBJECT

public:
    explicit GlobalSearchBox(QWidget *parent = nullptr);

    // nullptr while locked: the field is emptied and the results dropped.
    void setWorkspace(repo::Workspace *workspace);
    GlobalSearchModel *model() const { return m_model; }
    QListView *resultList() const { return m_list; }
    bool resultsShown() const;
    // Runs the search for the text now instead of after the typing pause.
    void searchNow();

signals:
    void hitChosen(const search::SearchHit &hit);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showResults();
    void hideResults();
    void placeResults();
    void choose(int row);
    void moveSelection(int step);
    void retranslateUi();

    repo::Workspace *m_workspace = nullptr;
    GlobalSearchModel *m_model = nullptr;
    QTimer *m_delay = nullptr;
    QAction *m_focusAction = nullptr;
    QFrame *m_popup = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_status = nullptr;
    QString m_searched; // the text the results are for
    std::optional<Error> m_error; // why the last search failed, shown again after a language switch
};

} // namespace lintas::ui
