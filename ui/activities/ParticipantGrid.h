#pragma once

#include "domain/Activity.h"

#include <QHash>
#include <QVector>
#include <QWidget>

class QGridLayout;
class QLabel;
class QSpinBox;

namespace lintas::ui {

// How many took part, by gender (rows, genders()) and age band (columns, ageBands()), with live
// totals per row, per column and overall. Tab walks the cells row by row; a cell keeps its value
// when the mouse wheel passes over it unless it has the focus (the editor scrolls).
class ParticipantGrid : public QWidget {
    Q_OBJECT

public:
    explicit ParticipantGrid(QWidget *parent = nullptr);

    // Fills the cells from stored counts (cells not given are 0; unknown codes are ignored).
    void setCounts(const QVector<domain::ActivityCount> &counts);
    // Every cell of the grid, zeros included, with activityId left empty.
    QVector<domain::ActivityCount> counts() const;
    qint64 count(const QString &gender, const QString &ageBand) const;
    void setCount(const QString &gender, const QString &ageBand, qint64 count);
    qint64 total() const;
    qint64 totalFor(const QString &gender) const;

    QSpinBox *cell(const QString &gender, const QString &ageBand) const;
    QSpinBox *firstCell() const;
    QSpinBox *lastCell() const;

    static constexpr int maximumCount() { return 100000; }

signals:
    void countsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showTotals();
    void retranslateUi();

    QGridLayout *m_layout = nullptr;
    QVector<QLabel *> m_genderLabels;
    QVector<QLabel *> m_bandLabels;
    QVector<QLabel *> m_rowTotals; // one per gender
    QVector<QLabel *> m_columnTotals; // one per age band
    QLabel *m_totalHeader = nullptr;
    QLabel *m_totalRowHeader = nullptr;
    QLabel *m_grandTotal = nullptr;
    QVector<QVector<QSpinBox *>> m_cells; // [gender][band]
    bool m_filling = false;
};

} // namespace lintas::ui
