#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

// The runner of the widget suites: a QApplication instead of the QCoreApplication of
// tests/support/CatchMain.cpp. Offscreen unless a platform is asked for (screenshots under
// xvfb), and QSettings in a throwaway folder so a test never changes the user's settings.
int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir(QStringLiteral("/tmp/lintas-ui-settings-XXXXXX"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LintasTests"));
    QCoreApplication::setApplicationName(QStringLiteral("lintas-ui-tests"));
    return Catch::Session().run(argc, argv);
}
