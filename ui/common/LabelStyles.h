#pragma once

#include <QString>

class QLabel;

namespace lintas::ui {

// The few label looks the screens share, so that an error or a warning reads the same everywhere.
// Each also hides the label until it has something to say.
void styleAsFieldError(QLabel *label);
void styleAsWarningBanner(QLabel *label);
void styleAsTitle(QLabel *label, double scale);
// Shows `text`, or hides the label when there is nothing to show (no empty gap in the layout).
void showOrHide(QLabel *label, const QString &text);

} // namespace lintas::ui
