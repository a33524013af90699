#pragma once

#include "repo/Agenda.h"

#include <QAbstractTableModel>
#include <QDate>

namespace lintas::ui {

// Open deadlines, hearings or tasks for the Today page, with how far off each one is.
class AgendaModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Due, When, What, Case, Client, ColumnCount };
    enum Role { DeadlineIdRole = Qt::UserRole, CaseIdRole, OverdueRole };

    explicit AgendaModel(QObject *parent = nullptr);

    void setItems(QVector<repo::AgendaItem> items, const QDate &today);
    const repo::AgendaItem *itemAt(int row) const;
    int overdueCount() const;
    // Row of the deadline, or -1.
    int rowOf(const QString &deadlineId) const;
    // The UI language changed: every header and cell text is new.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "3 days overdue", "today", "in 5 days".
    static QString relativeDay(const QDate &due, const QDate &today);

private:
    QVector<repo::AgendaItem> m_items;
    QDate m_today;
};

} // namespace lintas::ui
