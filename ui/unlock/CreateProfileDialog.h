#pragma once

#include "base/Result.h"
#include "unlock/ProfileService.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace lintas::ui {

class PassphraseStrengthMeter;
class RecoveryCodePage;
class Session;

// Creates a profile: name, passphrase twice (with a strength meter that follows the typing),
// then the recovery code once. The new profile is unlocked in the same background task, so the
// person lands in their (empty) case list.
class CreateProfileDialog : public QDialog {
    Q_OBJECT

public:
    explicit CreateProfileDialog(ProfileService &service, QWidget *parent = nullptr);
    ~CreateProfileDialog() override;

    // After accept(): the opened profile, or null when it was created but could not be opened
    // (then openError() says why and the profile is in the list to try again).
    std::unique_ptr<Session> takeSession();
    std::optional<Error> openError() const { return m_openError; }
    QString createdName() const { return m_createdName; }

public slots:
    // Refused while the key is being derived (that cannot be interrupted) and while the recovery
    // code is on screen (the profile exists by then; the code must not be closed away unseen).
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // What is wrong with the input, kept as a kind so the message follows a language switch.
    enum class Problem { None, NameEmpty, NameTooLong, NameTaken, PassphraseTooShort, PassphraseMismatch };

    void submit();
    void creationFinished();
    void recoveryConfirmed();
    void setBusy(bool busy);
    void retranslateUi();
    void showProblems();
    void updateStrength();
    static QString problemText(Problem problem);
    QWidget *buildForm();

    ProfileService &m_service;
    QFutureWatcher<Result<CreatedSession>> *m_watcher = nullptr;
    std::unique_ptr<Session> m_session;
    std::optional<Error> m_openError;
    QString m_createdName;
    Problem m_nameProblem = Problem::None;
    Problem m_passphraseProblem = Problem::None;
    Problem m_confirmProblem = Problem::None;
    std::optional<Error> m_failure;

    QStackedWidget *m_pages = nullptr;
    RecoveryCodePage *m_recoveryPage = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QLineEdit *m_passphrase = nullptr;
    PassphraseStrengthMeter *m_strength = nullptr;
    QLabel *m_passphraseError = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_confirmError = nullptr;
    QLabel *m_failureLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace lintas::ui
