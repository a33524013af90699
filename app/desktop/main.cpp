#include "i18n/LanguageManager.h"
#include "profile/ProfileEnvironment.h"
#include "shell/MainWindow.h"
#include "unlock/ProfileService.h"

#include <QApplication>

// lintas: the desktop app. The same profiles as lintas-cli: $LINTAS_PROFILES_DIR, else the
// app data folder (see profile::ProfileEnvironment).
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lintas"));
    QCoreApplication::setApplicationName(QStringLiteral("lintas"));
    QGuiApplication::setDesktopFileName(QStringLiteral("lintas"));

    lintas::ui::LanguageManager languages;
    languages.setLanguage(lintas::ui::LanguageManager::savedLanguage());
    lintas::ui::ProfileService profiles(
        lintas::profile::ProfileEnvironment::defaultRoot(), lintas::profile::ProfileEnvironment::kdfStrength());
    lintas::ui::MainWindow window(profiles, languages);
    window.show();
    return app.exec();
}
