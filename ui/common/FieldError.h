#pragma once

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace lintas {
struct Error;
}

namespace lintas::ui {

// Shows in `message` what is wrong with the field an error names, in the words of that field's
// label ("Closed on cannot be before the opening date."), and puts the cursor in the field: its
// editor from `editors`, else the label's buddy. Errors without a known field are shown as they are.
void showFieldError(QLabel *message, const Error &error, const QHash<QString, QLabel *> &labels,
    const QHash<QString, QWidget *> &editors = {});

} // namespace lintas::ui
