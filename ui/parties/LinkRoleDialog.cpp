#include "parties/LinkRoleDialog.h"

#include "common/CodeCombo.h"
#include "domain/CodeLists.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

LinkRoleDialog::LinkRoleDialog(const domain::CaseParty &link, const QString &partyName, QWidget *parent)
    : QDialog(parent),
      m_link(link),
      m_partyName(partyName),
      m_party(new QLabel(this)),
      m_roleLabel(new QLabel(this)),
      m_role(new CodeCombo(domain::partyRoles(), this)),
      m_notesLabel(new QLabel(this)),
      m_notes(new QLineEdit(this)),
      m_ok(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("linkRoleDialog"));
    m_party->setWordWrap(true);
    m_role->setObjectName(QStringLiteral("linkRole"));
    m_roleLabel->setBuddy(m_role);
    m_notes->setObjectName(QStringLiteral("linkNotes"));
    m_notesLabel->setBuddy(m_notes);
    // Notes such as "lent Rp 12 million for the placement fee" should show whole.
    m_notes->setMinimumWidth(m_notes->fontMetrics().averageCharWidth() * 64);
    m_ok->setObjectName(QStringLiteral("saveLinkButton"));
    m_ok->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(m_roleLabel, m_role);
    form->addRow(m_notesLabel, m_notes);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_party);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    m_role->setCode(link.role);
    m_notes->setText(link.notes);
}

LinkRoleDialog::~LinkRoleDialog() = default;

domain::CaseParty LinkRoleDialog::link() const
{
    domain::CaseParty l = m_link;
    l.role = m_role->code();
    l.notes = m_notes->text().trimmed();
    return l;
}

void LinkRoleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LinkRoleDialog::retranslateUi()
{
    setWindowTitle(tr("Role in this case"));
    m_party->setText(tr("What does %1 do in this case?").arg(m_partyName));
    m_roleLabel->setText(tr("&Role:"));
    m_role->setNoneText(tr("Not said"));
    m_notesLabel->setText(tr("&Notes:"));
    m_ok->setText(tr("&Save"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace lintas::ui
