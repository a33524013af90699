#pragma once

#include "domain/IntakeDraft.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace lintas::ui {

// One page of the guided intake. Steps read from and write to the draft only; the intake page
// decides when to save or commit it.
class IntakeStep : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void load(const domain::IntakeDraft &draft) = 0;
    virtual void store(domain::IntakeDraft &draft) const = 0;
    virtual QString title() const = 0; // in the current language
    // Called when the step is shown, with the draft as the other steps left it.
    virtual void entering(const domain::IntakeDraft &draft) { Q_UNUSED(draft) }

    // The editor and label of a field named as commitIntake() names it ("client.full_name"), to
    // put the cursor there after a refusal and say what to fix; nullptr when not on this step.
    QWidget *editorFor(const QString &field) const;
    QString labelFor(const QString &field) const;

signals:
    void changed();

protected:
    // Adds a labelled row for `field` and remembers both for error messages.
    QLabel *addField(QFormLayout *form, const QString &field, QWidget *editor);
    void setLabel(const QString &field, const QString &text);

private:
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_editors;
};

} // namespace lintas::ui
