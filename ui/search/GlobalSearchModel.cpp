#include "search/GlobalSearchModel.h"

namespace lintas::ui {

GlobalSearchModel::GlobalSearchModel(QObject *parent) : QAbstractListModel(parent) { }

void GlobalSearchModel::setHits(QVector<search::SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

const search::SearchHit *GlobalSearchModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits[row] : nullptr;
}

void GlobalSearchModel::retranslate()
{
    if (!m_hits.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

int GlobalSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString GlobalSearchModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("client"))
        return tr("Client");
    if (kind == QLatin1String("case"))
        return tr("Case");
    if (kind == QLatin1String("note"))
        return tr("Note");
    return kind;
}

QString GlobalSearchModel::readableSnippet(const QString &snippet)
{
    QString text = snippet.simplified();
    text.replace(QLatin1Char('['), QChar(0x00AB)).replace(QLatin1Char(']'), QChar(0x00BB));
    return text;
}

QVariant GlobalSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const search::SearchHit &hit = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        const QString head = QStringLiteral("%1 · %2").arg(kindLabel(hit.kind), hit.title);
        // A second line only where the match is somewhere the title does not show (a note's text,
        // a phone number, a village).
        QString plain = hit.snippet;
        plain.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        const bool saysMore = !plain.trimmed().isEmpty() && plain.simplified() != hit.title.simplified();
        return saysMore ? QStringLiteral("%1\n%2").arg(head, readableSnippet(hit.snippet)) : head;
    }
    case Qt::ToolTipRole:
        return readableSnippet(hit.snippet);
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2. %3").arg(kindLabel(hit.kind), hit.title, readableSnippet(hit.snippet));
    case KindRole:
        return hit.kind;
    case SnippetRole:
        return hit.snippet;
    default:
        return {};
    }
}

} // namespace lintas::ui
