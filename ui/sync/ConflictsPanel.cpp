#include "sync/ConflictsPanel.h"

#include "base/Clock.h"
#include "common/ErrorText.h"
#include "common/LabelStyles.h"
#include "profile/OpenProfile.h"
#include "repo/Workspace.h"
#include "sync/ConflictListModel.h"
#include "sync/ConflictRestore.h"
#include "sync/ConflictWords.h"
#include "sync/SyncController.h"
#include "unlock/Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lintas::ui {

ConflictsPanel::ConflictsPanel(SyncController &sync, QWidget *parent)
    : QWidget(parent),
      m_sync(sync),
      m_model(new ConflictListModel(sync.session().profile().database(), this)),
      m_intro(new QLabel(this)),
      m_empty(new QLabel(this)),
      m_view(new QTableView(this)),
      m_detail(new QLabel(this)),
      m_error(new QLabel(this)),
      m_restore(new QPushButton(this)),
      m_keep(new QPushButton(this)),
      m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("conflictsPanel"));
    m_view->setObjectName(QStringLiteral("conflictsView"));
    m_restore->setObjectName(QStringLiteral("restoreConflictButton"));
    m_keep->setObjectName(QStringLiteral("keepConflictButton"));
    m_open->setObjectName(QStringLiteral("openConflictRecordButton"));
    m_detail->setObjectName(QStringLiteral("conflictDetail"));
    m_empty->setObjectName(QStringLiteral("noConflictsLabel"));
    m_intro->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    styleAsFieldError(m_error);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(m_keep);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConflictsPanel::selectionChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ConflictsPanel::selectionChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConflictsPanel::selectionChanged);
    connect(m_restore, &QPushButton::clicked, this, &ConflictsPanel::restoreChosen);
    connect(m_keep, &QPushButton::clicked, this, &ConflictsPanel::keepChosen);
    connect(m_open, &QPushButton::clicked, this, &ConflictsPanel::openChosen);
    retranslateUi();
    selectionChanged();
}

int ConflictsPanel::openCount() const
{
    return m_model->rowCount();
}

void ConflictsPanel::refresh()
{
    const int before = m_model->rowCount();
    m_model->refresh();
    if (m_model->loadError())
        showOrHide(m_error, ErrorText::message(*m_model->loadError()));
    if (m_view->currentIndex().isValid() == false && m_model->rowCount() > 0)
        m_view->selectRow(0);
    selectionChanged();
    if (before != m_model->rowCount())
        emit countChanged(m_model->rowCount());
}

qint64 ConflictsPanel::currentConflictId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ConflictListModel::ConflictIdRole).toLongLong();
}

void ConflictsPanel::selectionChanged()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const ConflictRow *row = rows.isEmpty() ? nullptr : m_model->rowAt(rows.first().row());
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
    m_restore->setEnabled(row != nullptr);
    m_keep->setEnabled(row != nullptr);
    m_open->setEnabled(row && (!row->subject.caseId.isEmpty() || !row->subject.clientId.isEmpty()));
    if (!row) {
        m_restore->setText(tr("Put the replaced value back"));
        m_keep->setText(tr("Keep the current value"));
        m_detail->clear();
        m_detail->setVisible(false);
        return;
    }
    const sync::Conflict &c = row->conflict;
    const bool hiddenEdit = ConflictWords::isHiddenEdit(c);
    m_restore->setText(hiddenEdit ? tr("Bring the record back") : tr("Put the replaced value back"));
    m_keep->setText(hiddenEdit ? tr("Keep it deleted") : tr("Keep the current value"));
    if (hiddenEdit) {
        m_detail->setText(
            tr("Deleted by %1.<br>An edit by %2 was made without seeing the deletion. It is kept, but not shown "
               "while the record is deleted. <b>Bring the record back</b> restores the record on every laptop, "
               "with that edit in it.")
                .arg(m_model->writtenBy(c.keptDevice, c.keptHlc.ms()).toHtmlEscaped(),
                    m_model->writtenBy(c.lostDevice, c.lostHlc.ms()).toHtmlEscaped()));
        m_detail->setVisible(true);
        return;
    }
    const QString field = ConflictWords::field(c.entity, c.field);
    m_detail->setText(
        tr("<b>%1</b> now reads <b>%2</b> everywhere (written by %3).<br>It replaced <b>%4</b> "
           "(written by %5), because both were changed without seeing each other.")
            .arg(field.toHtmlEscaped(), ConflictWords::value(c.entity, c.field, c.keptValue).toHtmlEscaped(),
                m_model->writtenBy(c.keptDevice, c.keptHlc.ms()).toHtmlEscaped(),
                ConflictWords::value(c.entity, c.field, c.lostValue).toHtmlEscaped(),
                m_model->writtenBy(c.lostDevice, c.lostHlc.ms()).toHtmlEscaped()));
    m_detail->setVisible(true);
}

void ConflictsPanel::restoreChosen()
{
    const qint64 id = currentConflictId();
    if (id == 0)
        return;
    const Status restored = sync::ConflictRestore::restore(m_sync.session().workspace().writer(), id);
    showOrHide(m_error, restored.ok() ? QString() : ErrorText::message(restored.error()));
    refresh();
    m_sync.checkForLocalEdits();
}

void ConflictsPanel::keepChosen()
{
    const qint64 id = currentConflictId();
    if (id == 0)
        return;
    const Status kept
        = sync::ConflictLog(m_sync.session().profile().database()).markRestored(id, m_sync.clock().nowMs());
    showOrHide(m_error, kept.ok() ? QString() : ErrorText::message(kept.error()));
    refresh();
}

void ConflictsPanel::openChosen()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString caseId = rows.first().data(ConflictListModel::CaseIdRole).toString();
    const QString clientId = rows.first().data(ConflictListModel::ClientIdRole).toString();
    if (!caseId.isEmpty())
        emit caseRequested(caseId);
    else if (!clientId.isEmpty())
        emit clientRequested(clientId);
}

void ConflictsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConflictsPanel::retranslateUi()
{
    m_intro->setText(tr("When two people change the same field without seeing each other's change (for example "
                        "both offline), every laptop keeps the later change and lists the other one here, so "
                        "nothing is lost. Check each one: put the replaced value back, or keep what is there."));
    m_empty->setText(tr("No conflicts. Every change made on this laptop and received from others fitted together."));
    m_restore->setToolTip(tr("Writes the replaced value again, as a new change that reaches every laptop."));
    m_keep->setToolTip(tr("Closes this entry on this laptop; nothing is changed."));
    m_open->setText(tr("Open the record"));
    selectionChanged();
}

} // namespace lintas::ui
