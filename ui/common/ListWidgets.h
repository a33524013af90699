#pragma once

#include <QString>
#include <QStringList>

class QTableView;

namespace lintas::ui {

// How every read-only list in Lintas behaves: whole rows selected one at a time, no editing in
// place, one line per row at a height that fits the font, no row numbers.
void setUpReadOnlyTable(QTableView *table);

// "Dewi,  Ani , Dewi" → {"Dewi", "Ani"}: what a comma-separated field (caseworkers, tags, other
// names, phones) holds, trimmed, each once, in the order typed.
QStringList splitCommaList(const QString &text);

} // namespace lintas::ui
