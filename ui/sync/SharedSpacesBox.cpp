#include "sync/SharedSpacesBox.h"

#include "common/ErrorText.h"
#include "common/LabelStyles.h"
#include "sync/JoinPanel.h"
#include "sync/SharedSpaces.h"
#include "sync/SyncController.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

SharedSpacesBox::SharedSpacesBox(SyncController &sync, QWidget *parent)
    : QGroupBox(parent),
      m_sync(sync),
      m_intro(new QLabel(this)),
      m_open(new QPushButton(this)),
      m_join(new QPushButton(this)),
      m_status(new QLabel(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("sharedSpacesBox"));
    m_open->setObjectName(QStringLiteral("openSharedSpaceButton"));
    m_join->setObjectName(QStringLiteral("joinSharedSpaceButton"));
    m_status->setObjectName(QStringLiteral("sharedSpacesStatus"));
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    styleAsFieldError(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_join);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    m_error->hide();
    connect(m_open, &QPushButton::clicked, this, &SharedSpacesBox::openChosen);
    connect(m_join, &QPushButton::clicked, this, &SharedSpacesBox::joinChosen);
    retranslateUi();
}

void SharedSpacesBox::showOverview(const sync::SyncOverview &overview)
{
    m_overview = overview;
    m_open->setVisible(overview.isAdmin());
    retranslateUi();
}

void SharedSpacesBox::openChosen()
{
    if (m_busy || !m_overview.space)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Open a shared space"),
        tr("A name both organisations will recognise, e.g. the client's first name and the two places:"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    // The other organisation's admins see this laptop under the name it has in ours.
    QString label;
    for (const sync::SpaceMember &m : std::as_const(m_overview.members)) {
        if (m.deviceId == m_overview.deviceId)
            label = m.label;
    }
    m_busy = true;
    m_open->setEnabled(false);
    m_statusText = [] { return tr("Opening the shared space on the organisation's server…"); };
    m_status->setText(m_statusText());
    SyncController &sync = m_sync;
    const sync::SpaceInfo home = *m_overview.space;
    sync.runStep<sync::JoinResult>(
        this,
        [&sync, home, name, label](store::Database &db) {
            const auto transport = sync.transportTo(home.serverUrl);
            return sync::SharedSpaces(db, *transport, sync.clock(), sync.random()).create(home.spaceId, name, label);
        },
        [this](const Result<sync::JoinResult> &opened) {
            m_busy = false;
            m_open->setEnabled(true);
            showOrHide(m_error, opened ? QString() : ErrorText::message(opened.error()));
            if (!opened) {
                m_statusText = nullptr;
                m_status->clear();
                return;
            }
            const QString spaceName = opened->spaceName;
            m_statusText = [spaceName] {
                return tr("%1 is open. Choose it under Space above and invite the other organisation's caseworkers.")
                    .arg(spaceName);
            };
            m_status->setText(m_statusText());
            emit spacesChanged();
        });
}

void SharedSpacesBox::joinChosen()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("joinSharedSpaceDialog"));
    dialog.setWindowTitle(tr("Join a shared space"));
    auto *panel = new JoinPanel(m_sync, &dialog);
    panel->setPurpose(JoinPanel::Purpose::SharedSpace);
    // A join already waiting for approval carries on where it was.
    sync::SyncOverview waiting = m_overview;
    waiting.joinPending = !m_overview.joiningSpace.isEmpty();
    panel->showOverview(waiting);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(panel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(panel, &JoinPanel::joined, this, &SharedSpacesBox::spacesChanged);
    dialog.resize(560, dialog.sizeHint().height());
    dialog.exec();
}

void SharedSpacesBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void SharedSpacesBox::retranslateUi()
{
    setTitle(tr("Spaces shared with other organisations"));
    m_intro->setText(tr("When a worker goes home and another organisation takes over her case, both can follow it "
                        "in a space you share: only the laptops admitted to it can read what is in it."));
    m_open->setText(tr("&Open a shared space…"));
    m_join->setText(m_overview.joiningSpace.isEmpty() ? tr("&Join a shared space…")
                                                      : tr("Continue &joining %1…").arg(m_overview.joiningSpace));
    if (!m_busy && m_statusText)
        m_status->setText(m_statusText());
}

} // namespace lintas::ui
