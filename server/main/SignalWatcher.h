#pragma once

#include <QObject>

class QSocketNotifier;

namespace lintas::server {

// Turns SIGTERM and SIGINT (systemd stop, Ctrl+C) into a Qt signal on the event loop, through
// a self-pipe: a signal handler may do almost nothing, so it only writes one byte.
class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void stopRequested(int signalNumber);

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace lintas::server
