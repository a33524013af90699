#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace lintas::ui {

// The one question every editor asks before it is left with edits not saved: Save, Discard or
// Cancel. True when the page may be left: the edits were saved (`save` succeeded) or thrown away
// (`revert` ran). Closing the box without an answer — also when Lintas locks meanwhile and
// deletes `parent` — means stay.
class UnsavedChanges {
    Q_DECLARE_TR_FUNCTIONS(UnsavedChanges)

public:
    static bool askToLeave(
        QWidget *parent, const QString &what, const std::function<bool()> &save, const std::function<void()> &revert);
};

} // namespace lintas::ui
