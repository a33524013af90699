#include "i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTranslator>
#include <QtDebug>

namespace lintas::ui {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

} // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) { }

LanguageManager::~LanguageManager()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList LanguageManager::languages()
{
    return {QStringLiteral("id"), QStringLiteral("en")};
}

QString LanguageManager::defaultLanguage()
{
    return QStringLiteral("id");
}

QString LanguageManager::savedLanguage()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    return languages().contains(saved) ? saved : defaultLanguage();
}

void LanguageManager::setLanguage(const QString &code)
{
    const QString language = languages().contains(code) ? code : defaultLanguage();
    if (language == m_language)
        return;
    auto next = std::make_unique<QTranslator>();
    // Source strings are English, so a missing catalogue still leaves a usable (English) app.
    if (!next->load(QStringLiteral(":/i18n/lintas_%1.qm").arg(language)))
        qWarning() << "lintas: no translation catalogue for" << language;
    // The locale must be in place before the translator goes in: installing it is what makes
    // widgets retranslate, and they format dates with the default locale while doing so.
    m_language = language;
    QLocale::setDefault(localeFor(language));
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(next);
    QCoreApplication::installTranslator(m_translator.get());
    QSettings().setValue(kSettingsKey, language);
    emit languageChanged(language);
}

domain::Language LanguageManager::codeListLanguage(const QLocale &locale)
{
    return locale.language() == QLocale::Indonesian ? domain::Language::Indonesian : domain::Language::English;
}

QLocale LanguageManager::localeFor(const QString &code)
{
    // British English writes dates day-first, as Indonesian does and as Hong Kong forms do.
    if (code == QStringLiteral("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

} // namespace lintas::ui
