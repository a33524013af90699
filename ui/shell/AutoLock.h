#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace lintas::ui {

// Asks for the window to lock when the person has stepped away from a shared laptop: after a
// stretch without keyboard, mouse or touch input in the app, or when the desktop's screen locker
// comes on (where the desktop announces it on the session D-Bus: freedesktop and GNOME screen
// savers). Armed only while a profile is open.
class AutoLock : public QObject {
    Q_OBJECT

public:
    enum class Reason { Idle, ScreenLocked };
    Q_ENUM(Reason)

    // `bus` is where the screen locker speaks: the session bus, or a private one in tests.
    explicit AutoLock(QObject *parent = nullptr, QDBusConnection bus = QDBusConnection::sessionBus());
    ~AutoLock() override;

    void setIdleTime(std::chrono::milliseconds idle);
    std::chrono::milliseconds idleTime() const { return m_idle; }
    void setArmed(bool armed);
    bool isArmed() const { return m_armed; }

    // The choices offered in the profile menu, in minutes; the first run's default is 5.
    static QList<int> minuteChoices() { return {1, 2, 5, 10, 15, 30}; }
    static constexpr int kDefaultMinutes = 5;

signals:
    void lockRequested(lintas::ui::AutoLock::Reason reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private slots:
    // D-Bus delivers signals to slots named by string only.
    void screenSaverActiveChanged(bool active);

private:
    void watchScreenSaver(QDBusConnection &bus);

    QTimer m_timer;
    std::chrono::milliseconds m_idle;
    bool m_armed = false;
};

} // namespace lintas::ui
