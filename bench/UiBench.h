#pragma once

#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QWidget;

namespace lintas::ui {
class LanguageManager;
class MainWindow;
class ProfileService;
} // namespace lintas::ui

namespace lintas::bench {

// The desktop app as a user has it: a real main window over the benchmark profile, shown at
// 1180×760 on the offscreen platform.
struct UiBench {
    ui::LanguageManager &languages;
    ui::ProfileService &profiles;
    ui::MainWindow &window;
    QString passphrase;

    // Types the passphrase and presses Unlock, as the user does; returns once the workbench shows.
    bool unlock();
};

// Runs `action` and waits until a widget inside `target` has been painted (once `ready` holds,
// if given) and the events queued by then are handled: what a user waits for between a key press
// and a changed screen. Returns milliseconds, or a negative number when nothing inside `target`
// was repainted within 5 s. `paintedAtNs` receives when that paint began (see nowNs()).
double timeUntilPainted(const std::function<QWidget *()> &target, const std::function<void()> &action,
    const std::function<bool()> &ready = {}, qint64 *paintedAtNs = nullptr);
// Handles every pending event, including the repaints they cause.
void settle();

void printStats(const char *what, const std::vector<double> &ms, const QString &extra = QString());
double msSince(qint64 startNs);
qint64 nowNs();

void runUnlockBench(UiBench &bench, int runs);
void runSearchBench(UiBench &bench, int minQueries);
void runScrollBench(UiBench &bench);

} // namespace lintas::bench
