#pragma once

#include "i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QWidget>

#include <catch2/catch.hpp>

// What the hidden "[.screenshots]" test cases share: they render screens into
// LINTAS_SCREENSHOT_DIR in both languages.
namespace lintas::test {

// LINTAS_SCREENSHOT_DIR, made when missing; the test fails when it is not set.
inline QString screenshotDir()
{
    const QString out = qEnvironmentVariable("LINTAS_SCREENSHOT_DIR");
    REQUIRE_FALSE(out.isEmpty());
    REQUIRE(QDir().mkpath(out));
    return out;
}

// Saves what `widget` shows as the PNG `dir`/`name`, once pending layouts and paints are done.
inline void saveScreenshot(QWidget &widget, const QString &dir, const QString &name)
{
    QCoreApplication::processEvents();
    REQUIRE(widget.grab().save(QDir(dir).filePath(name)));
}

// Switches the UI language and lets the LanguageChange events through (twice: a page that
// retranslates may post more of them to its children).
inline void switchLanguageNow(ui::LanguageManager &languages, const QString &code)
{
    languages.setLanguage(code);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace lintas::test
