#include "common/CodeCombo.h"

#include "domain/CodeList.h"
#include "i18n/LanguageManager.h"

#include <QEvent>
#include <QSignalBlocker>

namespace lintas::ui {

CodeCombo::CodeCombo(const domain::CodeList &list, QWidget *parent) : QComboBox(parent), m_list(list)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
    refill(QString());
}

void CodeCombo::setNoneText(const QString &text)
{
    m_noneText = text;
    if (m_hasNone != !text.isEmpty())
        refill(code());
    else
        relabel();
}

void CodeCombo::restrictTo(const QStringList &codes)
{
    m_offered = codes;
    refill(code());
}

QString CodeCombo::code() const
{
    return currentData().toString();
}

void CodeCombo::setCode(const QString &code)
{
    int i = findData(code);
    if (i < 0 && !code.isEmpty()) {
        refill(code);
        i = findData(code);
    }
    setCurrentIndex(i < 0 ? (m_hasNone ? 0 : -1) : i);
}

void CodeCombo::refill(const QString &keep)
{
    // Rebuilding is not a choice the user made: no signal.
    const QSignalBlocker quiet(this);
    clear();
    m_hasNone = !m_noneText.isEmpty();
    if (m_hasNone)
        addItem(QString(), QString());
    for (const QString &c : m_list.codes()) {
        if (m_offered.isEmpty() || m_offered.contains(c) || c == keep)
            addItem(QString(), c);
    }
    if (!keep.isEmpty() && findData(keep) < 0)
        addItem(QString(), keep);
    relabel();
    const int i = findData(keep);
    setCurrentIndex(i >= 0 ? i : (m_hasNone ? 0 : -1));
}

void CodeCombo::relabel()
{
    const domain::Language language = LanguageManager::codeListLanguage();
    for (int i = 0; i < count(); ++i) {
        const QString c = itemData(i).toString();
        const QString label = c.isEmpty() ? m_noneText : m_list.label(c, language);
        setItemText(i, label);
        setItemData(i, label, Qt::ToolTipRole);
    }
}

void CodeCombo::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        relabel();
    QComboBox::changeEvent(event);
}

} // namespace lintas::ui
