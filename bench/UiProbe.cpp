#include "bench/Percentiles.h"
#include "bench/UiBench.h"

#include "shell/MainWindow.h"
#include "shell/Workbench.h"
#include "today/TodayPage.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <cstdio>

namespace lintas::bench {

namespace {

const QElapsedTimer &clock()
{
    static const QElapsedTimer c = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return c;
}

// Sees every event of the application: the first paint of a widget inside the target, once the
// caller's condition holds, ends the wait at the next turn of the event loop (after the whole
// window has been painted in that same pass).
class PaintProbe : public QObject {
public:
    PaintProbe(std::function<QWidget *()> target, std::function<bool()> ready, QEventLoop &loop)
        : m_target(std::move(target)), m_ready(std::move(ready)), m_loop(loop)
    { }

    bool painted = false;
    qint64 paintedAtNs = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!painted && event->type() == QEvent::Paint && watched->isWidgetType()) {
            QWidget *target = m_target();
            auto *widget = static_cast<QWidget *>(watched);
            if (target && (widget == target || target->isAncestorOf(widget)) && (!m_ready || m_ready())) {
                painted = true;
                paintedAtNs = nowNs();
                QTimer::singleShot(0, &m_loop, &QEventLoop::quit);
            }
        }
        return false;
    }

private:
    std::function<QWidget *()> m_target;
    std::function<bool()> m_ready;
    QEventLoop &m_loop;
};

} // namespace

qint64 nowNs()
{
    return clock().nsecsElapsed();
}

double msSince(qint64 startNs)
{
    return double(nowNs() - startNs) / 1e6;
}

double timeUntilPainted(const std::function<QWidget *()> &target, const std::function<void()> &action,
    const std::function<bool()> &ready, qint64 *paintedAtNs)
{
    QEventLoop loop;
    PaintProbe probe(target, ready, loop);
    qApp->installEventFilter(&probe);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    const qint64 start = nowNs();
    action();
    guard.start(5000);
    loop.exec();
    const double ms = msSince(start);
    qApp->removeEventFilter(&probe);
    if (paintedAtNs)
        *paintedAtNs = probe.paintedAtNs;
    return probe.painted ? ms : -1;
}

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

void printStats(const char *what, const std::vector<double> &ms, const QString &extra)
{
    std::printf("  %-52s n=%4zu  p50 %8.1f ms  p95 %8.1f ms  max %8.1f ms%s%s\n", what, ms.size(), p50(ms), p95(ms),
        pmax(ms), extra.isEmpty() ? "" : "  ", qPrintable(extra));
    std::fflush(stdout);
}

bool UiBench::unlock()
{
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
    auto *button = window.findChild<QPushButton *>(QStringLiteral("unlockButton"));
    if (!field || !button)
        return false;
    field->setText(passphrase);
    QTest::mouseClick(button, Qt::LeftButton);
    QDeadlineTimer deadline(120000); // the first unlock may run migrations
    while (!(window.isUnlocked() && window.workbench()->today()->isVisible())) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(5);
    }
    settle();
    return true;
}

} // namespace lintas::bench
