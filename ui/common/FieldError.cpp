#include "common/FieldError.h"

#include "common/ErrorText.h"
#include "common/LabelStyles.h"

#include <QLabel>

namespace lintas::ui {

void showFieldError(QLabel *message, const Error &error, const QHash<QString, QLabel *> &labels,
    const QHash<QString, QWidget *> &editors)
{
    QLabel *label = labels.value(error.field);
    const QString fieldName = label ? label->text().remove(QLatin1Char('&')) : error.field;
    showOrHide(message, ErrorText::fieldMessage(error, fieldName));
    QWidget *editor = editors.value(error.field);
    if (!editor && label)
        editor = label->buddy();
    if (editor)
        editor->setFocus(Qt::OtherFocusReason);
}

} // namespace lintas::ui
