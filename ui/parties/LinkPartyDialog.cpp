#include "parties/LinkPartyDialog.h"

#include "common/CodeCombo.h"
#include "common/ListWidgets.h"
#include "domain/CodeLists.h"
#include "parties/PartyListModel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lintas::ui {

LinkPartyDialog::LinkPartyDialog(repo::Workspace &workspace, QWidget *parent)
    : QDialog(parent),
      m_model(new PartyListModel(workspace, this)),
      m_searchLabel(new QLabel(this)),
      m_search(new QLineEdit(this)),
      m_searchDelay(new QTimer(this)),
      m_table(new QTableView(this)),
      m_roleLabel(new QLabel(this)),
      m_role(new CodeCombo(domain::partyRoles(), this)),
      m_notesLabel(new QLabel(this)),
      m_notes(new QLineEdit(this)),
      m_link(new QPushButton(this)),
      m_create(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("linkPartyDialog"));
    m_search->setObjectName(QStringLiteral("linkPartySearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    m_table->setObjectName(QStringLiteral("linkPartyTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->setColumnHidden(PartyListModel::LicenceNo, true);
    m_table->horizontalHeader()->setSectionResizeMode(PartyListModel::Name, QHeaderView::Stretch);
    m_role->setObjectName(QStringLiteral("linkPartyRole"));
    m_roleLabel->setBuddy(m_role);
    m_notes->setObjectName(QStringLiteral("linkPartyNotes"));
    m_notesLabel->setBuddy(m_notes);
    m_link->setObjectName(QStringLiteral("linkPartyButton"));
    m_link->setDefault(true);
    m_link->setEnabled(false);
    m_create->setObjectName(QStringLiteral("createPartyButton"));

    auto *search = new QHBoxLayout;
    search->addWidget(m_searchLabel);
    search->addWidget(m_search, 1);
    auto *form = new QFormLayout;
    form->addRow(m_roleLabel, m_role);
    form->addRow(m_notesLabel, m_notes);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_create, QDialogButtonBox::ActionRole);
    buttons->addButton(m_link, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(search);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &LinkPartyDialog::applySearch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LinkPartyDialog::partyChosen);
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_link->isEnabled())
            accept();
    });
    connect(m_role, &QComboBox::activated, this, [this] { m_roleTouched = true; });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &LinkPartyDialog::requestCreate);
    m_search->installEventFilter(this); // Down moves from the search box into the list
    retranslateUi();
    resize(640, 480);
}

LinkPartyDialog::~LinkPartyDialog() = default;

QString LinkPartyDialog::partyId() const
{
    const repo::PartyUsage *row = m_model->partyAt(m_table->currentIndex().row());
    return row ? row->party.id : QString();
}

void LinkPartyDialog::choosePartyId(const QString &partyId)
{
    applySearch(); // now, not after the typing pause that would undo the choice
    const int row = m_model->rowOf(partyId);
    if (row < 0)
        return;
    const QString role = m_role->code();
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    m_role->setCode(role);
    const repo::PartyUsage *chosen = m_model->partyAt(row);
    m_roleTouched = chosen && role != suggestedRole(chosen->party.kind);
}

QString LinkPartyDialog::role() const
{
    return m_role->code();
}

QString LinkPartyDialog::notes() const
{
    return m_notes->text().trimmed();
}

QString LinkPartyDialog::typedName() const
{
    return m_search->text().trimmed();
}

QString LinkPartyDialog::suggestedRole(const QString &kind)
{
    static const QHash<QString, QString> roles {
        {QStringLiteral("employer"), QStringLiteral("employer")},
        {QStringLiteral("agency_overseas"), QStringLiteral("agency")},
        {QStringLiteral("p3mi"), QStringLiteral("agency")},
        {QStringLiteral("training_centre_blk"), QStringLiteral("trainer")},
        {QStringLiteral("moneylender"), QStringLiteral("lender")},
    };
    return roles.value(kind);
}

void LinkPartyDialog::applySearch()
{
    m_searchDelay->stop();
    m_model->setFilter({QString(), m_search->text()});
    m_link->setEnabled(false);
}

void LinkPartyDialog::partyChosen()
{
    const repo::PartyUsage *row = m_model->partyAt(m_table->currentIndex().row());
    m_link->setEnabled(row != nullptr);
    if (row && !m_roleTouched)
        m_role->setCode(suggestedRole(row->party.kind));
}

void LinkPartyDialog::requestCreate()
{
    m_createRequested = true;
    accept();
}

bool LinkPartyDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down) {
            if (m_searchDelay->isActive())
                applySearch();
            if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
                m_model->fetchMore({}); // the view asks only at its next layout
            if (m_model->rowCount() > 0) {
                m_table->setFocus(Qt::TabFocusReason);
                if (!m_table->currentIndex().isValid())
                    m_table->selectRow(0);
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void LinkPartyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LinkPartyDialog::retranslateUi()
{
    setWindowTitle(tr("Link a party to this case"));
    m_searchLabel->setText(tr("&Find:"));
    m_search->setPlaceholderText(tr("Type part of the name…"));
    m_table->setAccessibleName(tr("Parties"));
    m_roleLabel->setText(tr("&Role in this case:"));
    m_role->setNoneText(tr("Not said"));
    m_notesLabel->setText(tr("N&otes:"));
    m_notes->setPlaceholderText(tr("e.g. placed her in 2019, holds her passport"));
    m_link->setText(tr("&Link"));
    m_create->setText(tr("&New party…"));
    m_create->setToolTip(tr("The party is not in the list: add it and link it"));
    m_cancel->setText(tr("Cancel"));
    m_model->retranslate();
}

} // namespace lintas::ui
