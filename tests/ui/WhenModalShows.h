#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace lintas::test {

// A dialog opened with exec() runs its own event loop, so it is handled from a timer that fires
// inside that loop: `handle` gets the dialog once it shows.
inline void whenModalShows(std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle = std::move(handle)] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        handle(modal);
    });
    timer->start();
}

} // namespace lintas::test
