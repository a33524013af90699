#include "casework/TimelineTab.h"

#include "casework/TimelineModel.h"
#include "common/CodeCombo.h"
#include "common/ErrorText.h"
#include "common/Formats.h"
#include "common/LabelStyles.h"
#include "common/ListWidgets.h"
#include "domain/CodeLists.h"
#include "repo/Workspace.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lintas::ui {

namespace {
const QString kCorrection = QStringLiteral("correction");
} // namespace

TimelineTab::TimelineTab(repo::Workspace &workspace, QString author, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_author(std::move(author)),
      m_model(new TimelineModel(workspace, this)),
      m_table(new QTableView(this)),
      m_reader(new QPlainTextEdit(this)),
      m_formTitle(new QLabel(this)),
      m_kind(new CodeCombo(domain::noteKinds(), this)),
      m_when(new QDateTimeEdit(this)),
      m_body(new QPlainTextEdit(this)),
      m_confidential(new QCheckBox(this)),
      m_add(new QPushButton(this)),
      m_correct(new QPushButton(this)),
      m_cancelCorrection(new QPushButton(this)),
      m_error(new QLabel(this)),
      m_correctedGone(new QLabel(this)),
      m_kindLabel(new QLabel(this)),
      m_whenLabel(new QLabel(this)),
      m_bodyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("timelineTab"));
    m_table->setObjectName(QStringLiteral("timelineTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_reader->setObjectName(QStringLiteral("timelineReader"));
    m_reader->setReadOnly(true);
    m_reader->setTabChangesFocus(true);
    m_reader->setMaximumHeight(m_reader->fontMetrics().lineSpacing() * 6);

    QStringList kinds = domain::noteKinds().codes();
    kinds.removeAll(kCorrection); // a correction is made with "Correct", from the entry it corrects
    m_kind->restrictTo(kinds);
    m_kind->setObjectName(QStringLiteral("noteKind"));
    m_kind->setCode(QStringLiteral("note"));
    m_when->setObjectName(QStringLiteral("noteWhen"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QStringLiteral("d MMM yyyy HH:mm"));
    m_body->setObjectName(QStringLiteral("noteBody"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * 4);
    m_confidential->setObjectName(QStringLiteral("noteConfidential"));
    m_add->setObjectName(QStringLiteral("addNoteButton"));
    m_correct->setObjectName(QStringLiteral("correctNoteButton"));
    m_correct->setEnabled(false);
    m_cancelCorrection->setObjectName(QStringLiteral("cancelCorrectionButton"));
    m_cancelCorrection->hide();
    m_error->setObjectName(QStringLiteral("noteError"));
    styleAsFieldError(m_error);
    m_correctedGone->setObjectName(QStringLiteral("correctedNoteGone"));
    m_correctedGone->setWordWrap(true);
    styleAsWarningBanner(m_correctedGone);
    m_correctedGone->hide();
    styleAsTitle(m_formTitle, 1.1);
    m_kindLabel->setBuddy(m_kind);
    m_whenLabel->setBuddy(m_when);
    m_bodyLabel->setBuddy(m_body);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    auto *readerRow = new QHBoxLayout;
    readerRow->addWidget(m_reader, 1);
    readerRow->addWidget(m_correct, 0, Qt::AlignTop);
    topLayout->addLayout(readerRow);

    auto *form = new QWidget(this);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_formTitle);
    formLayout->addWidget(m_correctedGone);
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *firstRow = new QHBoxLayout;
    firstRow->addWidget(m_kind);
    firstRow->addWidget(m_whenLabel);
    firstRow->addWidget(m_when);
    firstRow->addWidget(m_confidential);
    firstRow->addStretch(1);
    fields->addRow(m_kindLabel, firstRow);
    fields->addRow(m_bodyLabel, m_body);
    formLayout->addLayout(fields);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch();
    buttons->addWidget(m_cancelCorrection);
    buttons->addWidget(m_add);
    formLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setTabOrder(m_table, m_reader);
    setTabOrder(m_reader, m_correct);
    setTabOrder(m_correct, m_kind);
    setTabOrder(m_kind, m_when);
    setTabOrder(m_when, m_confidential);
    setTabOrder(m_confidential, m_body);
    setTabOrder(m_body, m_cancelCorrection);
    setTabOrder(m_cancelCorrection, m_add);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TimelineTab::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineTab::selectionChanged);
    connect(m_add, &QPushButton::clicked, this, &TimelineTab::addEntry);
    // Not the button's shortcut: its text's mnemonic would replace it.
    auto *addKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    addKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(addKey, &QShortcut::activated, this, &TimelineTab::addEntry);
    connect(m_correct, &QPushButton::clicked, this, &TimelineTab::correctSelected);
    connect(m_cancelCorrection, &QPushButton::clicked, this, &TimelineTab::cancelCorrection);
    resetForm();
    retranslateUi();
}

void TimelineTab::setCase(const QString &caseId)
{
    m_caseId = caseId;
    m_correcting.clear();
    showCorrectedGone(false);
    m_model->setCase(caseId);
    m_table->resizeColumnsToContents();
    m_table->scrollToBottom();
    resetForm();
    showCorrectionTarget();
}

bool TimelineTab::hasUnsavedText() const
{
    return !m_body->toPlainText().trimmed().isEmpty();
}

bool TimelineTab::addEntry()
{
    domain::Note note;
    note.caseId = m_caseId;
    note.kind = m_correcting.isEmpty() ? m_kind->code() : kCorrection;
    note.correctsNoteId = m_correcting;
    note.occurredAt = m_when->dateTime().toMSecsSinceEpoch();
    note.author = m_author;
    note.body = m_body->toPlainText().trimmed();
    note.confidential = m_confidential->isChecked();
    auto created = m_workspace.notes().create(note);
    if (!created.ok()) {
        const QString label = created.error().field == QLatin1String("body")
            ? m_bodyLabel->text().remove(QLatin1Char('&'))
            : created.error().field;
        showOrHide(m_error, ErrorText::fieldMessage(created.error(), label));
        m_body->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_correcting.clear();
    showCorrectedGone(false);
    m_model->reload();
    m_table->scrollToBottom();
    resetForm();
    showCorrectionTarget();
    emit entryAdded();
    return true;
}

void TimelineTab::correctSelected()
{
    const domain::Note *note = m_model->noteAt(m_table->currentIndex().row());
    if (!note)
        return;
    m_correcting = note->id;
    showCorrectedGone(false);
    if (m_body->toPlainText().trimmed().isEmpty())
        m_body->setPlainText(note->body); // start from what was written and fix it
    m_confidential->setChecked(note->confidential);
    showCorrectionTarget();
    m_body->setFocus(Qt::OtherFocusReason);
}

void TimelineTab::cancelCorrection()
{
    m_correcting.clear();
    showCorrectedGone(false);
    showCorrectionTarget();
}

bool TimelineTab::resumeCorrection(const QString &noteId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->noteAt(row)->id != noteId)
            continue;
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_table->currentIndex());
        // Not correctSelected(): the body stays empty until the kept text goes in, so that
        // discarding that text leaves nothing typed.
        m_correcting = noteId;
        showCorrectedGone(false);
        showCorrectionTarget();
        return true;
    }
    m_correcting.clear();
    showCorrectedGone(true);
    showCorrectionTarget();
    return false;
}

void TimelineTab::showCorrectedGone(bool gone)
{
    showOrHide(m_correctedGone,
        gone ? tr("The entry you were correcting when Lintas locked is no longer in this timeline. What you wrote "
                  "is back as a new entry.")
             : QString());
}

void TimelineTab::selectionChanged()
{
    const domain::Note *note = m_model->noteAt(m_table->currentIndex().row());
    m_reader->setPlainText(
        note ? m_model->data(m_table->currentIndex(), TimelineModel::FullTextRole).toString() : QString());
    m_correct->setEnabled(note != nullptr);
}

void TimelineTab::showCorrectionTarget()
{
    const bool correcting = !m_correcting.isEmpty();
    m_kind->setEnabled(!correcting);
    m_cancelCorrection->setVisible(correcting);
    retranslateUi();
}

void TimelineTab::resetForm()
{
    m_body->clear();
    m_confidential->setChecked(false);
    m_when->setDateTime(QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()));
    showOrHide(m_error, QString());
}

void TimelineTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void TimelineTab::retranslateUi()
{
    if (!m_correctedGone->isHidden())
        showCorrectedGone(true);
    QString title = tr("Add to the timeline");
    if (!m_correcting.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->noteAt(row)->id == m_correcting)
                title = tr("Correct the entry of %1").arg(formats::dateTime(m_model->noteAt(row)->occurredAt));
        }
    }
    m_formTitle->setText(title);
    m_kindLabel->setText(tr("&Kind"));
    m_whenLabel->setText(tr("Whe&n"));
    m_bodyLabel->setText(tr("&What happened"));
    m_confidential->setText(tr("Con&fidential"));
    m_confidential->setToolTip(tr("Left out of printed summaries and hand-off sheets."));
    m_add->setText(m_correcting.isEmpty() ? tr("&Add entry") : tr("&Add correction"));
    m_add->setToolTip(tr("Add to the timeline (Ctrl+Enter)"));
    m_correct->setText(tr("C&orrect…"));
    m_correct->setToolTip(tr("Write a correction of the selected entry. The entry itself stays on record."));
    m_cancelCorrection->setText(tr("Cancel correction"));
    m_when->setLocale(QLocale());
    m_table->setAccessibleName(tr("Timeline"));
    m_reader->setAccessibleName(tr("Selected entry"));
    m_body->setAccessibleName(tr("What happened"));
}

} // namespace lintas::ui
