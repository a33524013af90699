#include "print/Masking.h"

namespace lintas::ui {

namespace {

constexpr int kShown = 4;
constexpr int kShortest = 8;

} // namespace

QString maskIdentifier(const QString &value)
{
    const QString trimmed = value.trimmed();
    int significant = 0;
    for (const QChar c : trimmed)
        significant += c.isLetterOrNumber();
    const int shown = significant >= kShortest ? kShown : 0;
    QString out = trimmed;
    int seen = 0;
    for (QChar &c : out) {
        if (!c.isLetterOrNumber())
            continue;
        if (seen++ < significant - shown)
            c = QChar(0x2022);
    }
    return out;
}

} // namespace lintas::ui
