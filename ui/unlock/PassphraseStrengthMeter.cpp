#include "unlock/PassphraseStrengthMeter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace lintas::ui {

using crypto::PassphraseStrength;

namespace {

// Red, amber, green as on a traffic light; dark enough for text on a light window.
QColor scoreColour(int score)
{
    switch (score) {
    case 0:
    case 1:
        return QColor(0xc6, 0x28, 0x28);
    case 2:
        return QColor(0xa1, 0x5c, 0x00);
    case 3:
        return QColor(0x2e, 0x7d, 0x32);
    default:
        return QColor(0x1b, 0x5e, 0x20);
    }
}

} // namespace

PassphraseStrengthMeter::PassphraseStrengthMeter(int minimumChars, QWidget *parent)
    : QWidget(parent),
      m_minimumChars(minimumChars),
      m_bar(new QProgressBar(this)),
      m_verdict(new QLabel(this)),
      m_hint(new QLabel(this))
{
    m_bar->setObjectName(QStringLiteral("passphraseStrengthBar"));
    m_bar->setRange(0, PassphraseStrength::MaxScore);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(8);
    m_verdict->setObjectName(QStringLiteral("passphraseStrengthVerdict"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_hint->setObjectName(QStringLiteral("passphraseHint"));
    m_hint->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_verdict);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    setPassphrase(QString(), {});
}

void PassphraseStrengthMeter::setPassphrase(const QString &passphrase, const QStringList &personalWords)
{
    if (passphrase.isEmpty())
        m_estimate.reset();
    else
        m_estimate = PassphraseStrength::estimate(passphrase, m_minimumChars, personalWords);
    const int score = m_estimate ? m_estimate->score : 0;
    m_bar->setValue(score);
    // Styled from the start, so the bar does not change its look at the first key press.
    m_bar->setStyleSheet(QStringLiteral("QProgressBar { border: 1px solid #b0b0b0; border-radius: 3px; background: "
                                        "#ececec; } QProgressBar::chunk { background: %1; border-radius: 2px; }")
                             .arg(scoreColour(score).name()));
    QPalette palette = m_verdict->palette();
    palette.setColor(QPalette::WindowText, scoreColour(score));
    m_verdict->setPalette(palette);
    retranslateUi();
}

void PassphraseStrengthMeter::setIdleHint(const QString &hint)
{
    m_idleHint = hint;
    retranslateUi();
}

QString PassphraseStrengthMeter::verdictText(int score)
{
    switch (score) {
    case 0:
        return tr("Too short");
    case 1:
        return tr("Weak");
    case 2:
        return tr("Fair");
    case 3:
        return tr("Strong");
    default:
        return tr("Very strong");
    }
}

QString PassphraseStrengthMeter::hintText(const PassphraseStrength::Estimate &estimate, int minimumChars)
{
    using Reason = PassphraseStrength::Reason;
    switch (estimate.reason) {
    case Reason::TooShort:
        return tr("%n more character(s) needed. A few words in a row are easiest to remember.", nullptr,
            minimumChars - estimate.codePoints);
    case Reason::CommonPassword:
        return tr("This is one of the passwords guessed first. Add a few words of your own.");
    case Reason::PersonalInfo:
        return tr("Your name is easy to guess. Use other words.");
    case Reason::Repeated:
        return tr("Repeated letters or words are easy to guess. Add a few different words.");
    case Reason::Sequence:
        return tr("Sequences such as 1234 or abcd are easy to guess. Add a few words.");
    case Reason::KeyboardPattern:
        return tr("Keyboard rows such as qwerty are easy to guess. Add a few words.");
    case Reason::Date:
        return tr("Years and dates are easy to guess. Add a few words.");
    case Reason::OnlyNumbers:
        return tr("Birthdays, phone and ID numbers are easy to find out. Use words instead.");
    case Reason::TooFewWords:
        return tr("Add a few more words. Unusual ones help most.");
    case Reason::None:
        break;
    }
    return estimate.score >= PassphraseStrength::MaxScore ? tr("Excellent. Make sure you can remember it.")
                                                          : tr("Good. One more word makes it even stronger.");
}

void PassphraseStrengthMeter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PassphraseStrengthMeter::retranslateUi()
{
    m_verdict->setText(m_estimate ? verdictText(m_estimate->score) : QString());
    m_hint->setText(m_estimate ? hintText(*m_estimate, m_minimumChars) : m_idleHint);
    m_bar->setAccessibleName(tr("Passphrase strength"));
    m_bar->setAccessibleDescription(m_verdict->text());
}

} // namespace lintas::ui
