#pragma once

#include "base/Result.h"
#include "sync/SyncSpaces.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

namespace lintas::ui {

class SyncController;

// No signal at all (a village, a week): this laptop's waiting changes go into a file for a
// colleague or the office, and a colleague's file is read in here (sync::BundleExport and
// BundleImport). The file holds only sealed records; the changes still go to the server by
// themselves when a connection appears, once.
class BundleFilesBox : public QWidget {
    Q_OBJECT

public:
    explicit BundleFilesBox(SyncController &sync, QWidget *parent = nullptr);

    // How a refused file is worded, by the refusal's rule (sync::BundleImport).
    static QString refusalText(const Error &error);

    // The spaces this laptop is in: with more than one, a list chooses whose changes a saved file
    // holds (a file is locked for the members of one space).
    void showSpaces(const QVector<sync::SpaceInfo> &spaces);
    // The space whose changes are saved; empty: the organisation's own.
    QString chosenSpace() const;

    // What the buttons do once a file is chosen (off the GUI thread; the box says how it went).
    void saveTo(const QString &path);
    void loadFrom(const QString &path);
    bool isBusy() const { return m_busy; }

signals:
    void imported();

protected:
    void changeEvent(QEvent *event) override;

private:
    void saveChosen();
    void loadChosen();
    void setBusy(bool busy, const QString &what = QString());
    void retranslateUi();

    SyncController &m_sync;
    QVector<sync::SpaceInfo> m_spaces;
    QLabel *m_intro = nullptr;
    QLabel *m_spaceLabel = nullptr;
    QComboBox *m_space = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_load = nullptr;
    QLabel *m_status = nullptr;
    std::function<QString()> m_statusText; // worded again when the language changes
    bool m_busy = false;
};

} // namespace lintas::ui
