#include "today/AgendaModel.h"

#include "common/Formats.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace lintas::ui {

AgendaModel::AgendaModel(QObject *parent) : QAbstractTableModel(parent) { }

void AgendaModel::setItems(QVector<repo::AgendaItem> items, const QDate &today)
{
    beginResetModel();
    m_items = std::move(items);
    m_today = today;
    endResetModel();
}

const repo::AgendaItem *AgendaModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int AgendaModel::overdueCount() const
{
    return int(std::count_if(
        m_items.cbegin(), m_items.cend(), [this](const repo::AgendaItem &i) { return i.dueOn < m_today; }));
}

int AgendaModel::rowOf(const QString &deadlineId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items[row].deadlineId == deadlineId)
            return row;
    }
    return -1;
}

void AgendaModel::retranslate()
{
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgendaModel::relativeDay(const QDate &due, const QDate &today)
{
    const qint64 days = today.daysTo(due);
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("tomorrow");
    if (days < 0)
        return tr("%n day(s) overdue", nullptr, int(-days));
    return tr("in %n day(s)", nullptr, int(days));
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const repo::AgendaItem &item = m_items[index.row()];
    const bool overdue = item.dueOn < m_today;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Due:
            return formats::date(item.dueOn);
        case When:
            return relativeDay(item.dueOn, m_today);
        case What: {
            const QString kind = domain::deadlineKinds().label(item.kind, LanguageManager::codeListLanguage());
            return kind.isEmpty() || item.kind == QLatin1String("task")
                ? item.title
                : QStringLiteral("%1 · %2").arg(kind, item.title);
        }
        case Case:
            return item.caseReference;
        case Client:
            return item.clientName;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() != What)
            return {};
        // The title is often longer than the column; the rule's source says where the date comes from.
        return item.source.isEmpty() ? item.title
                                     : QStringLiteral("%1\n%2").arg(item.title, tr("Rule source: %1").arg(item.source));
    case Qt::ForegroundRole:
        if (overdue && index.column() <= When)
            return QBrush(QColor(0xb0, 0x1c, 0x1c)); // readable red on white and on grey rows
        return {};
    case Qt::FontRole:
        if (overdue && index.column() == When) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case DeadlineIdRole:
        return item.deadlineId;
    case CaseIdRole:
        return item.caseId;
    case OverdueRole:
        return overdue;
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due:
        return tr("Due");
    case When:
        return tr("When");
    case What:
        return tr("What");
    case Case:
        return tr("Case");
    case Client:
        return tr("Client");
    default:
        return {};
    }
}

} // namespace lintas::ui
