#include "casework/TimelineModel.h"

#include "common/Formats.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "repo/Workspace.h"

namespace lintas::ui {

namespace {
// A table row shows the start of a long note; the whole of it is one click away.
constexpr int kPreviewChars = 240;
} // namespace

TimelineModel::TimelineModel(repo::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_language(LanguageManager::codeListLanguage())
{ }

void TimelineModel::setCase(const QString &caseId)
{
    m_caseId = caseId;
    reload();
}

void TimelineModel::reload()
{
    beginResetModel();
    m_notes.clear();
    m_rowOf.clear();
    m_corrected.clear();
    m_loadError.reset();
    if (!m_caseId.isEmpty()) {
        auto notes = m_workspace.notes().forCase(m_caseId);
        if (notes.ok())
            m_notes = std::move(*notes);
        else
            m_loadError = notes.error();
    }
    for (int i = 0; i < m_notes.size(); ++i) {
        m_rowOf.insert(m_notes[i].id, i);
        if (!m_notes[i].correctsNoteId.isEmpty())
            m_corrected.insert(m_notes[i].correctsNoteId);
    }
    endResetModel();
}

void TimelineModel::retranslate()
{
    m_locale = QLocale();
    m_language = LanguageManager::codeListLanguage(m_locale);
    if (!m_notes.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const domain::Note *TimelineModel::noteAt(int row) const
{
    return row >= 0 && row < m_notes.size() ? &m_notes[row] : nullptr;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::text(const domain::Note &note) const
{
    QStringList parts;
    if (!note.correctsNoteId.isEmpty()) {
        const int row = m_rowOf.value(note.correctsNoteId, -1);
        parts << (row >= 0 ? tr("Corrects the entry of %1:").arg(formats::dateTime(m_notes[row].occurredAt, m_locale))
                           : tr("Corrects an earlier entry:"));
    }
    if (m_corrected.contains(note.id))
        parts << tr("[Corrected below]");
    if (note.confidential)
        parts << tr("[Confidential]");
    parts << note.body;
    return parts.join(QLatin1Char(' '));
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Note &note = m_notes[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return formats::dateTime(note.occurredAt, m_locale);
        case Kind:
            return domain::noteKinds().label(note.kind, m_language);
        case Author:
            return note.author;
        case Text: {
            const QString full = text(note).simplified();
            return full.size() > kPreviewChars ? full.left(kPreviewChars) + QChar(0x2026) : full;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case FullTextRole:
        return text(note);
    case NoteIdRole:
        return note.id;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Kind:
        return tr("Kind");
    case Author:
        return tr("Recorded by");
    case Text:
        return tr("What happened");
    default:
        return {};
    }
}

} // namespace lintas::ui
