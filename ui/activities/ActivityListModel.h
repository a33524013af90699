#pragma once

#include "base/Result.h"
#include "domain/CodeList.h"
#include "repo/ActivityList.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QVector>

#include <optional>

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// The activities of a period, newest first, one row each with its participants split by gender.
// Rows come a page at a time as the view scrolls (canFetchMore / fetchMore); the totals of the
// whole filtered period are read at once, so the page can report them before every row is shown.
//
// Labels and dates follow the default QLocale; call retranslate() after the language changes.
class ActivityListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // After Participants comes one column per gender, in genders() order (women, men, …).
    enum Column { HeldOn, Kind, Title, Place, Facilitator, Participants, FirstGender };

    explicit ActivityListModel(repo::Workspace &workspace, QObject *parent = nullptr);

    static constexpr int pageSize() { return 100; }
    static int genderColumn(const QString &gender); // -1 for a code genders() does not have
    static QString genderAt(int column); // empty for a column that is not a gender's

    void setFilter(const repo::ActivityFilter &filter);
    const repo::ActivityFilter &filter() const { return m_filter; }
    // Re-reads the rows from the first one.
    void reload();
    // Labels, dates and headers in the current default locale.
    void retranslate();

    const repo::ActivityTotals &totals() const { return m_totals; }
    const std::optional<Error> &loadError() const { return m_loadError; }
    const repo::ActivityListRow *activityAt(int row) const;
    int rowOf(const QString &activityId) const; // -1 when not fetched (yet)

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // After every reload (also a failed one): totals() and loadError() are current.
    void loaded();

private:
    void load();
    QString displayText(const repo::ActivityListRow &row, int column) const;
    QString placeText(const repo::ActivityListRow &row) const;

    repo::Workspace &m_workspace;
    repo::ActivityFilter m_filter;
    QVector<repo::ActivityListRow> m_rows;
    repo::ActivityTotals m_totals;
    bool m_changing = false; // see CaseListModel: no fetching while rows change
    std::optional<Error> m_loadError;
    domain::Language m_language = domain::Language::Indonesian;
    QLocale m_locale;
};

} // namespace lintas::ui
