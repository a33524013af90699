#include "shell/AutoLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace lintas::ui {

AutoLock::AutoLock(QObject *parent, QDBusConnection bus)
    : QObject(parent), m_idle(std::chrono::minutes(kDefaultMinutes))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer); // a lock a little late is fine; fewer wake-ups
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_armed)
            emit lockRequested(Reason::Idle);
    });
    QCoreApplication::instance()->installEventFilter(this);
    watchScreenSaver(bus);
}

AutoLock::~AutoLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void AutoLock::setIdleTime(std::chrono::milliseconds idle)
{
    m_idle = idle;
    if (m_armed)
        m_timer.start(m_idle);
}

void AutoLock::setArmed(bool armed)
{
    m_armed = armed;
    if (armed)
        m_timer.start(m_idle);
    else
        m_timer.stop();
}

bool AutoLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        if (m_armed)
            m_timer.start(m_idle);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AutoLock::watchScreenSaver(QDBusConnection &bus)
{
    if (!bus.isConnected())
        return; // no session bus (a bare X server, a service account): idle time still applies
    // Any sender: the screen saver's bus name differs between desktops.
    bus.connect(QString(), QStringLiteral("/org/freedesktop/ScreenSaver"),
        QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"), this,
        SLOT(screenSaverActiveChanged(bool)));
    bus.connect(QString(), QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
        QStringLiteral("ActiveChanged"), this, SLOT(screenSaverActiveChanged(bool)));
}

void AutoLock::screenSaverActiveChanged(bool active)
{
    if (active && m_armed)
        emit lockRequested(Reason::ScreenLocked);
}

} // namespace lintas::ui
