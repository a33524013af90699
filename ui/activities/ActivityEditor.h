#pragma once

#include "domain/Activity.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lintas {
struct Error;
}
namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class CodeCombo;
class ParticipantGrid;
class RegionPickers;

// One activity, new or stored, with its participant grid. A page, not a dialog, so locking never
// loses it: the main window asks saveBeforeClosing() first. Saving writes the activity and the
// changed grid cells in one transaction; a refused save keeps everything typed and says, next to
// the form, what to fix.
class ActivityEditor : public QWidget {
    Q_OBJECT

public:
    explicit ActivityEditor(repo::Workspace &workspace, QWidget *parent = nullptr);

    // An empty form for a new activity, held today.
    void startNew();
    // Loads a stored activity; false (and a message) when it cannot be read.
    bool open(const QString &activityId);

    // The kind of a new activity, the title of a stored one.
    void focusFirstField();

    bool isNew() const { return m_stored.id.isEmpty(); }
    const domain::Activity &stored() const { return m_stored; }
    // What the form holds now, on top of the stored activity.
    domain::Activity edited() const;
    bool hasUnsavedChanges() const;
    // Asks about unsaved edits (Save / Discard / Cancel): true when the editor may be left.
    bool confirmLeave();
    // Lintas is locking or closing: saves edits that can be saved, no questions asked.
    bool saveBeforeClosing();

    ParticipantGrid *grid() const { return m_grid; }

public slots:
    // True when saved (or nothing to save). On failure the message is shown and input kept.
    bool save();
    // Asks, then deletes the activity (for every device). True when deleted.
    bool deleteActivity();
    // Back to the list, after asking about unsaved edits.
    void goBack();

signals:
    void saved(const QString &activityId);
    void deleted(const QString &activityId);
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    bool read(const QString &activityId);
    void load(const domain::Activity &activity, const QVector<domain::ActivityCount> &counts);
    void editorChanged();
    void showError(const Error &error);
    void showHeading();
    void retranslateUi();

    repo::Workspace &m_workspace;
    domain::Activity m_stored;
    QHash<QString, qint64> m_storedCounts; // "gender|band" → count
    bool m_loading = false;

    QPushButton *m_back = nullptr;
    QLabel *m_heading = nullptr;
    CodeCombo *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_heldOn = nullptr;
    QLineEdit *m_trainingStage = nullptr;
    QLineEdit *m_facilitator = nullptr;
    QComboBox *m_province = nullptr;
    QComboBox *m_regency = nullptr;
    QComboBox *m_district = nullptr;
    QLineEdit *m_village = nullptr;
    QLineEdit *m_place = nullptr;
    ParticipantGrid *m_grid = nullptr;
    QPlainTextEdit *m_topics = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    RegionPickers *m_regions = nullptr;
    QLabel *m_participantsHint = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_savedNote = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_save = nullptr;
    // Domain field name → the label next to its editor (for messages) and the editor (for focus).
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_editors;
};

} // namespace lintas::ui
