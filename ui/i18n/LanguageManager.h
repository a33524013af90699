#pragma once

#include "domain/CodeList.h"

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace lintas::ui {

// The display language, switchable at any moment without a restart: swapping the installed
// QTranslator makes Qt send QEvent::LanguageChange to every widget, and each one re-runs its
// retranslateUi(). The choice is remembered in QSettings; a first run starts in Bahasa
// Indonesia, the language of most of the caseworkers.
class LanguageManager : public QObject {
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList languages(); // {"id", "en"}
    static QString defaultLanguage();

    // The remembered choice, or the default on a first run (or a value from a newer version).
    static QString savedLanguage();
    // Installs the translator for `code` ("id" or "en"; anything else means the default), sets it
    // as the default QLocale and remembers it. Widgets are told through LanguageChange events.
    void setLanguage(const QString &code);
    QString language() const { return m_language; }

    // Which label of a code list to show for a locale (the default locale unless told).
    static domain::Language codeListLanguage(const QLocale &locale = QLocale());
    static QLocale localeFor(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    std::unique_ptr<QTranslator> m_translator;
    QString m_language;
};

} // namespace lintas::ui
