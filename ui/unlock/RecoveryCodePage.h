#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace lintas::ui {

// Shows a new profile's recovery code, once, and asks the person to write it down before going
// on. It is never stored in plaintext, so this page is the only chance to copy it.
class RecoveryCodePage : public QWidget {
    Q_OBJECT

public:
    explicit RecoveryCodePage(QWidget *parent = nullptr);

    void showCode(const QString &code);
    // Removes the code from the widgets as soon as it is no longer needed on screen.
    void clear();

signals:
    void confirmed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_warning = nullptr;
    QCheckBox *m_writtenDown = nullptr;
    QPushButton *m_continue = nullptr;
};

} // namespace lintas::ui
