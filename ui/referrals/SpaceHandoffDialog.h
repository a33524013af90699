#pragma once

#include "domain/Referral.h"
#include "sync/SyncSpaces.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// Hands a case over through a space shared with the receiving organisation (sync::SpaceHandoff):
// which shared space, what stays behind (confidential notes, if chosen), and in plain words what
// the other side will see and what cannot be taken back. The consent is checked when the button
// is pressed; a refusal is shown here and nothing moves.
class SpaceHandoffDialog : public QDialog {
    Q_OBJECT

public:
    SpaceHandoffDialog(repo::Workspace &workspace, domain::Referral referral, QVector<sync::SpaceInfo> sharedSpaces,
        QWidget *parent = nullptr);

signals:
    // The printable hand-over record (berita acara), from the case's own button.
    void printRecordRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void handOver();
    void retranslateUi();

    repo::Workspace &m_workspace;
    domain::Referral m_referral;
    QString m_organisation; // the receiving organisation's name, from the directory
    QVector<sync::SpaceInfo> m_spaces;
    QLabel *m_intro = nullptr;
    QLabel *m_spaceLabel = nullptr;
    QComboBox *m_space = nullptr;
    QLabel *m_noSpace = nullptr;
    QLabel *m_whatGoes = nullptr;
    QCheckBox *m_keepConfidential = nullptr;
    QLabel *m_cannotUndo = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace lintas::ui
