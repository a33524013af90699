#include "i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using lintas::ui::LanguageManager;

TEST_CASE("a first run is in Bahasa Indonesia", "[ui][i18n]")
{
    QSettings().remove(QStringLiteral("ui/language"));
    CHECK(LanguageManager::savedLanguage() == QStringLiteral("id"));
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
    CHECK(LanguageManager::savedLanguage() == QStringLiteral("id"));
}

TEST_CASE("switching language swaps the catalogue, the locale and the remembered choice", "[ui][i18n]")
{
    LanguageManager languages;
    QSignalSpy changed(&languages, &LanguageManager::languageChanged);

    languages.setLanguage(QStringLiteral("id"));
    CHECK(languages.language() == QStringLiteral("id"));
    CHECK(QLocale().language() == QLocale::Indonesian);
    CHECK(LanguageManager::codeListLanguage() == lintas::domain::Language::Indonesian);
    CHECK(QCoreApplication::translate("lintas::ui::MainWindow", "Lock") == QStringLiteral("Kunci"));

    languages.setLanguage(QStringLiteral("en"));
    CHECK(QLocale().language() == QLocale::English);
    CHECK(LanguageManager::codeListLanguage() == lintas::domain::Language::English);
    CHECK(QCoreApplication::translate("lintas::ui::MainWindow", "Lock") == QStringLiteral("Lock"));
    CHECK(
        QCoreApplication::translate("lintas::ui::CaseListPage", "%n case(s)", nullptr, 1) == QStringLiteral("1 case"));
    CHECK(
        QCoreApplication::translate("lintas::ui::CaseListPage", "%n case(s)", nullptr, 3) == QStringLiteral("3 cases"));
    CHECK(LanguageManager::savedLanguage() == QStringLiteral("en"));

    languages.setLanguage(QStringLiteral("en")); // no change, no signal
    languages.setLanguage(QStringLiteral("fr")); // unknown: the default
    CHECK(languages.language() == QStringLiteral("id"));
    CHECK(changed.count() == 3);
}
