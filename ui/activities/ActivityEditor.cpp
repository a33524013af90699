#include "activities/ActivityEditor.h"

#include "activities/ParticipantGrid.h"
#include "activities/RegionPickers.h"
#include "common/CodeCombo.h"
#include "common/ErrorText.h"
#include "common/Formats.h"
#include "common/LabelStyles.h"
#include "common/UnsavedChanges.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "repo/ActivitySave.h"
#include "repo/EntityMappings.h"
#include "repo/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QSpinBox>

#include <algorithm>

namespace lintas::ui {

namespace {

const QString kTraining = QStringLiteral("training");

QString cellKey(const QString &gender, const QString &ageBand)
{
    return gender + QLatin1Char('|') + ageBand;
}

} // namespace

ActivityEditor::ActivityEditor(repo::Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_back(new QPushButton(this)),
      m_heading(new QLabel(this)),
      m_kind(new CodeCombo(domain::activityKinds(), this)),
      m_title(new QLineEdit(this)),
      m_heldOn(new QDateEdit(this)),
      m_trainingStage(new QLineEdit(this)),
      m_facilitator(new QLineEdit(this)),
      m_province(new QComboBox(this)),
      m_regency(new QComboBox(this)),
      m_district(new QComboBox(this)),
      m_village(new QLineEdit(this)),
      m_place(new QLineEdit(this)),
      m_grid(new ParticipantGrid(this)),
      m_topics(new QPlainTextEdit(this)),
      m_notes(new QPlainTextEdit(this)),
      m_participantsHint(new QLabel(this)),
      m_error(new QLabel(this)),
      m_savedNote(new QLabel(this)),
      m_delete(new QPushButton(this)),
      m_save(new QPushButton(this))
{
    setObjectName(QStringLiteral("activityEditor"));
    m_regions = new RegionPickers(m_province, m_regency, m_district, this);
    m_heldOn->setCalendarPopup(true);
    m_heldOn->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    for (QPlainTextEdit *edit : {m_topics, m_notes}) {
        edit->setTabChangesFocus(true); // Tab moves on, so the form works without a mouse
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4);
    }
    buildForm();

    for (QLineEdit *edit : {m_title, m_trainingStage, m_facilitator, m_village, m_place})
        connect(edit, &QLineEdit::textChanged, this, &ActivityEditor::editorChanged);
    for (QComboBox *combo : {m_province, m_regency, m_district})
        connect(combo, &QComboBox::currentTextChanged, this, &ActivityEditor::editorChanged);
    for (QPlainTextEdit *edit : {m_topics, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, &ActivityEditor::editorChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivityEditor::editorChanged);
    connect(m_heldOn, &QDateEdit::dateChanged, this, &ActivityEditor::editorChanged);
    connect(m_grid, &ParticipantGrid::countsChanged, this, &ActivityEditor::editorChanged);
    connect(m_save, &QPushButton::clicked, this, &ActivityEditor::save);
    connect(m_delete, &QPushButton::clicked, this, &ActivityEditor::deleteActivity);
    connect(m_back, &QPushButton::clicked, this, &ActivityEditor::goBack);
    // Shortcuts of their own, for this page only (the list has its own Ctrl+N).
    auto *saveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &ActivityEditor::save);
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Left)}) {
        auto *backKey = new QShortcut(keys, this);
        backKey->setContext(Qt::WidgetWithChildrenShortcut);
        connect(backKey, &QShortcut::activated, this, &ActivityEditor::goBack);
    }
    retranslateUi();
    startNew();
}

void ActivityEditor::startNew()
{
    domain::Activity blank;
    blank.heldOn = QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).date();
    load(blank, {});
    focusFirstField();
}

void ActivityEditor::focusFirstField()
{
    (isNew() ? static_cast<QWidget *>(m_kind) : m_title)->setFocus(Qt::OtherFocusReason);
}

bool ActivityEditor::open(const QString &activityId)
{
    if (!read(activityId))
        return false;
    focusFirstField();
    return true;
}

bool ActivityEditor::read(const QString &activityId)
{
    auto activity = m_workspace.activities().get(activityId);
    auto counts = activity.ok() ? m_workspace.activities().counts(activityId)
                                : Result<QVector<domain::ActivityCount>>(activity.error());
    if (!activity.ok() || !counts.ok()) {
        showOrHide(m_error, ErrorText::message(activity.ok() ? counts.error() : activity.error()));
        return false;
    }
    load(*activity, *counts);
    return true;
}

void ActivityEditor::load(const domain::Activity &activity, const QVector<domain::ActivityCount> &counts)
{
    {
        const QScopedValueRollback<bool> quiet(m_loading, true);
        m_stored = activity;
        m_storedCounts.clear();
        for (const domain::ActivityCount &c : counts)
            m_storedCounts.insert(cellKey(c.gender, c.ageBand), c.count);
        m_kind->setCode(activity.kind);
        m_title->setText(activity.title);
        m_heldOn->setDate(activity.heldOn.isValid()
                ? activity.heldOn
                : QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).date());
        m_trainingStage->setText(activity.trainingStage);
        m_facilitator->setText(activity.facilitator);
        m_regions->setTexts(activity.province, activity.regency, activity.district);
        m_village->setText(activity.village);
        m_place->setText(activity.place);
        m_grid->setCounts(counts);
        m_topics->setPlainText(activity.topics);
        m_notes->setPlainText(activity.notes);
        showOrHide(m_error, QString());
        showOrHide(m_savedNote, QString());
        showHeading();
    }
    editorChanged();
}

domain::Activity ActivityEditor::edited() const
{
    domain::Activity a = m_stored;
    a.kind = m_kind->code();
    a.title = m_title->text().trimmed();
    a.heldOn = m_heldOn->date();
    // A stage belongs to trainings only; a stage that came with another kind (synced) is left alone.
    if (a.kind == kTraining)
        a.trainingStage = m_trainingStage->text().trimmed();
    else if (m_stored.kind == kTraining)
        a.trainingStage.clear();
    a.facilitator = m_facilitator->text().trimmed();
    a.province = m_province->currentText().trimmed();
    a.regency = m_regency->currentText().trimmed();
    a.district = m_district->currentText().trimmed();
    a.village = m_village->text().trimmed();
    a.place = m_place->text().trimmed();
    a.topics = m_topics->toPlainText().trimmed();
    a.notes = m_notes->toPlainText().trimmed();
    return a;
}

bool ActivityEditor::hasUnsavedChanges() const
{
    const auto &mapping = repo::activityMapping();
    if (mapping.toFields(edited()) != mapping.toFields(m_stored))
        return true;
    const QVector<domain::ActivityCount> cells = m_grid->counts();
    return std::any_of(cells.cbegin(), cells.cend(), [this](const domain::ActivityCount &c) {
        return c.count != m_storedCounts.value(cellKey(c.gender, c.ageBand), 0);
    });
}

bool ActivityEditor::save()
{
    if (!isNew() && !hasUnsavedChanges())
        return true;
    auto result = repo::saveActivity(m_workspace, edited(), m_grid->counts());
    if (!result.ok()) {
        showError(result.error());
        return false;
    }
    const QString id = result->id;
    if (!read(id)) // shows what is stored now; the focus stays where it was
        return false;
    showOrHide(m_savedNote, tr("Saved."));
    emit saved(id);
    return true;
}

bool ActivityEditor::confirmLeave()
{
    if (!hasUnsavedChanges())
        return true;
    return UnsavedChanges::askToLeave(
        this, tr("This activity was changed but not saved."), [this] { return save(); },
        [this] {
            if (isNew())
                startNew();
            else
                read(m_stored.id);
        });
}

bool ActivityEditor::saveBeforeClosing()
{
    return !hasUnsavedChanges() || save();
}

void ActivityEditor::goBack()
{
    if (confirmLeave())
        emit backRequested();
}

bool ActivityEditor::deleteActivity()
{
    if (isNew())
        return false;
    QMessageBox box(QMessageBox::Question, tr("Delete activity"),
        tr("Delete “%1” of %2 with its participant counts? It is removed from the list and from the totals, on "
           "every device.")
            .arg(m_heading->text(), formats::date(m_stored.heldOn)),
        QMessageBox::NoButton, this);
    QPushButton *yes = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setObjectName(QStringLiteral("deleteActivityQuestion"));
    box.exec();
    if (box.clickedButton() != yes)
        return false;
    const QString id = m_stored.id;
    if (Status removed = m_workspace.activities().remove(id); !removed.ok()) {
        showOrHide(m_error, ErrorText::message(removed.error()));
        return false;
    }
    startNew();
    emit deleted(id);
    return true;
}

void ActivityEditor::editorChanged()
{
    const bool training = m_kind->code() == kTraining;
    m_trainingStage->setEnabled(training);
    m_labels.value(QStringLiteral("training_stage"))->setEnabled(training);
    if (m_loading)
        return;
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty || isNew());
    m_delete->setEnabled(!isNew());
    if (dirty)
        showOrHide(m_savedNote, QString());
}

void ActivityEditor::showError(const Error &error)
{
    QString field = error.field;
    QWidget *editor = m_editors.value(field);
    if (field.startsWith(QStringLiteral("counts."))) {
        editor = m_grid->cell(field.section(QLatin1Char('.'), 1, 1), field.section(QLatin1Char('.'), 2));
        field = QStringLiteral("participants");
    }
    QLabel *label = m_labels.value(field);
    const QString fieldName = label ? label->text().remove(QLatin1Char('&')) : field;
    showOrHide(m_error, ErrorText::fieldMessage(error, fieldName));
    if (editor)
        editor->setFocus(Qt::OtherFocusReason);
}

void ActivityEditor::showHeading()
{
    if (isNew()) {
        m_heading->setText(tr("New activity"));
        return;
    }
    const QString kind = domain::activityKinds().label(m_stored.kind, LanguageManager::codeListLanguage());
    m_heading->setText(m_stored.title.isEmpty() ? kind : m_stored.title);
}

void ActivityEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace lintas::ui
