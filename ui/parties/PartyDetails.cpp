#include "parties/PartyDetails.h"

#include "common/ErrorText.h"
#include "common/KeptInputBar.h"
#include "common/LabelStyles.h"
#include "common/ListWidgets.h"
#include "parties/PartyCasesModel.h"
#include "parties/PartyForm.h"
#include "repo/Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lintas::ui {

PartyDetails::PartyDetails(repo::Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_title(new QLabel(this)),
      m_usage(new QLabel(this)),
      m_delete(new QPushButton(this)),
      m_form(new PartyForm(workspace, this)),
      m_casesLabel(new QLabel(this)),
      m_cases(new PartyCasesModel(this)),
      m_caseTable(new QTableView(this)),
      m_empty(new QLabel(this)),
      m_body(new QWidget(this)),
      m_kept(new KeptInputBar(workspace, m_body))
{
    setObjectName(QStringLiteral("partyDetails"));
    m_title->setObjectName(QStringLiteral("partyTitle"));
    styleAsTitle(m_title, 1.3);
    m_usage->setObjectName(QStringLiteral("partyUsage"));
    m_usage->setWordWrap(true);
    m_delete->setObjectName(QStringLiteral("deletePartyButton"));
    m_caseTable->setObjectName(QStringLiteral("partyCaseTable"));
    m_caseTable->setModel(m_cases);
    setUpReadOnlyTable(m_caseTable);
    QHeaderView *header = m_caseTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents); // a party's cases are a few dozen at most
    header->setSectionResizeMode(PartyCasesModel::Client, QHeaderView::Stretch);
    header->setSectionResizeMode(PartyCasesModel::Role, QHeaderView::Stretch);
    m_caseTable->setMinimumHeight(m_caseTable->verticalHeader()->defaultSectionSize() * 5);
    m_casesLabel->setBuddy(m_caseTable);
    m_empty->setObjectName(QStringLiteral("partyEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *head = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_usage);
    head->addLayout(titles, 1);
    head->addWidget(m_delete, 0, Qt::AlignTop);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_kept);
    body->addLayout(head);
    body->addWidget(m_form);
    body->addSpacing(8);
    body->addWidget(m_casesLabel);
    body->addWidget(m_caseTable, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_empty, 1);

    connect(m_form, &PartyForm::saved, this, &PartyDetails::formSaved);
    connect(m_form, &PartyForm::dirtyChanged, m_kept, &KeptInputBar::settle);
    connect(m_delete, &QPushButton::clicked, this, &PartyDetails::deleteRequested);
    connect(m_caseTable, &QTableView::activated, this, &PartyDetails::activated);
    m_caseTable->installEventFilter(this); // Enter opens the case, whatever the style's activation key
    retranslateUi();
    clear();
}

void PartyDetails::showParty(const domain::Party &party)
{
    m_form->load(party);
    m_showing = true;
    m_empty->hide();
    m_body->show();
    reloadCases();
    putBackKeptInput();
}

namespace {

const QString kKeyPrefix = QStringLiteral("party/");

} // namespace

// The form's input is kept under the party's id, or "new" for one not saved yet.
void PartyDetails::putBackKeptInput()
{
    const QString id = m_form->stored().id;
    PartyForm *form = m_form;
    m_kept->open(
        {{kKeyPrefix + (id.isEmpty() ? QStringLiteral("new") : id), form, [form] { return form->isDirty(); }}});
}

void PartyDetails::keepInput()
{
    m_kept->keep();
}

QString PartyDetails::partyWithKeptInput() const
{
    return m_kept->keptRecord(kKeyPrefix);
}

void PartyDetails::clear()
{
    m_kept->open({});
    m_form->load({});
    m_cases->setRows({});
    m_caseCount = 0;
    m_showing = false;
    m_body->hide();
    m_empty->show();
}

QString PartyDetails::partyId() const
{
    return m_form->stored().id;
}

void PartyDetails::formSaved(const domain::Party &party)
{
    m_kept->settle();
    if (!m_kept->showsKept())
        putBackKeptInput(); // a new party has its id now: later input is kept under it
    reloadCases();
    emit saved(party);
}

void PartyDetails::reloadCases()
{
    const domain::Party &party = m_form->stored();
    const bool stored = !party.id.isEmpty();
    m_casesError.reset();
    QVector<repo::PartyCaseRow> rows;
    if (stored) {
        auto found = m_workspace.parties().casesForParty(party.id);
        if (found.ok())
            rows = *found;
        else
            m_casesError = found.error();
    }
    m_cases->setRows(rows);
    QStringList caseIds;
    for (const repo::PartyCaseRow &row : rows) {
        if (!caseIds.contains(row.caseId))
            caseIds << row.caseId;
    }
    m_caseCount = int(caseIds.size());
    m_delete->setEnabled(stored);
    m_casesLabel->setVisible(stored);
    m_caseTable->setVisible(stored);
    retranslateUi();
}

void PartyDetails::activated(const QModelIndex &index)
{
    if (const repo::PartyCaseRow *row = m_cases->caseAt(index.row()))
        emit caseActivated(row->caseId);
}

bool PartyDetails::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_caseTable && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_caseTable->currentIndex().isValid()) {
            activated(m_caseTable->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PartyDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_cases->retranslate();
    }
    QWidget::changeEvent(event);
}

void PartyDetails::retranslateUi()
{
    const domain::Party &party = m_form->stored();
    if (party.id.isEmpty()) {
        m_title->setText(tr("New party"));
        m_usage->setText(tr("Fill in at least the name and the kind, then save."));
    } else {
        m_title->setText(party.name);
        const int n = m_caseCount;
        QString usage;
        if (n == 0)
            usage = tr("Not linked to any case yet.");
        else if (party.kind == QLatin1String("employer"))
            usage = tr("This employer appears in %n case(s).", nullptr, n);
        else if (party.kind == QLatin1String("agency_overseas") || party.kind == QLatin1String("p3mi"))
            usage = tr("This agency appears in %n case(s).", nullptr, n);
        else if (party.kind == QLatin1String("training_centre_blk"))
            usage = tr("This training centre appears in %n case(s).", nullptr, n);
        else if (party.kind == QLatin1String("moneylender"))
            usage = tr("This moneylender appears in %n case(s).", nullptr, n);
        else if (party.kind == QLatin1String("broker_sponsor"))
            usage = tr("This broker appears in %n case(s).", nullptr, n);
        else
            usage = tr("This party appears in %n case(s).", nullptr, n);
        m_usage->setText(m_casesError ? ErrorText::message(*m_casesError) : usage);
    }
    m_delete->setText(tr("&Delete party…"));
    m_delete->setToolTip(tr("Delete this party and its links to cases"));
    m_casesLabel->setText(tr("Cases (Enter opens the case):"));
    m_caseTable->setAccessibleName(tr("Cases of this party"));
    m_empty->setText(tr("Choose a party on the left, or add one with “+ New party” (Ctrl+N)."));
}

} // namespace lintas::ui
