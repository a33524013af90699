#pragma once

#include "sync/SyncSpaces.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace lintas::ui {

// Choosing a laptop to remove (lost, stolen, or its owner left), with what removal does and
// what it cannot do, in plain words: the server refuses it at once and everything written from
// now on is sealed with a key it never gets; what is already on it stays readable to whoever
// unlocks it. Removing is confirmed with a tick, not a single click.
class RemoveLaptopDialog : public QDialog {
    Q_OBJECT

public:
    // `members`: the space's devices as the verified log names them; `self`: this laptop's id.
    RemoveLaptopDialog(const QVector<sync::SpaceMember> &members, const QString &self, QWidget *parent = nullptr);

    QString chosenDevice() const;
    QString chosenLabel() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();
    void retranslateUi();

    QVector<sync::SpaceMember> m_candidates;
    QLabel *m_intro = nullptr;
    QLabel *m_laptopLabel = nullptr;
    QComboBox *m_laptop = nullptr;
    QLabel *m_protects = nullptr;
    QLabel *m_cannot = nullptr;
    QCheckBox *m_understood = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace lintas::ui
