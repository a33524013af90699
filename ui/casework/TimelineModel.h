#pragma once

#include "base/Error.h"
#include "domain/CodeList.h"
#include "domain/Note.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QVector>

#include <optional>

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// A case's timeline, oldest first: notes, interviews, calls, hearings. Notes are never edited;
// a correction is shown with the note it corrects, and the corrected note says so.
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Kind, Author, Text, ColumnCount };
    enum Role { NoteIdRole = Qt::UserRole + 1, FullTextRole };

    explicit TimelineModel(repo::Workspace &workspace, QObject *parent = nullptr);

    void setCase(const QString &caseId);
    void reload();
    void retranslate();
    const domain::Note *noteAt(int row) const;
    const std::optional<Error> &loadError() const { return m_loadError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const domain::Note &note) const;

    repo::Workspace &m_workspace;
    QString m_caseId;
    QVector<domain::Note> m_notes;
    QHash<QString, int> m_rowOf; // note id → row
    QSet<QString> m_corrected; // ids of notes a later note corrects
    std::optional<Error> m_loadError;
    QLocale m_locale;
    domain::Language m_language;
};

} // namespace lintas::ui
