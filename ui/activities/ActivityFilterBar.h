#pragma once

#include "repo/ActivityList.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace lintas::ui {

class CodeCombo;
class OptionalDateEdit;

// The activity list's filters in one row: a period (a ready-made one such as "last month", or
// dates chosen by hand, either end open) and the kind of activity.
class ActivityFilterBar : public QWidget {
    Q_OBJECT

public:
    enum Period { AnyTime, ThisMonth, LastMonth, ThisQuarter, ThisYear, LastYear, ChosenDates };

    // `today` anchors the ready-made periods (the workspace's clock, so tests can move it).
    explicit ActivityFilterBar(const QDate &today, QWidget *parent = nullptr);

    repo::ActivityFilter filter() const;
    bool isFiltering() const;
    void setPeriod(Period period);
    void setDates(const QDate &from, const QDate &to); // switches to ChosenDates
    void setKind(const QString &kind);
    void clear();

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void periodChosen();
    void datesEdited();
    void retranslateUi();

    QDate m_today;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    OptionalDateEdit *m_from = nullptr;
    OptionalDateEdit *m_to = nullptr;
    QLabel *m_kindLabel = nullptr;
    CodeCombo *m_kind = nullptr;
    QPushButton *m_clear = nullptr;
    bool m_setting = false;
};

} // namespace lintas::ui
