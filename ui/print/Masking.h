#pragma once

#include <QString>

namespace lintas::ui {

// An identifier (NIK, passport or phone number) as printed for readers outside the organisation:
// every letter and digit but the last four becomes "•", so the number can be matched against a
// document the client shows, but not copied. Spaces and dashes stay, to keep the shape.
// Values with fewer than eight letters and digits are masked whole: four would be half of them.
QString maskIdentifier(const QString &value);

} // namespace lintas::ui
