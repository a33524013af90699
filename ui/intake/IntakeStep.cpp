#include "intake/IntakeStep.h"

#include <QFormLayout>
#include <QLabel>

namespace lintas::ui {

QWidget *IntakeStep::editorFor(const QString &field) const
{
    return m_editors.value(field);
}

QString IntakeStep::labelFor(const QString &field) const
{
    const QLabel *label = m_labels.value(field);
    return label ? QString(label->text()).remove(QLatin1Char('&')) : QString();
}

QLabel *IntakeStep::addField(QFormLayout *form, const QString &field, QWidget *editor)
{
    auto *label = new QLabel(this);
    label->setBuddy(editor);
    label->setWordWrap(true);
    editor->setObjectName(QString(field).replace(QLatin1Char('.'), QLatin1Char('_')));
    m_labels.insert(field, label);
    m_editors.insert(field, editor);
    form->addRow(label, editor);
    return label;
}

void IntakeStep::setLabel(const QString &field, const QString &text)
{
    if (QLabel *label = m_labels.value(field)) {
        label->setText(text);
        m_editors.value(field)->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    }
}

} // namespace lintas::ui
