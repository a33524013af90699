#pragma once

#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace lintas::ui {

class LanguageManager;

// The always-visible ID | EN switch. Language names are not translated: a person who cannot
// read the current language must still find their own.
class LanguageSwitch : public QWidget {
    Q_OBJECT

public:
    explicit LanguageSwitch(LanguageManager &languages, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showLanguage(const QString &code);
    QToolButton *addButton(const QString &code, const QString &label, const QString &nativeName);

    LanguageManager &m_languages;
    QButtonGroup *m_group = nullptr;
};

} // namespace lintas::ui
