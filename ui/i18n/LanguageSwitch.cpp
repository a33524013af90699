#include "i18n/LanguageSwitch.h"

#include "i18n/LanguageManager.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>

namespace lintas::ui {

LanguageSwitch::LanguageSwitch(LanguageManager &languages, QWidget *parent)
    : QWidget(parent), m_languages(languages), m_group(new QButtonGroup(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(addButton(QStringLiteral("id"), QStringLiteral("ID"), QStringLiteral("Bahasa Indonesia")));
    layout->addWidget(addButton(QStringLiteral("en"), QStringLiteral("EN"), QStringLiteral("English")));
    m_group->setExclusive(true);

    connect(m_group, &QButtonGroup::buttonClicked, this,
        [this](QAbstractButton *button) { m_languages.setLanguage(button->property("languageCode").toString()); });
    connect(&m_languages, &LanguageManager::languageChanged, this, &LanguageSwitch::showLanguage);
    showLanguage(m_languages.language());
    retranslateUi();
}

QToolButton *LanguageSwitch::addButton(const QString &code, const QString &label, const QString &nativeName)
{
    auto *button = new QToolButton(this);
    button->setText(label);
    button->setToolTip(nativeName);
    button->setAccessibleName(nativeName);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setProperty("languageCode", code);
    button->setObjectName(QStringLiteral("language_%1").arg(code));
    m_group->addButton(button);
    return button;
}

void LanguageSwitch::showLanguage(const QString &code)
{
    for (QAbstractButton *button : m_group->buttons())
        button->setChecked(button->property("languageCode").toString() == code);
}

void LanguageSwitch::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LanguageSwitch::retranslateUi()
{
    setAccessibleName(tr("Language"));
}

} // namespace lintas::ui
