#include "common/AmountBoxes.h"

#include "common/Formats.h"

#include <QLineEdit>

namespace lintas::ui {

void rewriteAmounts(const QVector<AmountBox> &boxes, const QLocale &from, const QLocale &to)
{
    if (from == to)
        return;
    for (const auto &[box, currency] : boxes) {
        const QString text = box->text().trimmed();
        if (text.isEmpty())
            continue;
        const qint64 value = formats::parseMoney(text, currency, from);
        if (value < 0)
            continue;
        box->setText(formats::amountInput(value, currency, to));
    }
}

} // namespace lintas::ui
