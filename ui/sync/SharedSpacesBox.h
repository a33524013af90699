#pragma once

#include "sync/SyncOverview.h"

#include <QGroupBox>

#include <functional>

class QLabel;
class QPushButton;

namespace lintas::ui {

class SyncController;

// Spaces shared with another organisation (decision D41): an admin of the organisation opens one
// on its server for a case both follow; anyone joins one with the code the other organisation's
// admin gives. Both talk to a server, off the GUI thread; what was typed stays if it fails.
class SharedSpacesBox : public QGroupBox {
    Q_OBJECT

public:
    explicit SharedSpacesBox(SyncController &sync, QWidget *parent = nullptr);

    void showOverview(const sync::SyncOverview &overview);

signals:
    // A space was opened or joined: the page reads the overview again.
    void spacesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void openChosen();
    void joinChosen();
    void retranslateUi();

    SyncController &m_sync;
    sync::SyncOverview m_overview;
    bool m_busy = false;
    std::function<QString()> m_statusText; // the last outcome, worded again on a language change
    QLabel *m_intro = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_join = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace lintas::ui
