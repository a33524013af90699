#pragma once

#include <QHash>
#include <QJsonObject>
#include <QVector>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// Keeps what was typed and not saved in a page's forms when Lintas locks or closes, and puts it
// back when the same record is opened again, with a notice and a button to discard it (decision
// D20). The input is kept in the encrypted profile (repo::UnsavedInputs), never synced; the
// forms are read and written generically (FormState). The page places this bar above its forms
// and tells it when a record is opened, saved, left, and when Lintas locks.
class KeptInputBar : public QWidget {
    Q_OBJECT

public:
    // One form of the open record.
    struct Area {
        QString key; // e.g. "case/<id>/note": the record and the form
        QWidget *form = nullptr;
        std::function<bool()> unsaved; // typed and not saved (or not added)
        // For a form that edits one of several stored items or a new one (a claim): the item's
        // id (empty: new). It is kept with the input and shown again before the input goes back.
        std::function<QString()> item = {};
        std::function<bool(const QString &)> showItem = {};
    };

    explicit KeptInputBar(repo::Workspace &workspace, QWidget *parent = nullptr);

    // The page loaded a record into its forms. What was kept for them goes back in, changed
    // fields only, so values stored since then stay in the fields the user had not touched.
    // Returns the keys of the forms that got input back (the notice then shows).
    QStringList open(const QVector<Area> &areas);
    // The page saved or reverted something: forms with nothing unsaved now show what is stored,
    // and what was kept for them is dropped. The notice goes when nothing kept is left.
    void settle();
    // Lintas locks or closes: keeps what is unsaved in the open forms and drops what was kept
    // for forms that have nothing unsaved any more.
    void keep();
    // The user left the record after saving or letting go of the edits: nothing of it is kept.
    void leave();
    // Whether input put back is still waiting to be saved or discarded.
    bool showsKept() const { return !m_restored.isEmpty(); }
    // Keys kept under `prefix` ("party/"), for a page that opens the record they belong to.
    QStringList keptKeys(const QString &prefix) const;
    // The record the first of those was typed for: what follows `prefix` in its key ("new" for a
    // record not saved yet); empty when nothing is kept under `prefix`.
    QString keptRecord(const QString &prefix) const;

public slots:
    // Throws away what was put back: the forms show what they showed before, and it is not kept.
    void discard();

signals:
    // After discard(): a page may let go of what it showed for the input (a correction's entry).
    void discarded();

protected:
    void changeEvent(QEvent *event) override;

private:
    const Area *areaOf(const QString &key) const;
    void showNotice();
    void retranslateUi();

    repo::Workspace &m_workspace;
    QLabel *m_text = nullptr;
    QPushButton *m_discard = nullptr;
    QVector<Area> m_areas;
    QHash<QString, QJsonObject> m_baseline; // key → the form as loaded (or last saved)
    QHash<QString, QJsonObject> m_restored; // key → the form before the kept input went in
    qint64 m_keptAt = 0;
};

} // namespace lintas::ui
