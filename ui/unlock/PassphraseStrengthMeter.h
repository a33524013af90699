#pragma once

#include "crypto/PassphraseStrength.h"

#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;

namespace lintas::ui {

// The bar, verdict ("Weak", "Strong") and one piece of advice under a new passphrase. It keeps
// the verdict, never the passphrase, and follows a language switch.
class PassphraseStrengthMeter : public QWidget {
    Q_OBJECT

public:
    // `minimumChars` is the policy's: below it the meter says "too short" and nothing else.
    explicit PassphraseStrengthMeter(int minimumChars, QWidget *parent = nullptr);

    void setPassphrase(const QString &passphrase, const QStringList &personalWords);
    // Shown while nothing is typed.
    void setIdleHint(const QString &hint);
    // None while nothing is typed.
    std::optional<crypto::PassphraseStrength::Estimate> estimate() const { return m_estimate; }

    static QString verdictText(int score);
    static QString hintText(const crypto::PassphraseStrength::Estimate &estimate, int minimumChars);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    int m_minimumChars = 0;
    std::optional<crypto::PassphraseStrength::Estimate> m_estimate;
    QString m_idleHint;
    QProgressBar *m_bar = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace lintas::ui
