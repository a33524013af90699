#pragma once

#include "repo/CaseQuery.h"

#include <QWidget>

#include <array>

class QComboBox;
class QPushButton;

namespace lintas::domain {
class CodeList;
}

namespace lintas::ui {

// The case list's filters in one row: status (or "still open"), case type, jurisdiction,
// assigned caseworker, open deadline within N days, risk. Each starts at "all"; "Clear filters"
// puts them back. Labels come from the code lists in the current language.
class CaseFilterBar : public QWidget {
    Q_OBJECT

public:
    explicit CaseFilterBar(QWidget *parent = nullptr);

    // The caseworkers cases are assigned to; keeps the current choice when it is still there.
    void setAssignees(const QStringList &names);
    repo::CaseFilter filter() const;
    bool isFiltering() const;
    void clear();

    // Deadline choices, in days.
    static QList<int> dueWithinChoices() { return {7, 14, 30, 90}; }
    // What "still open" means for the status filter.
    static QStringList openStatuses();

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QComboBox *addCombo(const char *objectName);
    std::array<QComboBox *, 6> combos() const; // in the order shown
    void fillCodes(QComboBox *combo, const domain::CodeList &list);
    void choiceChanged();
    void retranslateUi();

    QComboBox *m_status = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_jurisdiction = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_due = nullptr;
    QComboBox *m_risk = nullptr;
    QPushButton *m_clear = nullptr;
    bool m_clearing = false;
};

} // namespace lintas::ui
