#include "sync/HeldDeletionsBox.h"

#include "common/ErrorText.h"
#include "common/LabelStyles.h"
#include "profile/OpenProfile.h"
#include "repo/Workspace.h"
#include "sync/ConflictWords.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusText.h"
#include "unlock/Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

HeldDeletionsBox::HeldDeletionsBox(SyncController &sync, QWidget *parent)
    : QGroupBox(parent), m_sync(sync), m_intro(new QLabel(this)), m_error(new QLabel(this)), m_rows(new QWidget(this))
{
    setObjectName(QStringLiteral("heldDeletions"));
    m_intro->setWordWrap(true);
    styleAsFieldError(m_error);
    new QVBoxLayout(m_rows);
    m_rows->layout()->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_rows);
    layout->addWidget(m_error);
    refresh();
}

void HeldDeletionsBox::refresh()
{
    auto groups = sync::HeldDeletions::list(m_sync.session().profile().database());
    if (!groups) {
        showOrHide(m_error, ErrorText::message(groups.error()));
        return;
    }
    m_groups = *groups;
    rebuild();
}

void HeldDeletionsBox::rebuild()
{
    setVisible(!m_groups.isEmpty());
    setTitle(tr("Deletions waiting for your decision"));
    m_intro->setText(tr("Another laptop deleted many records at once. That can be a mistake, or a laptop that is "
                        "broken or in the wrong hands, so these deletions were held back: nothing is deleted here "
                        "until you decide. Keeping the records brings them back on every laptop."));
    QLayout *rows = m_rows->layout();
    while (QLayoutItem *item = rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_groups.size(); ++i) {
        const sync::HeldDeletionGroup &group = m_groups.at(i);
        auto *row = new QWidget(m_rows);
        row->setObjectName(QStringLiteral("heldDeletionGroup%1").arg(i));
        auto *text = new QLabel(tr("%1 deleted %n record(s) of the kind \"%2\" (received %3).", nullptr, group.count())
                                    .arg(group.deviceLabel, ConflictWords::entity(group.entity),
                                        SyncStatusText::when(group.firstReceivedAt, m_sync.clock().nowMs())),
            row);
        text->setWordWrap(true);
        auto *keep = new QPushButton(tr("Keep them"), row);
        keep->setObjectName(QStringLiteral("keepHeldButton"));
        auto *confirm = new QPushButton(tr("Delete them here too…"), row);
        confirm->setObjectName(QStringLiteral("confirmHeldButton"));
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(text, 1);
        layout->addWidget(keep);
        layout->addWidget(confirm);
        connect(keep, &QPushButton::clicked, this, [this, group] { decide(group, false); });
        connect(confirm, &QPushButton::clicked, this, [this, group] { decide(group, true); });
        rows->addWidget(row);
    }
}

void HeldDeletionsBox::decide(const sync::HeldDeletionGroup &group, bool confirm)
{
    if (confirm) {
        const auto answer = QMessageBox::warning(this, tr("Delete %n record(s)?", nullptr, group.count()),
            tr("%n record(s) deleted on %1 will be deleted on this laptop too.", nullptr, group.count())
                .arg(group.deviceLabel),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    const Result<int> done = confirm
        ? sync::HeldDeletions::confirm(
            m_sync.session().profile().database(), m_sync.clock(), group.deviceId, group.entity)
        : sync::HeldDeletions::refuse(m_sync.session().workspace().writer(), group.deviceId, group.entity);
    showOrHide(m_error, done ? QString() : ErrorText::message(done.error()));
    refresh();
    m_sync.syncNow();
    emit decided();
}

void HeldDeletionsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QGroupBox::changeEvent(event);
}

} // namespace lintas::ui
