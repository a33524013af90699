#include "common/ListWidgets.h"

#include <QHeaderView>
#include <QTableView>

namespace lintas::ui {

void setUpReadOnlyTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
}

QStringList splitCommaList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const QString item = part.simplified(); !item.isEmpty() && !out.contains(item))
            out << item;
    }
    return out;
}

} // namespace lintas::ui
