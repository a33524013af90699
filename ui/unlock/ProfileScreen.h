#pragma once

#include "base/Result.h"
#include "profile/ProfileStore.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace lintas::ui {

class CreateProfileDialog;
class ProfileService;
class Session;

// "Who are you?": the profiles on this laptop, the passphrase field and the way to create a new
// profile. Emits unlocked() once a profile is open; the receiver then takes the session.
class ProfileScreen : public QWidget {
    Q_OBJECT

public:
    explicit ProfileScreen(ProfileService &service, QWidget *parent = nullptr);
    ~ProfileScreen() override;

    // Re-reads the profiles from disk (on start and each time the screen comes back after locking).
    void reload();
    // The session of the last unlocked() signal; the caller owns it from then on.
    std::unique_ptr<Session> takeSession();
    // Shown under the passphrase field, e.g. when a new profile could not be opened.
    void showError(const Error &error);

signals:
    void unlocked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void unlockSelected();
    void unlockFinished();
    void openCreateDialog();
    void createDialogFinished(int result);
    void setBusy(bool busy);
    void updateMode();
    void selectProfile(const QString &id);
    QString selectedProfileId() const;
    void retranslateUi();
    QString listingWarning() const;

    ProfileService &m_service;
    QFutureWatcher<Result<std::unique_ptr<Session>>> *m_unlockWatcher = nullptr;
    QPointer<CreateProfileDialog> m_createDialog;
    std::unique_ptr<Session> m_session;
    std::optional<Error> m_listError;
    QList<profile::ProfileProblem> m_problems;
    std::optional<Error> m_error;

    QLabel *m_title = nullptr;
    QLabel *m_tagline = nullptr;
    QLabel *m_insecureWarning = nullptr;
    QLabel *m_listingWarning = nullptr;
    QLabel *m_profilesLabel = nullptr;
    QListWidget *m_profiles = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_errorLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_unlockButton = nullptr;
};

} // namespace lintas::ui
