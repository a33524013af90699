#pragma once

#include "sync/HeldDeletions.h"

#include <QGroupBox>

class QLabel;
class QVBoxLayout;

namespace lintas::ui {

class SyncController;

// Deletions from another laptop held back because they would remove a large share of the
// organisation's records at once (a mistake, a broken or stolen laptop): each group says who
// deleted how many of what, and asks "delete them here too" or "keep them" (which restores
// them on every laptop). Hidden while nothing is held.
class HeldDeletionsBox : public QGroupBox {
    Q_OBJECT

public:
    explicit HeldDeletionsBox(SyncController &sync, QWidget *parent = nullptr);

    void refresh();

signals:
    void decided();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void decide(const sync::HeldDeletionGroup &group, bool confirm);

    SyncController &m_sync;
    QVector<sync::HeldDeletionGroup> m_groups;
    QLabel *m_intro = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_rows = nullptr;
};

} // namespace lintas::ui
