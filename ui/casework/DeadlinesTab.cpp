#include "casework/DeadlinesTab.h"

#include "casework/DeadlineModel.h"
#include "casework/SuggestDeadlinesDialog.h"
#include "common/CodeCombo.h"
#include "common/ErrorText.h"
#include "common/LabelStyles.h"
#include "common/ListWidgets.h"
#include "domain/CodeLists.h"
#include "repo/Workspace.h"
#include "rules/DeadlineRuleSet.h"

#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lintas::ui {

DeadlinesTab::DeadlinesTab(repo::Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_model(new DeadlineModel(workspace, this)),
      m_table(new QTableView(this)),
      m_done(new QPushButton(this)),
      m_suggest(new QPushButton(this)),
      m_formTitle(new QLabel(this)),
      m_kind(new CodeCombo(domain::deadlineKinds(), this)),
      m_title(new QLineEdit(this)),
      m_due(new QDateEdit(this)),
      m_notes(new QLineEdit(this)),
      m_add(new QPushButton(this)),
      m_error(new QLabel(this)),
      m_kindLabel(new QLabel(this)),
      m_titleLabel(new QLabel(this)),
      m_dueLabel(new QLabel(this)),
      m_notesLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("deadlinesTab"));
    m_table->setObjectName(QStringLiteral("deadlineTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_done->setObjectName(QStringLiteral("deadlineDoneButton"));
    m_done->setEnabled(false);
    m_suggest->setObjectName(QStringLiteral("suggestDeadlinesButton"));
    m_kind->setObjectName(QStringLiteral("deadlineKind"));
    m_kind->setCode(QStringLiteral("task"));
    m_title->setObjectName(QStringLiteral("deadlineTitle"));
    m_due->setObjectName(QStringLiteral("deadlineDue"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_notes->setObjectName(QStringLiteral("deadlineNotes"));
    m_add->setObjectName(QStringLiteral("addDeadlineButton"));
    m_error->setObjectName(QStringLiteral("deadlineError"));
    styleAsFieldError(m_error);
    styleAsTitle(m_formTitle, 1.1);
    m_kindLabel->setBuddy(m_kind);
    m_titleLabel->setBuddy(m_title);
    m_dueLabel->setBuddy(m_due);
    m_notesLabel->setBuddy(m_notes);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_done);
    actions->addStretch(1);
    actions->addWidget(m_suggest);
    auto *form = new QGridLayout;
    form->addWidget(m_kindLabel, 0, 0);
    form->addWidget(m_kind, 0, 1);
    form->addWidget(m_dueLabel, 0, 2);
    form->addWidget(m_due, 0, 3);
    form->addWidget(m_titleLabel, 1, 0);
    form->addWidget(m_title, 1, 1, 1, 3);
    form->addWidget(m_notesLabel, 2, 0);
    form->addWidget(m_notes, 2, 1, 1, 3);
    form->setColumnStretch(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch();
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_formTitle);
    layout->addLayout(form);
    layout->addLayout(buttons);
    setTabOrder(m_table, m_done);
    setTabOrder(m_done, m_suggest);
    setTabOrder(m_suggest, m_kind);
    setTabOrder(m_kind, m_due);
    setTabOrder(m_due, m_title);
    setTabOrder(m_title, m_notes);
    setTabOrder(m_notes, m_add);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DeadlinesTab::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeadlinesTab::selectionChanged);
    connect(m_done, &QPushButton::clicked, this, &DeadlinesTab::toggleDone);
    connect(m_suggest, &QPushButton::clicked, this, &DeadlinesTab::suggestFromRules);
    connect(m_add, &QPushButton::clicked, this, &DeadlinesTab::addDeadline);
    connect(m_title, &QLineEdit::returnPressed, this, &DeadlinesTab::addDeadline);
    connect(m_notes, &QLineEdit::returnPressed, this, &DeadlinesTab::addDeadline);
    retranslateUi();
}

void DeadlinesTab::setCase(const domain::Case &kase)
{
    m_case = kase;
    m_model->setCase(kase.id);
    m_table->resizeColumnsToContents();
    // Another case: what was typed for the previous one must not be added to this one.
    m_title->clear();
    m_notes->clear();
    m_kind->setCode(QStringLiteral("task"));
    showOrHide(m_error, QString());
    m_due->setDate(QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).date().addDays(7));
}

void DeadlinesTab::selectDeadline(const QString &deadlineId)
{
    const QVector<domain::Deadline> &all = m_model->deadlines();
    for (int row = 0; row < all.size(); ++row) {
        if (all[row].id == deadlineId) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            m_table->setFocus();
            return;
        }
    }
}

bool DeadlinesTab::hasUnsavedText() const
{
    return !m_title->text().trimmed().isEmpty() || !m_notes->text().trimmed().isEmpty();
}

bool DeadlinesTab::addDeadline()
{
    domain::Deadline d;
    d.caseId = m_case.id;
    d.kind = m_kind->code();
    d.title = m_title->text().trimmed();
    d.dueOn = m_due->date();
    d.notes = m_notes->text().trimmed();
    auto created = m_workspace.deadlines().create(d);
    if (!created.ok()) {
        const QHash<QString, QLabel *> labels {{QStringLiteral("title"), m_titleLabel},
            {QStringLiteral("kind"), m_kindLabel}, {QStringLiteral("due_on"), m_dueLabel}};
        QLabel *label = labels.value(created.error().field);
        showOrHide(m_error,
            ErrorText::fieldMessage(
                created.error(), label ? label->text().remove(QLatin1Char('&')) : created.error().field));
        if (label)
            label->buddy()->setFocus(Qt::OtherFocusReason);
        return false;
    }
    showOrHide(m_error, QString());
    m_title->clear();
    m_notes->clear();
    m_model->reload();
    emit deadlinesChanged();
    return true;
}

void DeadlinesTab::toggleDone()
{
    const domain::Deadline *current = m_model->deadlineAt(m_table->currentIndex().row());
    if (!current)
        return;
    domain::Deadline d = *current;
    d.doneOn = d.doneOn.isValid() ? QDate() : QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).date();
    auto updated = m_workspace.deadlines().update(d);
    if (!updated.ok()) {
        showOrHide(m_error, ErrorText::message(updated.error()));
        return;
    }
    const int row = m_table->currentIndex().row();
    m_model->reload();
    m_table->selectRow(row);
    emit deadlinesChanged();
}

void DeadlinesTab::suggestFromRules()
{
    auto ruleSet = rules::DeadlineRuleSet::bundled();
    if (!ruleSet.ok()) {
        showOrHide(m_error, ErrorText::message(ruleSet.error()));
        return;
    }
    SuggestDeadlinesDialog dialog(m_workspace, m_case, *ruleSet, this);
    if (dialog.exec() == QDialog::Accepted && dialog.added() > 0) {
        m_model->reload();
        m_table->resizeColumnsToContents();
        emit deadlinesChanged();
    }
}

void DeadlinesTab::selectionChanged()
{
    const domain::Deadline *d = m_model->deadlineAt(m_table->currentIndex().row());
    m_done->setEnabled(d != nullptr);
    retranslateUi();
}

void DeadlinesTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void DeadlinesTab::retranslateUi()
{
    const domain::Deadline *d = m_model->deadlineAt(m_table->currentIndex().row());
    m_done->setText(d && d->doneOn.isValid() ? tr("&Reopen") : tr("Mark &done"));
    m_suggest->setText(tr("&Suggest from the rules…"));
    m_suggest->setToolTip(tr("Deadlines the law sets for this kind of case, counted from dates you give."));
    m_formTitle->setText(tr("Add a deadline, hearing or task"));
    m_kindLabel->setText(tr("&Kind"));
    m_titleLabel->setText(tr("&What"));
    m_dueLabel->setText(tr("D&ue on"));
    m_notesLabel->setText(tr("&Notes"));
    m_title->setPlaceholderText(tr("e.g. Hearing at the Labour Tribunal"));
    m_add->setText(tr("&Add deadline"));
    m_due->setLocale(QLocale());
    m_table->setAccessibleName(tr("Deadlines"));
}

} // namespace lintas::ui
