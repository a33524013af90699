#include "common/UnsavedChanges.h"

#include <QMessageBox>
#include <QPointer>

namespace lintas::ui {

bool UnsavedChanges::askToLeave(
    QWidget *parent, const QString &what, const std::function<bool()> &save, const std::function<void()> &revert)
{
    QPointer<QWidget> alive(parent);
    const auto answer = QMessageBox::question(parent, tr("Unsaved changes"), what,
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (!alive)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    if (answer != QMessageBox::Discard)
        return false;
    revert();
    return true;
}

} // namespace lintas::ui
