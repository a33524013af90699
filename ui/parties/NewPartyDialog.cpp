#include "parties/NewPartyDialog.h"

#include "common/CodeCombo.h"
#include "domain/CodeLists.h"
#include "parties/LinkPartyDialog.h"
#include "parties/PartyForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

NewPartyDialog::NewPartyDialog(repo::Workspace &workspace, const QString &name, QWidget *parent)
    : QDialog(parent),
      m_form(new PartyForm(workspace, this)),
      m_roleLabel(new QLabel(this)),
      m_role(new CodeCombo(domain::partyRoles(), this)),
      m_notesLabel(new QLabel(this)),
      m_notes(new QLineEdit(this)),
      m_ok(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("newPartyDialog"));
    m_form->setButtonsVisible(false);
    domain::Party party;
    party.name = name;
    m_form->load(party);
    m_role->setObjectName(QStringLiteral("newPartyRole"));
    m_roleLabel->setBuddy(m_role);
    m_notes->setObjectName(QStringLiteral("newPartyNotes"));
    m_notesLabel->setBuddy(m_notes);
    m_ok->setObjectName(QStringLiteral("createAndLinkButton"));
    m_ok->setDefault(true);

    auto *link = new QFormLayout;
    link->addRow(m_roleLabel, m_role);
    link->addRow(m_notesLabel, m_notes);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(link);
    layout->addStretch(1);
    layout->addWidget(buttons);

    // The role follows the kind chosen, until the user picks a role.
    auto *kind = m_form->findChild<QComboBox *>(QStringLiteral("party_kind"));
    if (kind) {
        connect(kind, &QComboBox::currentIndexChanged, this, [this, kind] {
            if (!m_roleTouched)
                m_role->setCode(LinkPartyDialog::suggestedRole(kind->currentData().toString()));
        });
    }
    connect(m_role, &QComboBox::activated, this, [this] { m_roleTouched = true; });
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPartyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    m_form->focusFirstField();
}

NewPartyDialog::~NewPartyDialog() = default;

const domain::Party &NewPartyDialog::party() const
{
    return m_form->stored();
}

QString NewPartyDialog::role() const
{
    return m_role->code();
}

QString NewPartyDialog::notes() const
{
    return m_notes->text().trimmed();
}

void NewPartyDialog::accept()
{
    if (m_form->isNew() && !m_form->save())
        return; // the form says what to fix; everything typed stays
    QDialog::accept();
}

void NewPartyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewPartyDialog::retranslateUi()
{
    setWindowTitle(tr("New party for this case"));
    m_roleLabel->setText(tr("Role in this &case:"));
    m_role->setNoneText(tr("Not said"));
    m_notesLabel->setText(tr("Notes on the l&ink:"));
    m_ok->setText(tr("&Add and link"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace lintas::ui
