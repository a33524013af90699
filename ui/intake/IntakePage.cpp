#include "intake/IntakePage.h"

#include "common/ErrorText.h"
#include "common/LabelStyles.h"
#include "i18n/LanguageManager.h"
#include "intake/IntakeChronologyStep.h"
#include "intake/IntakeClientStep.h"
#include "intake/IntakeConsentStep.h"
#include "intake/IntakeDemandsStep.h"
#include "intake/IntakeProblemsStep.h"
#include "intake/IntakeReviewStep.h"
#include "repo/IntakeCommit.h"
#include "repo/IntakeDrafts.h"
#include "repo/Workspace.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lintas::ui {

IntakePage::IntakePage(repo::Workspace &workspace, QString author, rules::DeadlineRuleSet ruleSet, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_author(std::move(author)),
      m_ruleSet(std::move(ruleSet)),
      m_heading(new QLabel(this)),
      m_saved(new QLabel(this)),
      m_stepList(new QListWidget(this)),
      m_stack(new QStackedWidget(this)),
      m_error(new QLabel(this)),
      m_close(new QPushButton(this)),
      m_discard(new QPushButton(this)),
      m_saveDraft(new QPushButton(this)),
      m_back(new QPushButton(this)),
      m_next(new QPushButton(this)),
      m_create(new QPushButton(this))
{
    setObjectName(QStringLiteral("intakePage"));
    const QDate today = QDateTime::fromMSecsSinceEpoch(workspace.clock().nowMs()).date();
    m_steps = {new IntakeClientStep(workspace, this), new IntakeProblemsStep(this),
        new IntakeChronologyStep(m_ruleSet, today, this), new IntakeDemandsStep(this),
        new IntakeConsentStep(workspace, today, this), new IntakeReviewStep(m_ruleSet, today, this)};
    styleAsTitle(m_heading, 1.3);
    m_saved->setObjectName(QStringLiteral("intakeSavedAt"));
    m_stepList->setObjectName(QStringLiteral("intakeSteps"));
    m_stepList->setMaximumWidth(m_stepList->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    m_error->setObjectName(QStringLiteral("intakeError"));
    m_error->setWordWrap(true);
    styleAsFieldError(m_error);
    m_close->setObjectName(QStringLiteral("intakeClose"));
    m_discard->setObjectName(QStringLiteral("intakeDiscard"));
    m_saveDraft->setObjectName(QStringLiteral("intakeSaveDraft"));
    m_back->setObjectName(QStringLiteral("intakeBack"));
    m_next->setObjectName(QStringLiteral("intakeNext"));
    m_create->setObjectName(QStringLiteral("intakeCreate"));
    for (IntakeStep *s : std::as_const(m_steps)) {
        m_stack->addWidget(s);
        m_stepList->addItem(QString());
        connect(s, &IntakeStep::changed, this, [this] { showOrHide(m_error, QString()); });
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_saved);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_stepList);
    middle->addWidget(m_stack, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_saveDraft);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_create);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_stepList, &QListWidget::currentRowChanged, this, &IntakePage::goToStep);
    connect(m_close, &QPushButton::clicked, this, &IntakePage::close);
    connect(m_discard, &QPushButton::clicked, this, &IntakePage::discard);
    connect(m_saveDraft, &QPushButton::clicked, this, &IntakePage::saveDraft);
    connect(m_back, &QPushButton::clicked, this, &IntakePage::back);
    connect(m_next, &QPushButton::clicked, this, &IntakePage::next);
    connect(m_create, &QPushButton::clicked, this, &IntakePage::createCase);
    auto *saveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &IntakePage::saveDraft);
    // Page Down / Page Up would scroll the long texts; these are free in every step.
    auto *nextKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    nextKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(nextKey, &QShortcut::activated, this, &IntakePage::next);
    auto *backKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    backKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(backKey, &QShortcut::activated, this, &IntakePage::back);
    start();
}

IntakePage::~IntakePage() = default;

void IntakePage::start()
{
    m_draft = domain::IntakeDraft {};
    m_savedAtMs = 0;
    for (IntakeStep *s : std::as_const(m_steps))
        s->load(m_draft);
    goToStep(0);
    retranslateUi();
}

bool IntakePage::resume(const QString &draftId)
{
    repo::IntakeDrafts drafts(m_workspace);
    auto loaded = drafts.load(draftId);
    if (!loaded.ok()) {
        showMessage(ErrorText::message(loaded.error()));
        return false;
    }
    m_draft = *loaded;
    m_savedAtMs = m_draft.updatedAt;
    for (IntakeStep *s : std::as_const(m_steps))
        s->load(m_draft);
    goToStep(std::clamp(m_draft.step, 0, int(m_steps.size()) - 1));
    retranslateUi();
    return true;
}

void IntakePage::collect()
{
    for (IntakeStep *s : std::as_const(m_steps))
        s->store(m_draft);
    m_draft.step = currentStep();
}

bool IntakePage::hasContent() const
{
    domain::IntakeDraft now;
    for (IntakeStep *step : m_steps)
        step->store(now);
    // What a new intake shows before anything is typed does not count.
    domain::IntakeDraft blank;
    blank.client.gender = QStringLiteral("female");
    blank.client.status = QStringLiteral("abroad");
    return repo::IntakeDrafts::toJson(now) != repo::IntakeDrafts::toJson(blank);
}

int IntakePage::currentStep() const
{
    return m_stack->currentIndex();
}

void IntakePage::goToStep(int index)
{
    if (index < 0 || index >= m_steps.size())
        return;
    collect();
    if (index != currentStep() && hasContent())
        saveDraft(); // each step is a natural point to keep what was typed
    m_steps[index]->entering(m_draft);
    m_stack->setCurrentIndex(index);
    {
        const QSignalBlocker quiet(m_stepList);
        m_stepList->setCurrentRow(index);
    }
    stepChanged();
}

void IntakePage::next()
{
    goToStep(currentStep() + 1);
}

void IntakePage::back()
{
    goToStep(currentStep() - 1);
}

void IntakePage::stepChanged()
{
    const int i = currentStep();
    const bool last = i == m_steps.size() - 1;
    m_back->setEnabled(i > 0);
    m_next->setVisible(!last);
    m_create->setVisible(last);
    m_steps[i]->setFocus(Qt::OtherFocusReason);
}

bool IntakePage::saveDraft()
{
    collect();
    if (!hasContent())
        return true;
    repo::IntakeDrafts drafts(m_workspace);
    auto saved = drafts.save(m_draft);
    if (!saved.ok()) {
        showMessage(ErrorText::message(saved.error()));
        return false;
    }
    m_savedAtMs = m_draft.updatedAt;
    showSavedAt();
    emit draftsChanged();
    return true;
}

bool IntakePage::createCase()
{
    collect();
    auto done = repo::commitIntake(m_workspace, m_draft, m_ruleSet, m_author, LanguageManager::codeListLanguage());
    if (!done.ok()) {
        const Error &error = done.error();
        // Back to the step that has the field, with the cursor in it.
        for (int i = 0; error.code == ErrorCode::Validation && !error.field.isEmpty() && i < m_steps.size(); ++i) {
            IntakeStep *s = m_steps[i];
            QWidget *editor = s->editorFor(error.field);
            if (!editor)
                editor = s->findChild<QWidget *>(QString(error.field).replace(QLatin1Char('.'), QLatin1Char('_')));
            if (!editor)
                continue;
            goToStep(i);
            QString label = s->labelFor(error.field);
            if (label.isEmpty())
                label = editor->accessibleName();
            showMessage(ErrorText::fieldMessage(error, label));
            editor->setFocus(Qt::OtherFocusReason);
            return false;
        }
        showMessage(error.field.isEmpty() ? ErrorText::message(error) : ErrorText::fieldMessage(error, error.field));
        return false;
    }
    m_draft = domain::IntakeDraft {};
    emit draftsChanged();
    emit caseCreated(done->caseId);
    start();
    return true;
}

void IntakePage::close()
{
    if (saveDraft())
        emit closed();
}

void IntakePage::discard()
{
    if (hasContent()) {
        const auto answer = QMessageBox::question(this, tr("Discard intake"),
            tr("Throw away everything typed in this intake? This cannot be undone."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    if (!m_draft.id.isEmpty()) {
        repo::IntakeDrafts drafts(m_workspace);
        if (Status removed = drafts.remove(m_draft.id); !removed.ok()) {
            showMessage(ErrorText::message(removed.error()));
            return;
        }
        emit draftsChanged();
    }
    start();
    emit closed();
}

void IntakePage::showSavedAt()
{
    m_saved->setText(m_savedAtMs == 0
            ? QString()
            : tr("Draft saved at %1")
                  .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_savedAtMs).time(), QLocale::ShortFormat)));
}

QString IntakePage::message() const
{
    return m_error->text();
}

void IntakePage::showMessage(const QString &text)
{
    showOrHide(m_error, text);
}

void IntakePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IntakePage::retranslateUi()
{
    showSavedAt();
    m_heading->setText(
        m_draft.client.fullName.isEmpty() ? tr("New case") : tr("New case: %1").arg(m_draft.client.fullName));
    for (int i = 0; i < m_steps.size(); ++i)
        m_stepList->item(i)->setText(QStringLiteral("%1. %2").arg(i + 1).arg(m_steps[i]->title()));
    m_stepList->setAccessibleName(tr("Intake steps"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Keep what was typed as a draft and go back to the cases"));
    m_discard->setText(tr("Discard…"));
    m_saveDraft->setText(tr("Save draft"));
    m_saveDraft->setToolTip(tr("Save draft (Ctrl+S). Drafts stay on this laptop only."));
    m_back->setText(tr("← &Back"));
    m_back->setToolTip(tr("Previous step (Ctrl+Page Up)"));
    m_next->setText(tr("&Next →"));
    m_next->setToolTip(tr("Next step (Ctrl+Page Down)"));
    m_create->setText(tr("&Create case"));
}

} // namespace lintas::ui
