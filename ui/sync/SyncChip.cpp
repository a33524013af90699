#include "sync/SyncChip.h"

#include "base/Clock.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusText.h"

#include <QEvent>
#include <QPainter>
#include <QPixmap>

namespace lintas::ui {

namespace {

// A coloured dot reads at a glance without relying on colour alone: the text says it too.
QIcon dot(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

QColor colourOf(const sync::SyncState &state)
{
    using Phase = sync::SyncState::Phase;
    switch (state.phase) {
    case Phase::NeedsAttention:
        return QColor(0xc6, 0x28, 0x28);
    case Phase::Offline:
        return QColor(0x8d, 0x8d, 0x8d);
    case Phase::NotJoined:
        return QColor(0xbd, 0xbd, 0xbd);
    case Phase::Syncing:
        return QColor(0x15, 0x65, 0xc0);
    case Phase::Idle:
        break;
    }
    return state.waiting > 0 ? QColor(0xef, 0x8f, 0x00) : QColor(0x2e, 0x7d, 0x32);
}

} // namespace

SyncChip::SyncChip(QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("syncChip"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    setFocusPolicy(Qt::TabFocus);
    refresh();
}

void SyncChip::setController(SyncController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller)
        connect(m_controller, &SyncController::stateChanged, this, &SyncChip::refresh);
    refresh();
}

void SyncChip::refresh()
{
    if (!m_controller) {
        setText(QString());
        setToolTip(QString());
        return;
    }
    const sync::SyncState &state = m_controller->state();
    const qint64 now = m_controller->clock().nowMs();
    setIcon(dot(colourOf(state)));
    setText(SyncStatusText::chip(state, now));
    setToolTip(SyncStatusText::summary(state, now) + QLatin1Char('\n') + tr("Click to open the sync page."));
    setAccessibleName(text());
}

void SyncChip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QToolButton::changeEvent(event);
}

} // namespace lintas::ui
