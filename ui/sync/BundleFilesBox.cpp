#include "sync/BundleFilesBox.h"

#include "common/ErrorText.h"
#include "sync/BundleExport.h"
#include "sync/BundleImport.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusText.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace lintas::ui {

BundleFilesBox::BundleFilesBox(SyncController &sync, QWidget *parent)
    : QWidget(parent),
      m_sync(sync),
      m_intro(new QLabel(this)),
      m_spaceLabel(new QLabel(this)),
      m_space(new QComboBox(this)),
      m_save(new QPushButton(this)),
      m_load(new QPushButton(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("bundleFilesBox"));
    m_save->setObjectName(QStringLiteral("saveBundleButton"));
    m_load->setObjectName(QStringLiteral("loadBundleButton"));
    m_status->setObjectName(QStringLiteral("bundleStatus"));
    m_space->setObjectName(QStringLiteral("bundleSpace"));
    m_spaceLabel->setBuddy(m_space);
    m_spaceLabel->hide();
    m_space->hide();
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    // On a row of its own: shared spaces have long names, and the buttons must stay readable.
    auto *spaceRow = new QHBoxLayout;
    spaceRow->addWidget(m_spaceLabel);
    spaceRow->addWidget(m_space, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_load);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(spaceRow);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    connect(m_save, &QPushButton::clicked, this, &BundleFilesBox::saveChosen);
    connect(m_load, &QPushButton::clicked, this, &BundleFilesBox::loadChosen);
    retranslateUi();
}

void BundleFilesBox::showSpaces(const QVector<sync::SpaceInfo> &spaces)
{
    const QString chosen = chosenSpace();
    m_spaces = spaces;
    const bool several = spaces.size() > 1;
    m_spaceLabel->setVisible(several);
    m_space->setVisible(several);
    retranslateUi();
    for (int i = 0; i < m_spaces.size(); ++i) {
        if (!m_spaces.at(i).home && m_spaces.at(i).spaceId == chosen)
            m_space->setCurrentIndex(i);
    }
}

QString BundleFilesBox::chosenSpace() const
{
    const int i = m_space->currentIndex();
    if (i < 0 || i >= m_spaces.size() || m_spaces.at(i).home)
        return QString();
    return m_spaces.at(i).spaceId;
}

QString BundleFilesBox::refusalText(const Error &error)
{
    const QString &rule = error.rule;
    if (rule == QLatin1String("not_a_bundle"))
        return tr("This file is not a Lintas changes file. Choose the file your colleague sent.");
    if (rule == QLatin1String("bundle_damaged"))
        return tr("This file was damaged or changed on the way, so nothing of it was read in. Ask your colleague to "
                  "send it again.");
    if (rule == QLatin1String("bundle_too_new"))
        return tr("This file was made by a newer version of Lintas. Update Lintas on this laptop, then read it in.");
    if (rule == QLatin1String("bundle_other_space"))
        return tr("This file comes from another organisation. Nothing of it was read in.");
    if (rule == QLatin1String("bundle_unknown_device"))
        return tr("This file comes from a laptop this one does not know yet, or one that was removed. Sync once when "
                  "there is a connection, then read it in again.");
    if (rule == QLatin1String("not_joined"))
        return tr("This profile has not joined an organisation yet.");
    if (rule == QLatin1String("not_a_member"))
        return tr("This laptop is no longer in that space. Sync once when there is a connection.");
    return ErrorText::message(error);
}

void BundleFilesBox::saveChosen()
{
    if (m_busy)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save my changes to a file"),
        tr("Lintas changes.lintasbundle"), tr("Lintas changes (*.lintasbundle);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}

void BundleFilesBox::saveTo(const QString &path)
{
    if (m_busy)
        return;
    setBusy(true, tr("Saving your changes to the file…"));
    SyncController &sync = m_sync;
    const QString spaceId = chosenSpace();
    sync.runStep<int>(
        this,
        [&sync, path, spaceId](store::Database &db) -> Result<int> {
            LINTAS_TRY_ASSIGN(
                const sync::ExportedBundle made, sync::BundleExport(db, sync.clock(), sync.random()).make(spaceId));
            // Written whole or not at all: a half-written file on a USB stick helps nobody.
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(made.file) != made.file.size() || !file.commit())
                return makeError(ErrorCode::Io, file.errorString());
            return made.envelopes;
        },
        [this](const Result<int> &saved) {
            setBusy(false);
            if (!saved) {
                const Error error = saved.error();
                m_statusText = [error] { return refusalText(error); };
            } else {
                const int count = *saved;
                m_statusText = [count] {
                    return tr("%n change(s) saved in the file. Send it to a colleague or the office; they go to the "
                              "server by themselves once this laptop has a connection.",
                        nullptr, count);
                };
            }
            m_status->setText(m_statusText());
        });
}

void BundleFilesBox::loadChosen()
{
    if (m_busy)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Read in changes from a file"), QString(), tr("Lintas changes (*.lintasbundle);;All files (*)"));
    if (!path.isEmpty())
        loadFrom(path);
}

void BundleFilesBox::loadFrom(const QString &path)
{
    if (m_busy)
        return;
    setBusy(true, tr("Reading in the changes…"));
    SyncController &sync = m_sync;
    sync.runStep<sync::ImportedBundle>(
        this,
        [&sync, path](store::Database &db) -> Result<sync::ImportedBundle> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return makeError(ErrorCode::Io, file.errorString());
            return sync::BundleImport(db, sync.clock(), sync.random()).apply(file.readAll());
        },
        [this](const Result<sync::ImportedBundle> &loaded) {
            setBusy(false);
            if (!loaded) {
                const Error error = loaded.error();
                m_statusText = [error] { return refusalText(error); };
            } else {
                const sync::ImportedBundle b = *loaded;
                m_statusText = [b] {
                    QString text = tr("%n change(s) added from the file.", nullptr, b.applied);
                    if (b.alreadyApplied > 0)
                        text += QLatin1Char(' ') + tr("%n were here already.", nullptr, b.alreadyApplied);
                    if (b.quarantined > 0)
                        text += QLatin1Char(' ') + tr("%n set aside: see the list below.", nullptr, b.quarantined);
                    return text;
                };
                // The rest of the window refreshes as after a sync that brought these changes.
                if (b.applied > 0)
                    emit m_sync.remoteChangesApplied(b.applied);
                emit imported();
            }
            m_status->setText(m_statusText());
        });
}

void BundleFilesBox::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_save->setEnabled(!busy);
    m_load->setEnabled(!busy);
    if (busy) {
        m_statusText = nullptr;
        m_status->setText(what);
    }
}

void BundleFilesBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BundleFilesBox::retranslateUi()
{
    m_intro->setText(tr("No signal? Save the changes waiting on this laptop to a file and send it (USB stick, "
                        "WhatsApp) to a colleague or the office. The file is locked: only laptops of your "
                        "organisation can read it."));
    m_spaceLabel->setText(tr("Changes &of:"));
    const int current = m_space->currentIndex();
    m_space->clear();
    for (const sync::SpaceInfo &space : std::as_const(m_spaces))
        m_space->addItem(SyncStatusText::spaceChoice(space));
    m_space->setCurrentIndex(current >= 0 && current < m_space->count() ? current : 0);
    m_save->setText(tr("Save my changes to a &file…"));
    m_load->setText(tr("&Read in a colleague's file…"));
    if (!m_busy && m_statusText)
        m_status->setText(m_statusText());
}

} // namespace lintas::ui
