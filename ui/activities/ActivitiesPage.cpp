#include "activities/ActivitiesPage.h"

#include "activities/ActivityEditor.h"
#include "activities/ActivityFilterBar.h"
#include "activities/ActivityListModel.h"
#include "common/ErrorText.h"
#include "common/KeptInputBar.h"
#include "common/LabelStyles.h"
#include "common/ListWidgets.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "repo/Workspace.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace lintas::ui {

namespace {

const QString kFemale = QStringLiteral("female");
const QString kMale = QStringLiteral("male");

} // namespace

ActivitiesPage::ActivitiesPage(repo::Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_model(new ActivityListModel(workspace, this)),
      m_stack(new QStackedWidget(this)),
      m_listPage(new QWidget(this)),
      m_filters(new ActivityFilterBar(QDateTime::fromMSecsSinceEpoch(workspace.clock().nowMs()).date(), this)),
      m_new(new QPushButton(this)),
      m_table(new QTableView(this)),
      m_message(new QLabel(this)),
      m_totals(new QLabel(this)),
      m_editor(new ActivityEditor(workspace, this))
{
    setObjectName(QStringLiteral("activitiesPage"));
    m_new->setObjectName(QStringLiteral("newActivityButton"));
    m_message->setObjectName(QStringLiteral("activityListMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_message->hide();
    m_totals->setObjectName(QStringLiteral("activityTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);

    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->setAlternatingRowColors(true);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ActivityListModel::Title, QHeaderView::Stretch);

    auto *list = new QVBoxLayout(m_listPage);
    list->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filters, 1);
    top->addWidget(m_new);
    list->addLayout(top);
    list->addWidget(m_table, 1);
    list->addWidget(m_message);
    list->addWidget(m_totals);
    m_stack->addWidget(m_listPage);
    m_stack->addWidget(m_editor);
    m_kept = new KeptInputBar(workspace, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_kept);
    layout->addWidget(m_stack);
    setFocusProxy(m_table);

    connect(m_new, &QPushButton::clicked, this, &ActivitiesPage::newActivity);
    auto *newKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    newKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newKey, &QShortcut::activated, this, &ActivitiesPage::newActivity);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    m_table->installEventFilter(this); // Enter opens the activity, whatever the style's activation key
    connect(m_filters, &ActivityFilterBar::filterChanged, this, [this] { m_model->setFilter(m_filters->filter()); });
    connect(m_model, &ActivityListModel::loaded, this, &ActivitiesPage::modelLoaded);
    connect(m_editor, &ActivityEditor::saved, this, &ActivitiesPage::editorSaved);
    connect(m_editor, &ActivityEditor::deleted, this, &ActivitiesPage::editorDeleted);
    connect(m_editor, &ActivityEditor::backRequested, this, &ActivitiesPage::showList);
    retranslateUi();
    // Typed before Lintas locked: the activity it was typed for opens with it (decision D20).
    if (const QString kept = m_kept->keptRecord(QStringLiteral("activity/")); kept == QLatin1String("new"))
        newActivity();
    else if (!kept.isEmpty())
        openActivity(kept);
}

ActivitiesPage::~ActivitiesPage() = default;

bool ActivitiesPage::isEditing() const
{
    return m_stack->currentWidget() == m_editor;
}

bool ActivitiesPage::hasUnsavedChanges() const
{
    return isEditing() && m_editor->hasUnsavedChanges();
}

bool ActivitiesPage::confirmLeave()
{
    return !isEditing() || m_editor->confirmLeave();
}

bool ActivitiesPage::saveBeforeClosing()
{
    const bool saved = !isEditing() || m_editor->saveBeforeClosing();
    m_kept->keep(); // an invalid activity stays on this laptop until opened again
    return saved;
}

// The editor's input is kept under the activity's id, or "new" for one not saved yet.
void ActivitiesPage::putBackKeptInput()
{
    const QString id = m_editor->stored().id;
    ActivityEditor *editor = m_editor;
    m_kept->open({{QStringLiteral("activity/") + (id.isEmpty() ? QStringLiteral("new") : id), editor,
        [editor] { return editor->hasUnsavedChanges(); }}});
}

void ActivitiesPage::newActivity()
{
    if (isEditing() && !m_editor->confirmLeave())
        return;
    m_editor->startNew();
    m_stack->setCurrentWidget(m_editor);
    putBackKeptInput();
    m_editor->focusFirstField();
}

bool ActivitiesPage::openActivity(const QString &activityId)
{
    if (isEditing() && !m_editor->confirmLeave())
        return false;
    if (!m_editor->open(activityId)) {
        m_model->reload();
        showOrHide(m_message, tr("This activity could not be opened. It may have been deleted on another device."));
        return false;
    }
    m_lastOpened = activityId;
    m_stack->setCurrentWidget(m_editor);
    putBackKeptInput();
    m_editor->focusFirstField();
    return true;
}

void ActivitiesPage::openRow(int row)
{
    if (const repo::ActivityListRow *activity = m_model->activityAt(row))
        openActivity(activity->id);
}

void ActivitiesPage::showList()
{
    m_kept->leave(); // the editor was saved or let go
    m_stack->setCurrentWidget(m_listPage);
    selectActivity(m_lastOpened);
    m_table->setFocus();
}

void ActivitiesPage::refresh()
{
    m_model->reload();
}

void ActivitiesPage::editorSaved(const QString &activityId)
{
    m_lastOpened = activityId;
    m_model->reload();
    m_kept->settle();
    if (!m_kept->showsKept())
        putBackKeptInput(); // a new activity has its id now: later input is kept under it
}

void ActivitiesPage::editorDeleted()
{
    m_lastOpened.clear();
    m_model->reload();
    showList();
}

void ActivitiesPage::selectActivity(const QString &activityId)
{
    if (activityId.isEmpty())
        return;
    if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({}); // the first page now, to find the activity in it
    if (const int row = m_model->rowOf(activityId); row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

bool ActivitiesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_table->currentIndex().isValid()) {
            openRow(m_table->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ActivitiesPage::modelLoaded()
{
    QString message;
    if (m_model->loadError())
        message = ErrorText::message(*m_model->loadError());
    else if (m_model->totals().activities == 0 && m_filters->isFiltering())
        message = tr("No activity matches these filters.");
    else if (m_model->totals().activities == 0)
        message = tr("No activities yet. Record the first one with “+ New activity” (Ctrl+N).");
    showOrHide(m_message, message);
    // The first page at once (not when the view next lays out), so the activity just saved can
    // be selected and a test or a screen reader sees rows right after a change.
    if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    // Genders beyond women and men get a column only when someone in the period was counted so.
    for (const QString &gender : domain::genders().codes()) {
        const bool shown = gender == kFemale || gender == kMale || m_model->totals().byGender.value(gender) > 0;
        m_table->setColumnHidden(ActivityListModel::genderColumn(gender), !shown);
    }
    showOrHide(m_totals, summary());
    emit summaryChanged();
}

QString ActivitiesPage::summary() const
{
    if (m_model->loadError())
        return {};
    const repo::ActivityTotals &t = m_model->totals();
    QStringList split {
        tr("%Ln women", nullptr, int(t.byGender.value(kFemale))), tr("%Ln men", nullptr, int(t.byGender.value(kMale)))};
    const qint64 others = t.participants - t.byGender.value(kFemale) - t.byGender.value(kMale);
    if (others > 0)
        split << tr("%Ln other or not stated", nullptr, int(others));
    return QStringLiteral("%1, %2 (%3)")
        .arg(tr("%Ln activity(s)", nullptr, t.activities), tr("%Ln participant(s)", nullptr, int(t.participants)),
            split.join(QStringLiteral(", ")));
}

void ActivitiesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActivitiesPage::retranslateUi()
{
    m_new->setText(tr("+ &New activity"));
    m_new->setToolTip(tr("Record a consultation, discussion, training… (Ctrl+N)"));
    m_table->setAccessibleName(tr("Activities"));
    m_model->retranslate();
    fitColumns();
    modelLoaded();
}

// Widths from what the columns can hold in the current language, not from the rows loaded so far.
void ActivitiesPage::fitColumns()
{
    const QFontMetrics metrics = m_table->fontMetrics();
    QHeaderView *header = m_table->horizontalHeader();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const int padding = 2 * em;
    auto headerWidth = [&](int column) {
        return header->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())
            + padding;
    };
    const QString widestDate = QLocale().toString(QDate(2028, 9, 28), QStringLiteral("d MMM yyyy"));
    header->resizeSection(
        ActivityListModel::HeldOn, std::max(metrics.horizontalAdvance(widestDate) + padding, headerWidth(0)));
    int kind = headerWidth(ActivityListModel::Kind);
    for (const domain::CodeItem &item : domain::activityKinds().items())
        kind = std::max(kind, metrics.horizontalAdvance(item.label(LanguageManager::codeListLanguage())) + padding);
    header->resizeSection(ActivityListModel::Kind, std::min(kind, 20 * em));
    header->resizeSection(ActivityListModel::Place, 18 * em);
    header->resizeSection(ActivityListModel::Facilitator, 10 * em);
    const int number = metrics.horizontalAdvance(QStringLiteral("00000")) + padding;
    for (int column = ActivityListModel::Participants; column < m_model->columnCount(); ++column)
        header->resizeSection(column, std::max(number, headerWidth(column)));
}

} // namespace lintas::ui
