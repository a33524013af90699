#pragma once

#include <QToolButton>

namespace lintas::ui {

class SyncController;

// The sync state in the toolbar, always in view: offline / N waiting / syncing x of y / synced
// at T / needs attention. A click opens the sync page; the tooltip says the whole sentence.
class SyncChip : public QToolButton {
    Q_OBJECT

public:
    explicit SyncChip(QWidget *parent = nullptr);

    // nullptr while locked.
    void setController(SyncController *controller);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    SyncController *m_controller = nullptr;
};

} // namespace lintas::ui
