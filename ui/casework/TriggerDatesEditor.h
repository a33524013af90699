#pragma once

#include "rules/DeadlineRuleSet.h"

#include <QDate>
#include <QMap>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QFormLayout;

namespace lintas::ui {

// The dates deadline rules count from ("When was she dismissed?"), one tick and date per trigger
// that applies to the given case types and countries. Unticked means unknown.
class TriggerDatesEditor : public QWidget {
    Q_OBJECT

public:
    TriggerDatesEditor(rules::DeadlineRuleSet ruleSet, QDate today, QWidget *parent = nullptr);

    // Offers the triggers the rules for these case types and countries count from; dates already
    // given are kept, also for triggers no longer offered (the user may tick the type back).
    void setCase(const QStringList &caseTypes, const QStringList &jurisdictions);
    QMap<QString, QDate> dates() const; // ticked ones only
    void setDates(const QMap<QString, QDate> &dates);
    void setDate(const QString &trigger, const QDate &date); // invalid unticks
    int triggerCount() const { return int(m_rows.size()); }
    const rules::DeadlineRuleSet &ruleSet() const { return m_ruleSet; }

signals:
    void datesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        QString code;
        QCheckBox *known = nullptr;
        QDateEdit *date = nullptr;
    };
    void rebuild(const QStringList &codes);
    void retranslateUi();

    rules::DeadlineRuleSet m_ruleSet;
    QDate m_today;
    QFormLayout *m_form = nullptr;
    QVector<Row> m_rows;
    QMap<QString, QDate> m_kept; // dates of triggers not offered now
};

} // namespace lintas::ui
