#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace lintas::ui {

class RecoverySheet;

// Shows a new profile's recovery code, once, as text and as a QR code, offers to print it or
// save it as PDF, and asks the person to confirm they have it on paper before going on. It is
// never stored in plaintext, so this page is the only chance to copy it.
class RecoveryCodePage : public QWidget {
    Q_OBJECT

public:
    explicit RecoveryCodePage(QWidget *parent = nullptr);
    ~RecoveryCodePage() override;

    // The name and creation time go on the printed sheet.
    void showCode(const QString &code, const QString &profileName, const QDateTime &createdAt);
    // Removes the code from the widgets as soon as it is no longer needed on screen.
    void clear();

    // Writes the recovery sheet as PDF to `path`, the file the person chose (the Save button asks
    // for it), and reminds them on the page to delete it once it is printed.
    Status saveSheet(const QString &path);

signals:
    void confirmed();

protected:
    void changeEvent(QEvent *event) override;

private:
    RecoverySheet sheet() const;
    void printSheet();
    void chooseFileAndSave();
    void showQrCode();
    void retranslateUi();

    QString m_profileName;
    QDateTime m_createdAt;
    QString m_savedPath;

    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_savePdf = nullptr;
    QLabel *m_savedNote = nullptr;
    QCheckBox *m_writtenDown = nullptr;
    QPushButton *m_continue = nullptr;
};

} // namespace lintas::ui
