#pragma once

#include "base/Result.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QVector>

#include <optional>

namespace lintas::ui {

// A table model whose rows (anything with an `id`) can be brought up to date from a fresh read
// row by row — removed, moved, inserted, changed — instead of a reset. A view keeps its current
// row, its selection and its scroll position through such an update, so a list edited in place
// does not jump back to the top after every save.
template<class Row> class RowSyncModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    // Brings `rows` up to date from a fresh read. A read that failed leaves the rows as they were
    // and keeps its error in `loadError` for the view to tell; one that worked clears it.
    void syncRows(QVector<Row> &rows, const Result<QVector<Row>> &fresh, std::optional<Error> &loadError)
    {
        if (!fresh.ok()) {
            loadError = fresh.error();
            return;
        }
        loadError.reset();
        syncRows(rows, *fresh);
    }

    // Makes `rows` equal to `fresh` (ids unique in both), signalling each change on the way.
    void syncRows(QVector<Row> &rows, const QVector<Row> &fresh)
    {
        QSet<QString> freshIds;
        for (const Row &row : fresh)
            freshIds.insert(row.id);
        for (int i = int(rows.size()) - 1; i >= 0; --i) {
            if (freshIds.contains(rows[i].id))
                continue;
            beginRemoveRows(QModelIndex(), i, i);
            rows.removeAt(i);
            endRemoveRows();
        }
        for (int i = 0; i < fresh.size(); ++i) {
            if (i >= rows.size() || rows[i].id != fresh[i].id) {
                int from = -1;
                for (int j = i + 1; j < rows.size() && from < 0; ++j) {
                    if (rows[j].id == fresh[i].id)
                        from = j;
                }
                if (from < 0) {
                    beginInsertRows(QModelIndex(), i, i);
                    rows.insert(i, fresh[i]);
                    endInsertRows();
                    continue;
                }
                beginMoveRows(QModelIndex(), from, from, QModelIndex(), i);
                rows.move(from, i);
                endMoveRows();
            }
            rows[i] = fresh[i];
            emit dataChanged(index(i, 0), index(i, columnCount() - 1));
        }
    }
};

} // namespace lintas::ui
