#include "common/LabelStyles.h"

#include <QLabel>

namespace lintas::ui {

void styleAsFieldError(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    label->setWordWrap(true);
    label->hide();
}

void styleAsWarningBanner(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3d3000; border: 1px solid #e2c65a; "
                                        "border-radius: 4px; padding: 6px; }"));
    label->setWordWrap(true);
    label->hide();
}

void styleAsTitle(QLabel *label, double scale)
{
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    label->setWordWrap(true);
}

void showOrHide(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace lintas::ui
