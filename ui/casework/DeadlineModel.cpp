#include "casework/DeadlineModel.h"

#include "common/Formats.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "repo/Workspace.h"

#include <QBrush>
#include <QDateTime>
#include <QPalette>

namespace lintas::ui {

DeadlineModel::DeadlineModel(repo::Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_language(LanguageManager::codeListLanguage())
{ }

void DeadlineModel::setCase(const QString &caseId)
{
    m_caseId = caseId;
    reload();
}

void DeadlineModel::reload()
{
    beginResetModel();
    m_deadlines.clear();
    m_loadError.reset();
    if (!m_caseId.isEmpty()) {
        auto rows = m_workspace.deadlines().forCase(m_caseId);
        if (rows.ok())
            m_deadlines = std::move(*rows);
        else
            m_loadError = rows.error();
    }
    endResetModel();
}

void DeadlineModel::retranslate()
{
    m_locale = QLocale();
    m_language = LanguageManager::codeListLanguage(m_locale);
    if (!m_deadlines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const domain::Deadline *DeadlineModel::deadlineAt(int row) const
{
    return row >= 0 && row < m_deadlines.size() ? &m_deadlines[row] : nullptr;
}

int DeadlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deadlines.size());
}

int DeadlineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDate DeadlineModel::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).date();
}

QString DeadlineModel::stateText(const domain::Deadline &d) const
{
    if (d.doneOn.isValid())
        return tr("Done %1").arg(formats::date(d.doneOn, m_locale));
    const qint64 days = today().daysTo(d.dueOn);
    if (days < 0)
        return tr("Overdue by %n day(s)", nullptr, int(-days));
    if (days == 0)
        return tr("Due today");
    return tr("In %n day(s)", nullptr, int(days));
}

QVariant DeadlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Deadline &d = m_deadlines[index.row()];
    const bool overdue = !d.doneOn.isValid() && d.dueOn < today();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Due:
            return formats::date(d.dueOn, m_locale);
        case Kind:
            return domain::deadlineKinds().label(d.kind, m_language);
        case Title:
            return d.title;
        case State:
            return stateText(d);
        case Source:
            return d.ruleId.isEmpty() ? tr("Set by hand") : d.source;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Source && !d.ruleId.isEmpty()) {
            return tr("Rule %1 (version %2), counted from %3.\nSource: %4")
                .arg(d.ruleId)
                .arg(d.ruleVersion)
                .arg(formats::date(d.triggerDate, m_locale), d.source);
        }
        if (index.column() == Title && !d.notes.isEmpty())
            return d.notes;
        return {};
    case Qt::ForegroundRole:
        if (overdue && (index.column() == State || index.column() == Due))
            return QBrush(Qt::darkRed);
        if (d.doneOn.isValid())
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant DeadlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due:
        return tr("Due");
    case Kind:
        return tr("Kind");
    case Title:
        return tr("What");
    case State:
        return tr("State");
    case Source:
        return tr("Where the date comes from");
    default:
        return {};
    }
}

} // namespace lintas::ui
