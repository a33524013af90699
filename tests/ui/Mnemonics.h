#pragma once

#include <QAbstractButton>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace lintas::test {

// The Alt+letter of a text ("&Save" → 's'), or a null QChar when it has none ("&&" is a literal &).
inline QChar mnemonicOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Alt+letters used twice among the widgets of `root` a user can see now (labels with a buddy,
// buttons, group boxes, tab titles), as "s: &Save changes / &Status" lines. Two widgets on one
// screen with the same letter make Alt+letter cycle between them instead of acting.
inline QStringList mnemonicClashes(QWidget *root)
{
    QHash<QChar, QStringList> byLetter;
    auto note = [&](const QString &text) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            byLetter[letter] << text;
    };
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            note(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            note(button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            note(group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                note(tabs->tabText(i));
        }
    }
    QStringList clashes;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(" / ")));
    }
    clashes.sort();
    return clashes;
}

} // namespace lintas::test
