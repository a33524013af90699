#pragma once

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class CodeCombo;
class TimelineModel;

// The case's timeline and the form that appends to it. Entries are never edited: "Correct" writes
// a new entry that points at the old one, so what was recorded stays on record.
class TimelineTab : public QWidget {
    Q_OBJECT

public:
    TimelineTab(repo::Workspace &workspace, QString author, QWidget *parent = nullptr);

    void setCase(const QString &caseId);
    TimelineModel *model() const { return m_model; }
    // Text typed but not yet added.
    bool hasUnsavedText() const;
    // The entry the form writes a correction of; empty for a new entry.
    QString correctingNote() const { return m_correcting; }
    // Takes up again a correction of `noteId` whose text was kept when Lintas locked (the text
    // goes back in afterwards). When the entry is gone, the form stays a new entry and says so:
    // returns false.
    bool resumeCorrection(const QString &noteId);

public slots:
    bool addEntry();
    void correctSelected();
    void cancelCorrection();

signals:
    void entryAdded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void selectionChanged();
    void showCorrectionTarget();
    void showCorrectedGone(bool gone);
    void resetForm();
    void retranslateUi();

    repo::Workspace &m_workspace;
    QString m_author;
    QString m_caseId;
    QString m_correcting; // id of the entry being corrected, if any
    TimelineModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_reader = nullptr;
    QLabel *m_formTitle = nullptr;
    CodeCombo *m_kind = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QCheckBox *m_confidential = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_correct = nullptr;
    QPushButton *m_cancelCorrection = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_correctedGone = nullptr; // a kept correction's entry is no longer there
    QLabel *m_kindLabel = nullptr;
    QLabel *m_whenLabel = nullptr;
    QLabel *m_bodyLabel = nullptr;
};

} // namespace lintas::ui
