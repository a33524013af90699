#pragma once

#include <QLocale>
#include <QString>
#include <QVector>

#include <utility>

class QLineEdit;

namespace lintas::ui {

// An amount box and the currency of what is typed in it.
using AmountBox = std::pair<QLineEdit *, QString>;

// After a language switch: rewrites what is typed in each box from `from`'s way of writing
// amounts to `to`'s ("1.250.000" → "1,250,000"), so the boxes read like the rest of the screen and
// still read back as the same amount. Text that is not an amount in `from` is left as typed.
void rewriteAmounts(const QVector<AmountBox> &boxes, const QLocale &from, const QLocale &to = QLocale());

} // namespace lintas::ui
