#include "referrals/SpaceHandoffDialog.h"

#include "common/ErrorText.h"
#include "common/LabelStyles.h"
#include "repo/Workspace.h"
#include "sync/SpaceHandoff.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

SpaceHandoffDialog::SpaceHandoffDialog(
    repo::Workspace &workspace, domain::Referral referral, QVector<sync::SpaceInfo> sharedSpaces, QWidget *parent)
    : QDialog(parent),
      m_workspace(workspace),
      m_referral(std::move(referral)),
      m_spaces(std::move(sharedSpaces)),
      m_intro(new QLabel(this)),
      m_spaceLabel(new QLabel(this)),
      m_space(new QComboBox(this)),
      m_noSpace(new QLabel(this)),
      m_whatGoes(new QLabel(this)),
      m_keepConfidential(new QCheckBox(this)),
      m_cannotUndo(new QLabel(this)),
      m_error(new QLabel(this)),
      m_print(new QPushButton(this)),
      m_send(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("spaceHandoffDialog"));
    m_space->setObjectName(QStringLiteral("handoffSpaceChoice"));
    m_keepConfidential->setObjectName(QStringLiteral("keepConfidentialNotes"));
    m_send->setObjectName(QStringLiteral("handOverButton"));
    m_error->setObjectName(QStringLiteral("handoffError"));
    m_noSpace->setObjectName(QStringLiteral("noSharedSpace"));
    for (QLabel *l : {m_intro, m_noSpace, m_whatGoes, m_cannotUndo})
        l->setWordWrap(true);
    styleAsFieldError(m_error);
    m_error->hide();
    m_spaceLabel->setBuddy(m_space);
    m_keepConfidential->setChecked(true);
    m_send->setDefault(true);
    if (const auto org = m_workspace.organisations().get(m_referral.organisationId))
        m_organisation = org->name;
    for (const sync::SpaceInfo &s : std::as_const(m_spaces))
        m_space->addItem(s.name, s.spaceId);
    m_space->setVisible(!m_spaces.isEmpty());
    m_spaceLabel->setVisible(!m_spaces.isEmpty());
    m_noSpace->setVisible(m_spaces.isEmpty());
    m_send->setEnabled(!m_spaces.isEmpty());

    auto *spaceRow = new QHBoxLayout;
    spaceRow->addWidget(m_spaceLabel);
    spaceRow->addWidget(m_space, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    buttons->addWidget(m_send);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(spaceRow);
    layout->addWidget(m_noSpace);
    layout->addWidget(m_whatGoes);
    layout->addWidget(m_keepConfidential);
    layout->addWidget(m_cannotUndo);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_send, &QPushButton::clicked, this, &SpaceHandoffDialog::handOver);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &SpaceHandoffDialog::printRecordRequested);
    retranslateUi();
    resize(620, sizeHint().height());
}

void SpaceHandoffDialog::handOver()
{
    if (m_space->currentIndex() < 0)
        return;
    sync::CaseMove::Options options;
    options.keepConfidentialNotes = m_keepConfidential->isChecked();
    const auto sent = sync::SpaceHandoff(m_workspace).send(m_referral.id, m_space->currentData().toString(), options);
    if (!sent) {
        showOrHide(m_error, ErrorText::message(sent.error()));
        return;
    }
    accept();
}

void SpaceHandoffDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SpaceHandoffDialog::retranslateUi()
{
    setWindowTitle(tr("Hand over through a shared space"));
    m_intro->setText(tr("Hand this case over to <b>%1</b> through a space your organisation shares with them. It "
                        "goes at the next sync, or whenever a connection comes.")
                         .arg(m_organisation.toHtmlEscaped()));
    m_spaceLabel->setText(tr("Shared &space:"));
    m_noSpace->setText(tr("This laptop is in no space shared with another organisation yet. An admin opens one "
                          "under Sync → Organisation, or joins one the other organisation opened. Until then, "
                          "hand the case over as a file."));
    m_whatGoes->setText(tr("The case goes with its whole history: the client, claims and payments, notes, "
                           "deadlines, parties, consents and referrals. Everyone admitted to the shared space, "
                           "of both organisations, can read it and continue it; so can you."));
    m_keepConfidential->setText(tr("&Keep confidential notes with our organisation"));
    m_cannotUndo->setText(tr("Colleagues of yours who are not in the shared space keep what they have of the case "
                             "but can no longer change it. Handing over cannot take back what the other "
                             "organisation has received."));
    m_print->setText(tr("&Print hand-over record…"));
    m_send->setText(tr("&Hand over"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace lintas::ui
