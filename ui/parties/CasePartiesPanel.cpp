#include "parties/CasePartiesPanel.h"

#include "common/ErrorText.h"
#include "common/KeptDialogInput.h"
#include "common/LabelStyles.h"
#include "common/ListWidgets.h"
#include "parties/LinkPartyDialog.h"
#include "parties/LinkRoleDialog.h"
#include "parties/LinkedPartiesModel.h"
#include "parties/NewPartyDialog.h"
#include "repo/Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lintas::ui {

CasePartiesPanel::CasePartiesPanel(repo::Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_model(new LinkedPartiesModel(this)),
      m_intro(new QLabel(this)),
      m_table(new QTableView(this)),
      m_message(new QLabel(this)),
      m_link(new QPushButton(this)),
      m_create(new QPushButton(this)),
      m_edit(new QPushButton(this)),
      m_unlink(new QPushButton(this)),
      m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("casePartiesPanel"));
    setFocusProxy(m_table);
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("casePartyTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(LinkedPartiesModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(LinkedPartiesModel::Kind, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LinkedPartiesModel::Role, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LinkedPartiesModel::Cases, QHeaderView::ResizeToContents);
    styleAsFieldError(m_message);
    m_message->setObjectName(QStringLiteral("casePartiesMessage"));
    m_keptNotice = new QLabel(this);
    m_keptNotice->setObjectName(QStringLiteral("casePartiesKeptNotice"));
    styleAsWarningBanner(m_keptNotice);
    m_link->setObjectName(QStringLiteral("linkPartyButton"));
    m_create->setObjectName(QStringLiteral("newLinkedPartyButton"));
    m_edit->setObjectName(QStringLiteral("editLinkButton"));
    m_unlink->setObjectName(QStringLiteral("unlinkPartyButton"));
    m_open->setObjectName(QStringLiteral("openPartyButton"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_link, m_create, m_edit, m_unlink})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_keptNotice);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_link, &QPushButton::clicked, this, &CasePartiesPanel::linkParty);
    connect(m_create, &QPushButton::clicked, this, &CasePartiesPanel::createParty);
    connect(m_edit, &QPushButton::clicked, this, &CasePartiesPanel::editLink);
    connect(m_unlink, &QPushButton::clicked, this, &CasePartiesPanel::unlink);
    connect(m_open, &QPushButton::clicked, this, &CasePartiesPanel::openParty);
    connect(m_table, &QTableView::activated, this, &CasePartiesPanel::openParty);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CasePartiesPanel::updateButtons);
    m_table->installEventFilter(this); // Enter opens, Delete unlinks
    retranslateUi();
    updateButtons();
}

CasePartiesPanel::~CasePartiesPanel() = default;

void CasePartiesPanel::setCase(const QString &caseId)
{
    m_caseId = caseId;
    showOrHide(m_message, QString());
    reloadKeeping({});
    // The link whose role was being changed is the one "Change role…" takes up again.
    if (const QString link = keptRoleLink(); !link.isEmpty())
        reloadKeeping(link);
    showKeptNotice();
}

bool CasePartiesPanel::hasKeptNewParty() const
{
    return !m_caseId.isEmpty() && KeptDialogInput::isKept(m_workspace, newPartyKey());
}

bool CasePartiesPanel::hasKeptDialogInput() const
{
    return !m_keptNotice->isHidden();
}

QString CasePartiesPanel::newPartyKey() const
{
    return QStringLiteral("case/%1/new-party").arg(m_caseId);
}

QString CasePartiesPanel::linkPartyKey() const
{
    return QStringLiteral("case/%1/link-party").arg(m_caseId);
}

QString CasePartiesPanel::linkRoleKey(const QString &linkId) const
{
    return QStringLiteral("case/%1/link-role/%2").arg(m_caseId, linkId);
}

QString CasePartiesPanel::keptRoleLink() const
{
    if (m_caseId.isEmpty())
        return {};
    // A link removed meanwhile has nothing to take its role: that input is left unused (D20).
    const QString prefix = linkRoleKey(QString());
    for (const QString &key : KeptDialogInput::keptKeys(m_workspace, prefix)) {
        const QString linkId = key.mid(prefix.size());
        if (m_model->rowOfLink(linkId) >= 0)
            return linkId;
    }
    return {};
}

void CasePartiesPanel::showKeptNotice()
{
    QStringList waiting;
    if (hasKeptNewParty())
        waiting << tr("A new party you were adding when Lintas locked is kept. Choose “New party…” to carry on.");
    if (!m_caseId.isEmpty() && KeptDialogInput::isKept(m_workspace, linkPartyKey()))
        waiting << tr("A party you were linking when Lintas locked is kept. Choose “Link a party…” to carry on.");
    if (const QString link = keptRoleLink(); !link.isEmpty()) {
        const repo::LinkedParty *row = m_model->linkAt(m_model->rowOfLink(link));
        waiting << tr("The role of %1 you were changing when Lintas locked is kept. Select it and choose “Change "
                      "role…” to carry on.")
                       .arg(row ? row->party.name : QString());
    }
    showOrHide(m_keptNotice, waiting.join(QLatin1Char('\n')));
}

void CasePartiesPanel::refresh()
{
    const repo::LinkedParty *row = m_model->linkAt(m_table->currentIndex().row());
    reloadKeeping(row ? row->link.id : QString());
}

void CasePartiesPanel::reloadKeeping(const QString &linkId)
{
    QVector<repo::LinkedParty> rows;
    m_loadError.reset();
    if (!m_caseId.isEmpty()) {
        auto found = m_workspace.parties().linkedParties(m_caseId);
        if (found.ok())
            rows = *found;
        else
            m_loadError = found.error();
    }
    m_model->setRows(rows);
    const int row = m_model->rowOfLink(linkId);
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    if (m_loadError)
        showError(*m_loadError);
    updateButtons();
    retranslateUi();
}

void CasePartiesPanel::linkParty()
{
    if (m_caseId.isEmpty())
        return;
    LinkPartyDialog dialog(m_workspace, this);
    // Locking closes the dialog: what was searched and chosen is kept and comes back here.
    KeptDialogInput::prepare(dialog, m_workspace, linkPartyKey());
    const int linkAnswer = dialog.exec();
    KeptDialogInput::finished(dialog, m_workspace);
    showKeptNotice();
    if (linkAnswer != QDialog::Accepted)
        return;
    if (dialog.createRequested()) {
        NewPartyDialog create(m_workspace, dialog.typedName(), this);
        KeptDialogInput::prepare(create, m_workspace, newPartyKey());
        const int answer = create.exec();
        KeptDialogInput::finished(create, m_workspace);
        showKeptNotice();
        if (answer != QDialog::Accepted)
            return;
        addLink(create.party().id, create.role(), create.notes());
        return;
    }
    addLink(dialog.partyId(), dialog.role(), dialog.notes());
}

void CasePartiesPanel::createParty()
{
    if (m_caseId.isEmpty())
        return;
    NewPartyDialog create(m_workspace, QString(), this);
    // Locking closes the dialog: what was typed is kept and comes back here next time.
    KeptDialogInput::prepare(create, m_workspace, newPartyKey());
    const int answer = create.exec();
    KeptDialogInput::finished(create, m_workspace);
    showKeptNotice();
    if (answer != QDialog::Accepted)
        return;
    addLink(create.party().id, create.role(), create.notes());
}

void CasePartiesPanel::addLink(const QString &partyId, const QString &role, const QString &notes)
{
    if (partyId.isEmpty())
        return;
    domain::CaseParty link;
    link.caseId = m_caseId;
    link.partyId = partyId;
    link.role = role;
    link.notes = notes;
    auto created = m_workspace.parties().link(link);
    if (!created.ok()) {
        showError(created.error());
        return;
    }
    showOrHide(m_message, QString());
    reloadKeeping(created->id);
    emit linksChanged();
}

void CasePartiesPanel::editLink()
{
    const repo::LinkedParty *row = m_model->linkAt(m_table->currentIndex().row());
    if (!row)
        return;
    const QString linkId = row->link.id;
    LinkRoleDialog dialog(row->link, row->party.name, this);
    KeptDialogInput::prepare(dialog, m_workspace, linkRoleKey(linkId));
    const int answer = dialog.exec();
    KeptDialogInput::finished(dialog, m_workspace);
    showKeptNotice();
    if (answer != QDialog::Accepted)
        return;
    auto changed = m_workspace.parties().updateLink(dialog.link());
    if (!changed.ok()) {
        showError(changed.error());
        return;
    }
    showOrHide(m_message, QString());
    reloadKeeping(linkId);
    if (*changed)
        emit linksChanged();
}

void CasePartiesPanel::unlink()
{
    const repo::LinkedParty *row = m_model->linkAt(m_table->currentIndex().row());
    if (!row)
        return;
    const QString linkId = row->link.id;
    QPointer<CasePartiesPanel> alive(this);
    const auto answer = QMessageBox::question(this, tr("Unlink party"),
        tr("Remove “%1” from this case? The party stays in the register.").arg(row->party.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (!alive || answer != QMessageBox::Yes)
        return;
    if (lintas::Status removed = m_workspace.parties().unlink(linkId); !removed.ok()) {
        showError(removed.error());
        return;
    }
    showOrHide(m_message, QString());
    reloadKeeping({});
    emit linksChanged();
}

void CasePartiesPanel::openParty()
{
    if (const repo::LinkedParty *row = m_model->linkAt(m_table->currentIndex().row()))
        emit partyActivated(row->party.id);
}

void CasePartiesPanel::showError(const Error &error)
{
    showOrHide(m_message, ErrorText::message(error));
}

void CasePartiesPanel::updateButtons()
{
    const bool haveCase = !m_caseId.isEmpty();
    const bool chosen = m_model->linkAt(m_table->currentIndex().row()) != nullptr;
    m_link->setEnabled(haveCase);
    m_create->setEnabled(haveCase);
    for (QPushButton *b : {m_edit, m_unlink, m_open})
        b->setEnabled(chosen);
}

bool CasePartiesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress && m_table->currentIndex().isValid()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openParty();
            return true;
        }
        if (key == Qt::Key_Delete) {
            unlink();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CasePartiesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_loadError)
            showError(*m_loadError);
    }
    QWidget::changeEvent(event);
}

void CasePartiesPanel::retranslateUi()
{
    if (!m_keptNotice->isHidden())
        showKeptNotice();
    m_intro->setText(m_model->rowCount() == 0
            ? tr("No employer, agency or other party is linked to this case yet.")
            : tr("Employers, agencies and others in this case. Enter opens the party and every case it is "
                 "in."));
    m_link->setText(tr("&Link a party…"));
    m_link->setToolTip(tr("Choose an employer, agency or other party from the register"));
    m_create->setText(tr("Ne&w party…"));
    m_create->setToolTip(tr("Add a party that is not in the register yet and link it"));
    m_edit->setText(tr("&Change role…"));
    m_unlink->setText(tr("&Unlink…"));
    m_open->setText(tr("&Open party"));
    m_table->setAccessibleName(tr("Parties in this case"));
    m_model->retranslate();
}

} // namespace lintas::ui
