#include "unlock/CreateProfileDialog.h"

#include "common/ErrorText.h"
#include "common/LabelStyles.h"
#include "crypto/SecretBytes.h"
#include "profile/ProfilePolicy.h"
#include "unlock/PassphraseStrengthMeter.h"
#include "unlock/RecoveryCodePage.h"
#include "unlock/Session.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lintas::ui {

using profile::ProfilePolicy;

CreateProfileDialog::CreateProfileDialog(ProfileService &service, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_watcher(new QFutureWatcher<Result<CreatedSession>>(this)),
      m_pages(new QStackedWidget(this)),
      m_recoveryPage(new RecoveryCodePage(this))
{
    setObjectName(QStringLiteral("createProfileDialog"));
    setModal(true);
    m_pages->addWidget(buildForm());
    m_pages->addWidget(m_recoveryPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    setMinimumWidth(480);

    connect(m_create, &QPushButton::clicked, this, &CreateProfileDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &CreateProfileDialog::reject);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &CreateProfileDialog::creationFinished);
    connect(m_recoveryPage, &RecoveryCodePage::confirmed, this, &CreateProfileDialog::recoveryConfirmed);
    connect(m_passphrase, &QLineEdit::textChanged, this, &CreateProfileDialog::updateStrength);
    // The name counts too: a passphrase made of it is weak.
    connect(m_name, &QLineEdit::textChanged, this, &CreateProfileDialog::updateStrength);
    retranslateUi();
}

CreateProfileDialog::~CreateProfileDialog() = default;

QWidget *CreateProfileDialog::buildForm()
{
    auto *form = new QWidget(this);
    m_intro = new QLabel(form);
    m_intro->setWordWrap(true);
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("displayNameEdit"));
    m_name->setMaxLength(ProfilePolicy::MaxDisplayNameChars + 20); // room to see that it is too long
    m_nameLabel = new QLabel(form);
    m_nameLabel->setBuddy(m_name);
    m_nameError = new QLabel(form);
    m_passphrase = new QLineEdit(form);
    m_passphrase->setObjectName(QStringLiteral("newPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel = new QLabel(form);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_strength = new PassphraseStrengthMeter(ProfilePolicy::MinPassphraseChars, form);
    m_passphraseError = new QLabel(form);
    m_confirm = new QLineEdit(form);
    m_confirm->setObjectName(QStringLiteral("confirmPassphraseEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirmLabel = new QLabel(form);
    m_confirmLabel->setBuddy(m_confirm);
    m_confirmError = new QLabel(form);
    m_failureLabel = new QLabel(form);
    for (QLabel *label : {m_nameError, m_passphraseError, m_confirmError, m_failureLabel})
        styleAsFieldError(label);
    m_failureLabel->setObjectName(QStringLiteral("createError"));

    m_busy = new QProgressBar(form);
    m_busy->setRange(0, 0); // no known end: an animated "working" bar
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busyLabel = new QLabel(form);
    m_busy->hide();
    m_busyLabel->hide();

    m_cancel = new QPushButton(form);
    m_create = new QPushButton(form);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);

    auto *fields = new QGridLayout;
    fields->addWidget(m_nameLabel, 0, 0);
    fields->addWidget(m_name, 0, 1);
    fields->addWidget(m_nameError, 1, 1);
    fields->addWidget(m_passphraseLabel, 2, 0);
    fields->addWidget(m_passphrase, 2, 1);
    fields->addWidget(m_strength, 3, 1);
    fields->addWidget(m_passphraseError, 4, 1);
    fields->addWidget(m_confirmLabel, 5, 0);
    fields->addWidget(m_confirm, 5, 1);
    fields->addWidget(m_confirmError, 6, 1);
    fields->setColumnStretch(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_busy);
    buttons->addWidget(m_busyLabel);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_create);

    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(fields);
    layout->addWidget(m_failureLabel);
    layout->addStretch();
    layout->addLayout(buttons);
    return form;
}

std::unique_ptr<Session> CreateProfileDialog::takeSession()
{
    return std::move(m_session);
}

void CreateProfileDialog::reject()
{
    if (m_watcher->isRunning() || m_pages->currentWidget() == m_recoveryPage)
        return;
    m_passphrase->clear();
    m_confirm->clear();
    QDialog::reject();
}

void CreateProfileDialog::submit()
{
    if (m_watcher->isRunning())
        return;
    m_nameProblem = m_passphraseProblem = m_confirmProblem = Problem::None;
    m_failure.reset();

    const QString name = m_name->text();
    if (!ProfilePolicy::checkDisplayName(name).ok())
        m_nameProblem = name.trimmed().isEmpty() ? Problem::NameEmpty : Problem::NameTooLong;
    SecretBytes passphrase = SecretBytes::fromUtf8(m_passphrase->text());
    if (!ProfilePolicy::checkPassphrase(passphrase).ok())
        m_passphraseProblem = Problem::PassphraseTooShort;
    else if (!passphrase.equals(SecretBytes::fromUtf8(m_confirm->text())))
        m_confirmProblem = Problem::PassphraseMismatch;
    showProblems();
    if (m_nameProblem != Problem::None) {
        m_name->setFocus();
        return;
    }
    if (m_passphraseProblem != Problem::None) {
        m_passphrase->setFocus();
        m_passphrase->selectAll();
        return;
    }
    if (m_confirmProblem != Problem::None) {
        m_confirm->setFocus();
        m_confirm->selectAll();
        return;
    }
    setBusy(true);
    m_watcher->setFuture(m_service.createAndOpen(name, std::move(passphrase)));
}

void CreateProfileDialog::creationFinished()
{
    Result<CreatedSession> result = m_watcher->future().takeResult();
    setBusy(false);
    if (!result.ok()) {
        const Error &error = result.error();
        if (error.code == ErrorCode::AlreadyExists) {
            m_nameProblem = Problem::NameTaken;
        } else if (error.code == ErrorCode::Validation && error.field == QStringLiteral("displayName")) {
            m_nameProblem = m_name->text().trimmed().isEmpty() ? Problem::NameEmpty : Problem::NameTooLong;
        } else if (error.code == ErrorCode::Validation && error.field == QStringLiteral("passphrase")) {
            m_passphraseProblem = Problem::PassphraseTooShort;
        } else {
            m_failure = error;
        }
        showProblems();
        (m_passphraseProblem != Problem::None ? m_passphrase : m_name)->setFocus();
        return;
    }
    m_passphrase->clear();
    m_confirm->clear();
    m_createdName = result->displayName;
    if (result->session.ok())
        m_session = std::move(result->session.value());
    else
        m_openError = result->session.error();
    m_recoveryPage->showCode(result->recoveryCode, result->displayName, result->createdAt);
    m_pages->setCurrentWidget(m_recoveryPage);
}

void CreateProfileDialog::recoveryConfirmed()
{
    m_recoveryPage->clear();
    m_pages->setCurrentIndex(0);
    accept();
}

void CreateProfileDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_passphrase),
             static_cast<QWidget *>(m_confirm), static_cast<QWidget *>(m_create), static_cast<QWidget *>(m_cancel)})
        w->setEnabled(!busy);
    m_busy->setVisible(busy);
    m_busyLabel->setVisible(busy);
}

void CreateProfileDialog::updateStrength()
{
    m_strength->setPassphrase(m_passphrase->text(), {m_name->text()});
    // A "too short" from the last attempt must not stand next to a meter that says otherwise.
    const auto estimate = m_strength->estimate();
    if (m_passphraseProblem == Problem::PassphraseTooShort && estimate && estimate->score > 0) {
        m_passphraseProblem = Problem::None;
        showProblems();
    }
}

void CreateProfileDialog::showProblems()
{
    showOrHide(m_nameError, problemText(m_nameProblem));
    showOrHide(m_passphraseError, problemText(m_passphraseProblem));
    showOrHide(m_confirmError, problemText(m_confirmProblem));
    showOrHide(m_failureLabel, m_failure ? ErrorText::profileMessage(*m_failure) : QString());
}

QString CreateProfileDialog::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::NameEmpty:
        return tr("Enter your name.");
    case Problem::NameTooLong:
        return tr("The name can be at most %n characters long.", nullptr, ProfilePolicy::MaxDisplayNameChars);
    case Problem::NameTaken:
        return ErrorText::profileMessage(Error::make(ErrorCode::AlreadyExists));
    case Problem::PassphraseTooShort:
        return tr("The passphrase must be at least %n characters long.", nullptr, ProfilePolicy::MinPassphraseChars);
    case Problem::PassphraseMismatch:
        return tr("The two passphrases are not the same. Type the passphrase again.");
    }
    return {};
}

void CreateProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CreateProfileDialog::retranslateUi()
{
    setWindowTitle(tr("Create profile"));
    m_intro->setText(tr("A profile keeps your cases on this laptop, encrypted with your passphrase. Each person who "
                        "uses this laptop should have their own profile."));
    m_nameLabel->setText(tr("&Name"));
    m_passphraseLabel->setText(tr("&Passphrase"));
    m_confirmLabel->setText(tr("&Repeat passphrase"));
    m_strength->setIdleHint(tr("At least %n characters. A short sentence that only you know is easy to remember "
                               "and hard to guess.",
        nullptr, ProfilePolicy::MinPassphraseChars));
    m_busyLabel->setText(tr("Creating the profile…"));
    m_cancel->setText(tr("Cancel"));
    m_create->setText(tr("Create profile"));
    showProblems();
}

} // namespace lintas::ui
