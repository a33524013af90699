#include "today/TodayPage.h"

#include "common/ErrorText.h"
#include "common/Formats.h"
#include "common/LabelStyles.h"
#include "common/ListWidgets.h"
#include "domain/CodeLists.h"
#include "handoff/HandoffInboxBox.h"
#include "i18n/LanguageManager.h"
#include "repo/Workspace.h"
#include "today/AgendaModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lintas::ui {

namespace {

// A page of what is due, not an archive: past this, the counts in the headings tell the rest.
constexpr int kRowLimit = 200;
constexpr int kRecentCases = 8;
constexpr int kDefaultHorizon = 14;

QLabel *heading(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    styleAsTitle(label, 1.15);
    return label;
}

QLabel *emptyNote(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setContentsMargins(8, 4, 8, 8);
    return label;
}

} // namespace

TodayPage::TodayPage(repo::Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_title(new QLabel(this)),
      m_horizonLabel(new QLabel(this)),
      m_horizon(new QComboBox(this)),
      m_deadlinesHeading(heading(this, "deadlinesHeading")),
      m_deadlinesEmpty(emptyNote(this, "deadlinesEmpty")),
      m_tasksHeading(heading(this, "tasksHeading")),
      m_tasksEmpty(emptyNote(this, "tasksEmpty")),
      m_recentHeading(heading(this, "recentHeading")),
      m_message(new QLabel(this)),
      m_deadlines(new AgendaModel(this)),
      m_tasks(new AgendaModel(this)),
      m_recent(new QListWidget(this)),
      m_handoffs(new HandoffInboxBox(workspace, this)),
      m_open(new QPushButton(this)),
      m_done(new QPushButton(this))
{
    setObjectName(QStringLiteral("todayPage"));
    m_title->setObjectName(QStringLiteral("todayTitle"));
    styleAsTitle(m_title, 1.4);
    m_horizon->setObjectName(QStringLiteral("horizonCombo"));
    for (int days : {7, 14, 30, 90})
        m_horizon->addItem(QString(), days);
    m_horizon->setCurrentIndex(m_horizon->findData(kDefaultHorizon));
    m_horizonLabel->setBuddy(m_horizon);
    m_message->setObjectName(QStringLiteral("todayMessage"));
    styleAsFieldError(m_message);
    m_deadlineTable = makeTable(m_deadlines, "deadlineTable");
    m_taskTable = makeTable(m_tasks, "taskTable");
    m_recent->setObjectName(QStringLiteral("recentCases"));
    m_recent->installEventFilter(this);
    m_open->setObjectName(QStringLiteral("openCaseButton"));
    m_done->setObjectName(QStringLiteral("markDoneButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_horizonLabel);
    top->addWidget(m_horizon);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addStretch();
    buttons->addWidget(m_done);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_handoffs);
    layout->addWidget(m_deadlinesHeading);
    layout->addWidget(m_deadlineTable, 3);
    layout->addWidget(m_deadlinesEmpty);
    layout->addWidget(m_tasksHeading);
    layout->addWidget(m_taskTable, 2);
    layout->addWidget(m_tasksEmpty);
    layout->addWidget(m_recentHeading);
    layout->addWidget(m_recent, 2);
    layout->addLayout(buttons);
    setFocusProxy(m_deadlineTable);

    connect(m_horizon, &QComboBox::currentIndexChanged, this, &TodayPage::loadAgenda);
    connect(m_open, &QPushButton::clicked, this, &TodayPage::openCurrent);
    connect(m_done, &QPushButton::clicked, this, &TodayPage::markDone);
    connect(m_recent, &QListWidget::itemDoubleClicked, this, &TodayPage::openCurrent);
    connect(m_recent, &QListWidget::currentRowChanged, this, &TodayPage::updateButtons);
    connect(m_handoffs, &HandoffInboxBox::caseActivated, this, &TodayPage::caseActivated);
    connect(m_handoffs, &HandoffInboxBox::casesChanged, this, &TodayPage::loadRecent);
    retranslateUi();
    refresh();
}

QTableView *TodayPage::makeTable(AgendaModel *model, const char *name)
{
    auto *table = new QTableView(this);
    table->setObjectName(QString::fromLatin1(name));
    table->setModel(model);
    setUpReadOnlyTable(table);
    table->setTextElideMode(Qt::ElideRight);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(AgendaModel::What, QHeaderView::Stretch);
    table->installEventFilter(this);
    connect(table, &QTableView::doubleClicked, this, &TodayPage::openCurrent);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TodayPage::updateButtons);
    return table;
}

QDate TodayPage::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).date();
}

int TodayPage::horizonDays() const
{
    return m_horizon->currentData().toInt();
}

void TodayPage::setHorizonDays(int days)
{
    const int index = m_horizon->findData(days);
    if (index >= 0)
        m_horizon->setCurrentIndex(index);
}

void TodayPage::setProfileName(const QString &name)
{
    m_handoffs->setProfileName(name);
}

void TodayPage::refresh()
{
    m_message->hide();
    loadAgenda();
    loadRecent();
    m_handoffs->reload();
    m_title->setText(tr("Today, %1").arg(QLocale().toString(today(), QLocale::LongFormat)));
}

void TodayPage::loadAgenda()
{
    const QDate day = today();
    const QDate until = day.addDays(horizonDays());
    repo::Agenda agenda(m_workspace.database());
    auto load = [&](repo::Agenda::Kinds kinds, AgendaModel *model, int &overdue, int &coming) {
        auto items = agenda.due(kinds, day, until, kRowLimit);
        auto counts = agenda.counts(kinds, day, until);
        if (!items.ok() || !counts.ok()) {
            showOrHide(m_message, ErrorText::message(items.ok() ? counts.error() : items.error()));
            model->setItems({}, day);
            overdue = coming = 0;
            return;
        }
        model->setItems(std::move(items.value()), day);
        overdue = counts->overdue;
        coming = counts->coming;
    };
    load(repo::Agenda::Kinds::DeadlinesAndHearings, m_deadlines, m_deadlinesOverdue, m_deadlinesComing);
    load(repo::Agenda::Kinds::Tasks, m_tasks, m_tasksOverdue, m_tasksComing);
    m_deadlineTable->setVisible(m_deadlines->rowCount() > 0);
    m_taskTable->setVisible(m_tasks->rowCount() > 0);
    retranslateUi();
}

void TodayPage::loadRecent()
{
    m_recent->clear();
    auto rows = m_workspace.cases().list(repo::CaseFilter {}, repo::CaseSort::RecentlyUpdated, kRecentCases);
    if (!rows.ok()) {
        showOrHide(m_message, ErrorText::message(rows.error()));
        return;
    }
    for (const repo::CaseListRow &row : *rows) {
        auto *item = new QListWidgetItem(m_recent);
        item->setData(Qt::UserRole, row.id);
        item->setData(Qt::UserRole + 1, row.status);
        item->setData(Qt::UserRole + 2, row.reference);
        item->setData(Qt::UserRole + 3, row.clientName);
        item->setData(Qt::UserRole + 4, row.title);
    }
    retranslateUi();
}

QTableView *TodayPage::currentTable() const
{
    if (m_lastTable && m_lastTable->currentIndex().isValid())
        return m_lastTable;
    return nullptr;
}

void TodayPage::openCurrent()
{
    if (m_recent->hasFocus() || (!currentTable() && m_recent->currentItem())) {
        if (QListWidgetItem *item = m_recent->currentItem())
            emit caseActivated(item->data(Qt::UserRole).toString());
        return;
    }
    if (QTableView *table = currentTable()) {
        const QModelIndex index = table->currentIndex();
        emit deadlineActivated(
            index.data(AgendaModel::CaseIdRole).toString(), index.data(AgendaModel::DeadlineIdRole).toString());
    }
}

void TodayPage::markDone()
{
    QTableView *table = currentTable();
    if (!table)
        return;
    const int row = table->currentIndex().row();
    const QString id = table->currentIndex().data(AgendaModel::DeadlineIdRole).toString();
    auto deadline = m_workspace.deadlines().get(id);
    if (deadline.ok()) {
        deadline->doneOn = today();
        if (auto saved = m_workspace.deadlines().update(*deadline); !saved.ok()) {
            showOrHide(m_message, ErrorText::message(saved.error()));
            return;
        }
    } else {
        showOrHide(m_message, ErrorText::message(deadline.error()));
        return;
    }
    m_message->hide();
    loadAgenda();
    loadRecent();
    // Keep the place in the list, so several can be ticked off in a row.
    auto *model = static_cast<AgendaModel *>(table->model());
    if (model->rowCount() > 0) {
        table->setCurrentIndex(model->index(qMin(row, model->rowCount() - 1), 0));
        table->setFocus();
    }
}

void TodayPage::updateButtons()
{
    if (auto *table = qobject_cast<QTableView *>(focusWidget()))
        m_lastTable = table;
    m_done->setEnabled(currentTable() != nullptr);
    m_open->setEnabled(currentTable() != nullptr || m_recent->currentItem() != nullptr);
}

bool TodayPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        m_lastTable = qobject_cast<QTableView *>(watched);
        updateButtons();
    } else if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_lastTable = qobject_cast<QTableView *>(watched);
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TodayPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_deadlines->retranslate();
        m_tasks->retranslate();
        retranslateUi();
        m_title->setText(tr("Today, %1").arg(QLocale().toString(today(), QLocale::LongFormat)));
    }
    QWidget::changeEvent(event);
}

void TodayPage::retranslateUi()
{
    m_horizonLabel->setText(tr("Sho&w the next"));
    for (int i = 0; i < m_horizon->count(); ++i)
        m_horizon->setItemText(i, tr("%n day(s)", nullptr, m_horizon->itemData(i).toInt()));
    m_horizon->setAccessibleName(tr("How many days ahead to show"));
    const int days = horizonDays();
    auto headingText = [days](const QString &title, int overdue, int coming) {
        QStringList parts;
        if (overdue > 0)
            parts << tr("%n overdue", nullptr, overdue);
        parts << tr("%n in the next %1 days", nullptr, coming).arg(days);
        return QStringLiteral("%1 — %2").arg(title, parts.join(QStringLiteral(" · ")));
    };
    m_deadlinesHeading->setText(headingText(tr("Deadlines and hearings"), m_deadlinesOverdue, m_deadlinesComing));
    m_tasksHeading->setText(headingText(tr("Tasks"), m_tasksOverdue, m_tasksComing));
    showOrHide(m_deadlinesEmpty,
        m_deadlines->rowCount() > 0 ? QString() : tr("No open deadline or hearing in the next %1 days.").arg(days));
    showOrHide(m_tasksEmpty, m_tasks->rowCount() > 0 ? QString() : tr("No open task in the next %1 days.").arg(days));
    m_deadlineTable->setAccessibleName(tr("Deadlines and hearings"));
    m_taskTable->setAccessibleName(tr("Tasks"));
    m_recentHeading->setText(tr("Recently worked on"));
    m_recent->setAccessibleName(tr("Recently worked on"));
    const domain::Language language = LanguageManager::codeListLanguage();
    for (int i = 0; i < m_recent->count(); ++i) {
        QListWidgetItem *item = m_recent->item(i);
        const QString status = domain::caseStatuses().label(item->data(Qt::UserRole + 1).toString(), language);
        QString text
            = QStringLiteral("%1 · %2 · %3")
                  .arg(item->data(Qt::UserRole + 2).toString(), item->data(Qt::UserRole + 3).toString(), status);
        if (const QString title = item->data(Qt::UserRole + 4).toString(); !title.isEmpty())
            text += QStringLiteral(" — ") + title;
        item->setText(text);
    }
    m_open->setText(tr("&Open case"));
    m_open->setToolTip(tr("Open the case of the chosen line (Enter)"));
    m_done->setText(tr("Mark &done"));
    m_done->setToolTip(tr("The chosen deadline or task is done today"));
    updateButtons();
}

} // namespace lintas::ui
