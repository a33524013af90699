#pragma once

#include "base/Error.h"
#include "domain/CodeList.h"
#include "domain/Deadline.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QLocale>
#include <QVector>

#include <optional>

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// A case's deadlines, hearings and tasks, soonest first, each saying where its date comes from:
// the rule's source, or "set by hand".
class DeadlineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Due, Kind, Title, State, Source, ColumnCount };

    explicit DeadlineModel(repo::Workspace &workspace, QObject *parent = nullptr);

    void setCase(const QString &caseId);
    void reload();
    void retranslate();
    const domain::Deadline *deadlineAt(int row) const;
    const QVector<domain::Deadline> &deadlines() const { return m_deadlines; }
    const std::optional<Error> &loadError() const { return m_loadError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString stateText(const domain::Deadline &d) const;
    QDate today() const;

    repo::Workspace &m_workspace;
    QString m_caseId;
    QVector<domain::Deadline> m_deadlines;
    std::optional<Error> m_loadError;
    QLocale m_locale;
    domain::Language m_language;
};

} // namespace lintas::ui
