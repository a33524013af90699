#include "activities/ActivityListModel.h"

#include "common/Formats.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "repo/Workspace.h"

#include <QScopedValueRollback>

#include <algorithm>

namespace lintas::ui {

ActivityListModel::ActivityListModel(repo::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_language(LanguageManager::codeListLanguage())
{
    load();
}

int ActivityListModel::genderColumn(const QString &gender)
{
    const int i = int(domain::genders().codes().indexOf(gender));
    return i < 0 ? -1 : FirstGender + i;
}

QString ActivityListModel::genderAt(int column)
{
    return domain::genders().codes().value(column - FirstGender);
}

void ActivityListModel::setFilter(const repo::ActivityFilter &filter)
{
    m_filter = filter;
    load();
}

void ActivityListModel::reload()
{
    load();
}

void ActivityListModel::retranslate()
{
    m_locale = QLocale();
    m_language = LanguageManager::codeListLanguage(m_locale);
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
}

const repo::ActivityListRow *ActivityListModel::activityAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ActivityListModel::rowOf(const QString &activityId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == activityId)
            return row;
    }
    return -1;
}

void ActivityListModel::load()
{
    {
        const QScopedValueRollback<bool> changing(m_changing, true);
        beginResetModel();
        m_rows.clear();
        m_totals = {};
        m_loadError.reset();
        // Rows arrive through fetchMore(), page by page, as the view asks for them.
        auto totals = repo::ActivityList(m_workspace.database()).totals(m_filter);
        if (totals.ok())
            m_totals = *totals;
        else
            m_loadError = totals.error();
        endResetModel();
    }
    emit loaded();
}

int ActivityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstGender + domain::genders().size();
}

bool ActivityListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.size() < m_totals.activities;
}

void ActivityListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    const int first = int(m_rows.size());
    const int want = std::min(pageSize(), m_totals.activities - first);
    // Each page starts after the last row shown, so scrolling deep stays as fast as the first page.
    auto page
        = repo::ActivityList(m_workspace.database()).page(m_filter, want, m_rows.isEmpty() ? nullptr : &m_rows.last());
    if (!page.ok() || page->isEmpty()) {
        // A failed page, or activities deleted since counting: stop asking for more.
        if (!page.ok())
            m_loadError = page.error();
        m_totals.activities = first;
        emit loaded();
        return;
    }
    beginInsertRows(QModelIndex(), first, first + int(page->size()) - 1);
    m_rows += *page;
    endInsertRows();
}

QVariant ActivityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const repo::ActivityListRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return row.title;
        if (index.column() == Place) {
            QStringList parts;
            for (const QString &part : {row.place, row.village, row.district, row.regency, row.province}) {
                if (!part.trimmed().isEmpty())
                    parts << part.trimmed();
            }
            return parts.join(QStringLiteral(", "));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Participants)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QString ActivityListModel::displayText(const repo::ActivityListRow &row, int column) const
{
    switch (column) {
    case HeldOn:
        return formats::date(row.heldOn, m_locale);
    case Kind: {
        const QString kind = domain::activityKinds().label(row.kind, m_language);
        return row.trainingStage.isEmpty() ? kind : QStringLiteral("%1 (%2)").arg(kind, row.trainingStage);
    }
    case Title:
        return row.title;
    case Place:
        return placeText(row);
    case Facilitator:
        return row.facilitator;
    case Participants:
        return m_locale.toString(row.participants);
    default:
        if (const QString gender = genderAt(column); !gender.isEmpty())
            return m_locale.toString(row.byGender.value(gender));
        return {};
    }
}

// The village and its regency say where; the free "place" (village hall, prayer room) only when
// no village was given.
QString ActivityListModel::placeText(const repo::ActivityListRow &row) const
{
    QStringList parts;
    const QString first = !row.village.trimmed().isEmpty() ? row.village
        : !row.district.trimmed().isEmpty()                ? row.district
                                                           : row.place;
    for (const QString &part : {first, row.regency}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QStringLiteral(", "));
}

QVariant ActivityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeldOn:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Title");
    case Place:
        return tr("Place");
    case Facilitator:
        return tr("Facilitator");
    case Participants:
        return tr("Participants");
    default:
        break;
    }
    const QString gender = genderAt(section);
    if (gender == QStringLiteral("female"))
        return tr("Women");
    if (gender == QStringLiteral("male"))
        return tr("Men");
    if (!gender.isEmpty())
        return domain::genders().label(gender, m_language);
    return {};
}

} // namespace lintas::ui
