#pragma once

#include <QJsonObject>

class QWidget;

namespace lintas::ui::formstate {

// What the user can edit in a form, read from and written back to its widgets, so that input not
// yet saved can be kept when Lintas locks and put back later (decision D20). One generic walk
// instead of code per form: every named descendant that takes input counts — line and text
// edits, combo boxes, spin boxes and date edits, checkable buttons and group boxes — and every
// widget of Lintas's own that declares a USER property (CodeCombo, CodeChecklist,
// OptionalDateEdit), whose insides are then left alone. Names starting with "qt_" are Qt's.
// Read-only editors are skipped: they hold no input.

// objectName → value, in JSON.
QJsonObject capture(const QWidget *root);
// Writes the values of `state` into the widgets of the same names, in the order the widgets come
// in the form (so a status is set before the date that depends on it). Names not found are
// ignored. Returns how many widgets took a value.
int apply(QWidget *root, const QJsonObject &state);
// The entries of `now` that differ from (or are missing in) `was`.
QJsonObject changed(const QJsonObject &now, const QJsonObject &was);

} // namespace lintas::ui::formstate
