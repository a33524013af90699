// The editor's layout and texts, apart from its behaviour (ActivityEditor.cpp).
#include "activities/ActivityEditor.h"

#include "activities/ParticipantGrid.h"
#include "common/CodeCombo.h"
#include "common/LabelStyles.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <utility>

namespace lintas::ui {

void ActivityEditor::buildForm()
{
    m_back->setObjectName(QStringLiteral("activityBackButton"));
    m_heading->setObjectName(QStringLiteral("activityHeading"));
    styleAsTitle(m_heading, 1.3);
    styleAsFieldError(m_error);
    m_error->setObjectName(QStringLiteral("activityError"));
    m_savedNote->setObjectName(QStringLiteral("activitySavedNote"));
    m_savedNote->hide();
    m_delete->setObjectName(QStringLiteral("deleteActivityButton"));
    m_save->setObjectName(QStringLiteral("saveActivityButton"));
    m_save->setDefault(true);
    m_participantsHint->setWordWrap(true);

    auto *fields = new QWidget(this);
    auto *layout = new QVBoxLayout(fields);
    auto *columns = new QHBoxLayout;
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (QFormLayout *form : {left, right}) {
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        auto *column = new QVBoxLayout;
        column->addLayout(form);
        column->addStretch(1);
        columns->addLayout(column, 1);
    }
    layout->addLayout(columns);
    auto addLabel = [this](const char *field, QWidget *editor) {
        auto *label = new QLabel(this);
        label->setBuddy(editor);
        label->setWordWrap(true);
        const QString name = QString::fromLatin1(field);
        if (editor->objectName().isEmpty()) // the grid's cells are named for their gender and age band
            editor->setObjectName(QStringLiteral("activity_") + name);
        m_labels.insert(name, label);
        m_editors.insert(name, editor);
        return label;
    };
    auto addRow
        = [&](QFormLayout *form, const char *field, QWidget *editor) { form->addRow(addLabel(field, editor), editor); };
    // Added in tab order: what and when, who led it, where, then who came and what was said.
    addRow(left, "kind", m_kind);
    addRow(left, "title", m_title);
    addRow(left, "held_on", m_heldOn);
    addRow(left, "training_stage", m_trainingStage);
    addRow(left, "facilitator", m_facilitator);
    addRow(right, "province", m_province);
    addRow(right, "regency", m_regency);
    addRow(right, "district", m_district);
    addRow(right, "village", m_village);
    addRow(right, "place", m_place);

    QLabel *participants = addLabel("participants", m_grid->firstCell());
    QFont bold = participants->font();
    bold.setBold(true);
    participants->setFont(bold);
    layout->addSpacing(participants->fontMetrics().height() / 2);
    layout->addWidget(participants);
    layout->addWidget(m_participantsHint);
    layout->addWidget(m_grid);
    layout->addSpacing(participants->fontMetrics().height() / 2);
    auto *texts = new QHBoxLayout;
    for (auto [field, edit] : {std::pair {"topics", m_topics}, std::pair {"notes", m_notes}}) {
        auto *column = new QVBoxLayout;
        column->addWidget(addLabel(field, edit));
        column->addWidget(edit, 1);
        texts->addLayout(column, 1);
    }
    layout->addLayout(texts, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_heading, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(m_savedNote);
    buttons->addStretch(); // keeps the buttons their size while there is no message
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    auto *page = new QVBoxLayout(this);
    page->addLayout(top);
    page->addWidget(scroll, 1);
    page->addLayout(buttons);

    // The grid's cells come between the place and the topics; the buttons last.
    setTabOrder(m_place, m_grid->firstCell());
    setTabOrder(m_grid->lastCell(), m_topics);
    setTabOrder(m_topics, m_notes);
    setTabOrder(m_notes, m_delete);
    setTabOrder(m_delete, m_save);
}

void ActivityEditor::retranslateUi()
{
    const QHash<QString, QString> labels {
        {QStringLiteral("kind"), tr("&Kind")},
        {QStringLiteral("title"), tr("&Title")},
        {QStringLiteral("held_on"), tr("Held &on")},
        {QStringLiteral("training_stage"), tr("Training sta&ge")},
        {QStringLiteral("facilitator"), tr("&Facilitator")},
        {QStringLiteral("province"), tr("Pro&vince")},
        {QStringLiteral("regency"), tr("&Regency or city")},
        {QStringLiteral("district"), tr("Distri&ct")},
        {QStringLiteral("village"), tr("Vill&age")},
        {QStringLiteral("place"), tr("P&lace")},
        {QStringLiteral("participants"), tr("Partic&ipants")},
        {QStringLiteral("topics"), tr("To&pics")},
        {QStringLiteral("notes"), tr("&Notes")},
    };
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        m_labels.value(it.key())->setText(it.value());
        if (it.key() != QStringLiteral("participants")) // the cells say gender and age band
            m_editors.value(it.key())->setAccessibleName(QString(it.value()).remove(QLatin1Char('&')));
    }
    m_kind->setNoneText(tr("Choose…"));
    m_title->setPlaceholderText(tr("e.g. Safe migration discussion, Desa Sukamaju"));
    m_trainingStage->setPlaceholderText(tr("e.g. Stage 2 of 3"));
    m_trainingStage->setToolTip(tr("For trainings given in stages"));
    m_place->setPlaceholderText(tr("e.g. village hall, prayer room, community post"));
    m_topics->setPlaceholderText(tr("What was discussed"));
    m_participantsHint->setText(tr("Count each person once, in the row of their gender and the column of their age. "
                                   "Reports to funders split every count by gender."));
    m_heldOn->setLocale(QLocale());
    m_back->setText(tr("← &Back"));
    m_back->setToolTip(tr("Back to the list of activities (Esc or Alt+Left)"));
    m_delete->setText(tr("&Delete"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the activity and its participants (Ctrl+S)"));
    if (m_savedNote->isVisible())
        m_savedNote->setText(tr("Saved."));
    showHeading();
}

} // namespace lintas::ui
