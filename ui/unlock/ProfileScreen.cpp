#include "unlock/ProfileScreen.h"

#include "common/ErrorText.h"
#include "common/LabelStyles.h"
#include "crypto/SecretBytes.h"
#include "unlock/CreateProfileDialog.h"
#include "unlock/ProfileService.h"
#include "unlock/Session.h"

#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace lintas::ui {

namespace {

const QString kLastProfileKey = QStringLiteral("profiles/lastUnlocked");
constexpr int kIdRole = Qt::UserRole;
constexpr int kCreatedRole = Qt::UserRole + 1;

} // namespace

ProfileScreen::ProfileScreen(ProfileService &service, QWidget *parent)
    : QWidget(parent),
      m_service(service),
      m_unlockWatcher(new QFutureWatcher<Result<std::unique_ptr<Session>>>(this)),
      m_title(new QLabel(this)),
      m_tagline(new QLabel(this)),
      m_insecureWarning(new QLabel(this)),
      m_listingWarning(new QLabel(this)),
      m_profilesLabel(new QLabel(this)),
      m_profiles(new QListWidget(this)),
      m_emptyLabel(new QLabel(this)),
      m_passphraseLabel(new QLabel(this)),
      m_passphrase(new QLineEdit(this)),
      m_errorLabel(new QLabel(this)),
      m_busy(new QProgressBar(this)),
      m_busyLabel(new QLabel(this)),
      m_createButton(new QPushButton(this)),
      m_unlockButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("profileScreen"));
    styleAsTitle(m_title, 2.0);
    m_tagline->setWordWrap(true);
    styleAsWarningBanner(m_insecureWarning);
    styleAsWarningBanner(m_listingWarning);
    m_listingWarning->setObjectName(QStringLiteral("listingWarning"));
    styleAsFieldError(m_errorLabel);
    m_errorLabel->setObjectName(QStringLiteral("unlockError"));
    m_emptyLabel->setWordWrap(true);
    m_profiles->setObjectName(QStringLiteral("profileList"));
    m_profiles->setMaximumHeight(m_profiles->fontMetrics().height() * 8);
    m_profilesLabel->setBuddy(m_profiles);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_busyLabel->hide();
    m_createButton->setObjectName(QStringLiteral("createProfileButton"));
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));

    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busy);
    busyRow->addWidget(m_busyLabel, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_createButton);
    buttons->addStretch();
    buttons->addWidget(m_unlockButton);

    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(560);
    card->setMinimumWidth(420);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 24, 24, 24);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_tagline);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_insecureWarning);
    cardLayout->addWidget(m_listingWarning);
    cardLayout->addWidget(m_profilesLabel);
    cardLayout->addWidget(m_profiles);
    cardLayout->addWidget(m_emptyLabel);
    cardLayout->addWidget(m_passphraseLabel);
    cardLayout->addWidget(m_passphrase);
    cardLayout->addWidget(m_errorLabel);
    cardLayout->addLayout(busyRow);
    cardLayout->addSpacing(8);
    cardLayout->addLayout(buttons);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card, 1);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch(2);

    setTabOrder(m_profiles, m_passphrase);
    setTabOrder(m_passphrase, m_unlockButton);
    setTabOrder(m_unlockButton, m_createButton);

    m_insecureWarning->setVisible(m_service.strength() == profile::KdfStrength::FastForTests);
    connect(m_unlockButton, &QPushButton::clicked, this, &ProfileScreen::unlockSelected);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &ProfileScreen::unlockSelected);
    connect(m_profiles, &QListWidget::itemActivated, this, [this] { m_passphrase->setFocus(); });
    connect(m_profiles, &QListWidget::currentItemChanged, this, [this] {
        m_error.reset();
        m_errorLabel->hide();
        m_passphrase->clear();
    });
    connect(m_createButton, &QPushButton::clicked, this, &ProfileScreen::openCreateDialog);
    connect(m_unlockWatcher, &QFutureWatcherBase::finished, this, &ProfileScreen::unlockFinished);
    retranslateUi();
    reload();
}

ProfileScreen::~ProfileScreen() = default;

void ProfileScreen::reload()
{
    const QString keep = selectedProfileId();
    m_profiles->clear();
    m_listError.reset();
    m_problems.clear();
    auto listing = m_service.list();
    if (!listing.ok()) {
        m_listError = listing.error();
    } else {
        m_problems = listing->problems;
        for (const profile::ProfileInfo &info : std::as_const(listing->profiles)) {
            auto *item = new QListWidgetItem(info.displayName, m_profiles);
            item->setData(kIdRole, info.id);
            item->setData(kCreatedRole, info.createdAt);
        }
    }
    selectProfile(keep.isEmpty() ? QSettings().value(kLastProfileKey).toString() : keep);
    m_passphrase->clear();
    updateMode();
    retranslateUi();
    (m_profiles->count() > 0 ? static_cast<QWidget *>(m_passphrase) : m_createButton)->setFocus();
}

std::unique_ptr<Session> ProfileScreen::takeSession()
{
    return std::move(m_session);
}

void ProfileScreen::showError(const Error &error)
{
    m_error = error;
    showOrHide(m_errorLabel, ErrorText::profileMessage(error));
}

void ProfileScreen::selectProfile(const QString &id)
{
    for (int i = 0; i < m_profiles->count(); ++i) {
        if (m_profiles->item(i)->data(kIdRole).toString() == id) {
            m_profiles->setCurrentRow(i);
            return;
        }
    }
    if (m_profiles->count() > 0)
        m_profiles->setCurrentRow(0);
}

QString ProfileScreen::selectedProfileId() const
{
    const QListWidgetItem *item = m_profiles->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

void ProfileScreen::updateMode()
{
    const bool any = m_profiles->count() > 0;
    m_profilesLabel->setVisible(any);
    m_profiles->setVisible(any);
    m_passphraseLabel->setVisible(any);
    m_passphrase->setVisible(any);
    m_unlockButton->setVisible(any);
    m_emptyLabel->setVisible(!any && !m_listError);
    showOrHide(m_listingWarning, listingWarning());
}

void ProfileScreen::unlockSelected()
{
    const QString id = selectedProfileId();
    if (id.isEmpty() || m_unlockWatcher->isRunning())
        return;
    if (m_passphrase->text().isEmpty()) {
        m_passphrase->setFocus();
        return;
    }
    SecretBytes passphrase = SecretBytes::fromUtf8(m_passphrase->text());
    m_passphrase->clear();
    m_error.reset();
    m_errorLabel->hide();
    setBusy(true);
    m_unlockWatcher->setFuture(m_service.unlock(id, std::move(passphrase)));
}

void ProfileScreen::unlockFinished()
{
    Result<std::unique_ptr<Session>> result = m_unlockWatcher->future().takeResult();
    setBusy(false);
    if (!result.ok()) {
        showError(result.error());
        m_passphrase->setFocus();
        return;
    }
    QSettings().setValue(kLastProfileKey, selectedProfileId());
    m_session = std::move(result.value());
    emit unlocked();
}

void ProfileScreen::openCreateDialog()
{
    if (m_createDialog || m_unlockWatcher->isRunning())
        return;
    m_createDialog = new CreateProfileDialog(m_service, this);
    m_createDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_createDialog, &QDialog::finished, this, &ProfileScreen::createDialogFinished);
    // open(), not exec(): no nested event loop, and tests can drive the dialog directly.
    m_createDialog->open();
}

void ProfileScreen::createDialogFinished(int result)
{
    if (!m_createDialog || result != QDialog::Accepted)
        return;
    std::unique_ptr<Session> session = m_createDialog->takeSession();
    const std::optional<Error> openError = m_createDialog->openError();
    const QString name = m_createDialog->createdName();
    reload();
    for (int i = 0; i < m_profiles->count(); ++i) {
        if (m_profiles->item(i)->text() == name)
            m_profiles->setCurrentRow(i);
    }
    if (!session) {
        if (openError)
            showError(*openError);
        return;
    }
    QSettings().setValue(kLastProfileKey, selectedProfileId());
    m_session = std::move(session);
    emit unlocked();
}

void ProfileScreen::setBusy(bool busy)
{
    m_profiles->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    m_unlockButton->setEnabled(!busy);
    m_createButton->setEnabled(!busy);
    m_busy->setVisible(busy);
    m_busyLabel->setVisible(busy);
}

QString ProfileScreen::listingWarning() const
{
    if (m_listError) {
        return tr("The profiles folder %1 could not be read. %2")
            .arg(QDir::toNativeSeparators(m_service.root()), ErrorText::profileMessage(*m_listError));
    }
    if (m_problems.isEmpty())
        return {};
    QStringList folders;
    for (const profile::ProfileProblem &problem : m_problems)
        folders << QDir::toNativeSeparators(problem.directory);
    return tr("%n folder(s) in the profiles folder could not be opened as a profile and are not listed: %1. Nothing "
              "was deleted; ask support to look at them.",
        nullptr, int(m_problems.size()))
        .arg(folders.join(QStringLiteral(", ")));
}

void ProfileScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileScreen::retranslateUi()
{
    m_title->setText(QStringLiteral("Lintas"));
    m_tagline->setText(tr("Casework for migrant workers. Works without internet; your cases stay encrypted on this "
                          "laptop."));
    m_insecureWarning->setText(tr("Test mode (LINTAS_INSECURE_FAST_KDF=1): new passphrases are protected only "
                                  "weakly. Never use this mode for real client data."));
    m_profilesLabel->setText(tr("Pro&file"));
    m_emptyLabel->setText(tr("There is no profile on this laptop yet. Create one to start: it keeps your cases "
                             "encrypted with a passphrase that only you know."));
    m_passphraseLabel->setText(tr("&Passphrase"));
    m_busyLabel->setText(tr("Unlocking… this takes a few seconds."));
    m_createButton->setText(tr("&Create profile"));
    m_unlockButton->setText(tr("&Unlock"));
    m_profiles->setAccessibleName(tr("Profiles on this laptop"));
    const QLocale locale;
    for (int i = 0; i < m_profiles->count(); ++i) {
        QListWidgetItem *item = m_profiles->item(i);
        const QDate created = item->data(kCreatedRole).toDateTime().toLocalTime().date();
        item->setToolTip(tr("Created on %1").arg(locale.toString(created, QLocale::LongFormat)));
    }
    showOrHide(m_listingWarning, listingWarning());
    if (m_error)
        showOrHide(m_errorLabel, ErrorText::profileMessage(*m_error));
}

} // namespace lintas::ui
